package id.pilar.security.ui;

import id.pilar.security.api.PasswordRules;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.impl.SignedIn;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/** Menu Keamanan: change own password, lock the screen, switch user. */
@Messages({
    "CTL_ChangePassword=Ganti kata sandi…",
    "CTL_LockScreen=Kunci layar",
    "CTL_SwitchUser=Ganti pengguna…",
    "TTL_ChangePassword=Ganti kata sandi",
    "LBL_OldPassword=Kata sandi lama:",
    "LBL_NewPassword=Kata sandi baru:",
    "LBL_NewPasswordAgain=Ulangi kata sandi baru:",
    "MSG_PasswordChanged=Kata sandi telah diganti.",
    "MSG_NotLoggedIn=Anda belum masuk."
})
public final class SessionActions {

    private static final RequestProcessor RP = new RequestProcessor("Pilar password change", 1);

    private SessionActions() {
    }

    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.ChangePassword")
    @ActionRegistration(displayName = "#CTL_ChangePassword")
    @ActionReference(path = "Menu/Keamanan", position = 100)
    public static final class ChangePassword implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            SignedIn.Session s = SignedIn.current();
            if (s == null) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_NotLoggedIn()));
                return;
            }
            JPasswordField old = new JPasswordField(20);
            JPasswordField fresh = new JPasswordField(20);
            JPasswordField again = new JPasswordField(20);
            JPanel p = new JPanel(new GridLayout(0, 1, 4, 4));
            p.add(new JLabel(Bundle.LBL_OldPassword()));
            p.add(old);
            p.add(new JLabel(Bundle.LBL_NewPassword()));
            p.add(fresh);
            p.add(new JLabel(Bundle.LBL_NewPasswordAgain()));
            p.add(again);
            NotifyDescriptor d = new NotifyDescriptor.Confirmation(p, Bundle.TTL_ChangePassword(), NotifyDescriptor.OK_CANCEL_OPTION,
                    NotifyDescriptor.PLAIN_MESSAGE);
            if (DialogDisplayer.getDefault().notify(d) != NotifyDescriptor.OK_OPTION) {
                return;
            }
            String problem = PasswordRules.problem(s.username(), fresh.getPassword(), again.getPassword()).orElse(null);
            if (problem != null) {
                DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(problem, NotifyDescriptor.WARNING_MESSAGE));
                return;
            }
            char[] o = old.getPassword();
            char[] n = fresh.getPassword();
            RP.post(() -> {
                try {
                    UserAccounts.get().changeOwnPassword(o, n);
                    DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(Bundle.MSG_PasswordChanged()));
                } catch (RuntimeException ex) {
                    DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(id.pilar.ui.api.UserMessages.of(ex), NotifyDescriptor.ERROR_MESSAGE));
                }
            });
        }
    }

    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.LockScreen")
    @ActionRegistration(displayName = "#CTL_LockScreen")
    @ActionReference(path = "Menu/Keamanan", position = 110)
    public static final class LockScreen implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            IdleLock.lockNow();
        }
    }

    @ActionID(category = "Keamanan", id = "id.pilar.security.ui.SwitchUser")
    @ActionRegistration(displayName = "#CTL_SwitchUser")
    @ActionReference(path = "Menu/Keamanan", position = 120)
    public static final class SwitchUser implements ActionListener {
        @Override
        public void actionPerformed(ActionEvent e) {
            UserAccounts.get().logout(); // the session listener of SessionGate asks who continues
        }
    }
}
