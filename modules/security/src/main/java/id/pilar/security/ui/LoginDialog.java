package id.pilar.security.ui;

import id.pilar.security.api.LoginResult;
import id.pilar.security.api.PasswordRules;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UserMessages;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import javax.swing.WindowConstants;
import org.openide.LifecycleManager;
import org.openide.util.NbBundle.Messages;

/**
 * The modal login at start, the first-start form that creates the administrator, and the screen
 * lock (the same dialog with the user name fixed). Password checks run in a SwingWorker: PBKDF2
 * takes a fifth of a second by design and must not freeze the window.
 */
@Messages({
    "TTL_Login=Masuk ke Pilar",
    "TTL_FirstAdmin=Pilar: buat akun Admin pertama",
    "TTL_Locked=Layar terkunci",
    "LBL_Username=Nama pengguna:",
    "LBL_DisplayName=Nama lengkap:",
    "LBL_Password=Kata sandi:",
    "LBL_PasswordAgain=Ulangi kata sandi:",
    "BTN_Login=Masuk",
    "BTN_Create=Buat akun dan masuk",
    "BTN_Unlock=Buka kunci",
    "BTN_SwitchUser=Ganti pengguna",
    "BTN_ExitPilar=Tutup Pilar",
    "# {0} - minimum length",
    "MSG_FirstAdminIntro=<html>Basis data ini belum memiliki akun pengguna.<br>Buat akun <b>Admin</b> pertama. Kata sandi minimal {0} karakter;<br>simpan baik-baik: tanpa Admin, akun lain tidak dapat dikelola.</html>",
    "# {0} - user",
    "MSG_LockedIntro=<html>Layar dikunci karena tidak ada aktivitas.<br>Masukkan kata sandi <b>{0}</b> untuk melanjutkan.</html>",
    "MSG_Checking=Memeriksa…",
    "# {0} - attempts left",
    "MSG_WrongPassword=Nama pengguna atau kata sandi salah. Sisa percobaan sebelum akun dikunci: {0}.",
    "MSG_WrongPasswordPlain=Nama pengguna atau kata sandi salah.",
    "# {0} - until",
    "MSG_AccountLocked=Akun dikunci karena terlalu banyak percobaan gagal. Coba lagi setelah pukul {0}.",
    "MSG_AccountInactive=Akun ini dinonaktifkan. Hubungi Admin.",
    "# {0} - detail",
    "MSG_LoginError=Tidak dapat masuk: {0}"
})
final class LoginDialog extends JDialog {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LoginDialog.class.getName());

    enum Mode { LOGIN, FIRST_ADMIN, LOCKED }

    private final Mode mode;
    private final UserAccounts accounts;
    private final JTextField username = new JTextField(20);
    private final JTextField displayName = new JTextField(20);
    private final JPasswordField password = new JPasswordField(20);
    private final JPasswordField again = new JPasswordField(20);
    private final JLabel message = new JLabel(" ");
    private final JButton ok;
    private boolean switchUser;
    private UserInfo signedIn;

    LoginDialog(Frame owner, Mode mode, UserAccounts accounts, String fixedUser) {
        super(owner, true);
        this.mode = mode;
        this.accounts = accounts;
        setTitle(switch (mode) {
            case LOGIN -> Bundle.TTL_Login();
            case FIRST_ADMIN -> Bundle.TTL_FirstAdmin();
            case LOCKED -> Bundle.TTL_Locked();
        });
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE); // no way around the login
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(16, 16, 8, 16));
        int row = 0;
        if (mode == Mode.FIRST_ADMIN) {
            addRow(form, row++, null, new JLabel(Bundle.MSG_FirstAdminIntro(PasswordRules.MIN_LENGTH)));
            username.setText("admin");
        }
        if (mode == Mode.LOCKED) {
            addRow(form, row++, null, new JLabel(Bundle.MSG_LockedIntro(fixedUser)));
            username.setText(fixedUser);
            username.setEditable(false);
        }
        addRow(form, row++, Bundle.LBL_Username(), username);
        if (mode == Mode.FIRST_ADMIN) {
            addRow(form, row++, Bundle.LBL_DisplayName(), displayName);
        }
        addRow(form, row++, Bundle.LBL_Password(), password);
        if (mode == Mode.FIRST_ADMIN) {
            addRow(form, row++, Bundle.LBL_PasswordAgain(), again);
        }
        message.setForeground(new Color(0xB00020));
        addRow(form, row, null, message);

        ok = new JButton(switch (mode) {
            case LOGIN -> Bundle.BTN_Login();
            case FIRST_ADMIN -> Bundle.BTN_Create();
            case LOCKED -> Bundle.BTN_Unlock();
        });
        ok.addActionListener(e -> submit());
        JPanel buttons = new JPanel();
        buttons.add(ok);
        if (mode == Mode.LOCKED) {
            JButton other = new JButton(Bundle.BTN_SwitchUser());
            other.addActionListener(e -> {
                switchUser = true;
                dispose();
            });
            buttons.add(other);
        }
        JButton exit = new JButton(Bundle.BTN_ExitPilar());
        exit.addActionListener(e -> LifecycleManager.getDefault().exit());
        buttons.add(exit);
        getRootPane().setDefaultButton(ok);
        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        pack();
        setResizable(false);
        setLocationRelativeTo(owner);
    }

    private static void addRow(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = row;
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        if (label == null) {
            c.gridx = 0;
            c.gridwidth = 2;
            form.add(field, c);
            return;
        }
        c.gridx = 0;
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(field, c);
    }

    /** Shows the dialog; returns the signed-in account, or null when the user chose "switch user". */
    UserInfo showAndWait() {
        setVisible(true);
        return switchUser ? null : signedIn;
    }

    private void submit() {
        String user = username.getText().trim();
        char[] pw = password.getPassword();
        if (mode == Mode.FIRST_ADMIN) {
            String problem = PasswordRules.usernameProblem(user.toLowerCase(java.util.Locale.ROOT))
                    .or(() -> PasswordRules.problem(user, pw, again.getPassword())).orElse(null);
            if (problem != null) {
                message.setText(problem);
                pack();
                return;
            }
        }
        String name = displayName.getText();
        ok.setEnabled(false);
        message.setText(Bundle.MSG_Checking());
        new SwingWorker<LoginResult, Void>() {
            @Override
            protected LoginResult doInBackground() {
                // At start-up Hibernate's bootstrap pauses between its steps while this runs.
                id.pilar.core.api.db.FirstScreen.userWaiting();
                try {
                    if (mode == Mode.FIRST_ADMIN) {
                        accounts.createFirstAdmin(user, name.isBlank() ? user : name, pw);
                    }
                    return accounts.login(user, pw);
                } finally {
                    id.pilar.core.api.db.FirstScreen.userServed();
                }
            }

            @Override
            protected void done() {
                ok.setEnabled(true);
                Arrays.fill(pw, '\0');
                try {
                    LoginResult r = get();
                    if (r.ok()) {
                        signedIn = r.user();
                        dispose();
                        return;
                    }
                    // The outcome only (no user name): what a support call or the benchmark reads first.
                    LOG.info("Sign-in not accepted: " + r.outcome());
                    message.setText(explain(r));
                } catch (ExecutionException e) {
                    LOG.log(java.util.logging.Level.INFO, "Sign-in failed", e);
                    message.setText(Bundle.MSG_LoginError(UserMessages.of(e)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                password.setText("");
                password.requestFocusInWindow();
                pack();
            }
        }.execute();
    }

    static String explain(LoginResult r) {
        return switch (r.outcome()) {
            case OK -> "";
            case WRONG -> r.attemptsLeft() > 0 ? Bundle.MSG_WrongPassword(r.attemptsLeft()) : Bundle.MSG_WrongPasswordPlain();
            case LOCKED -> Bundle.MSG_AccountLocked(Formats.dateTime(r.lockedUntil()));
            case INACTIVE -> Bundle.MSG_AccountInactive();
        };
    }
}
