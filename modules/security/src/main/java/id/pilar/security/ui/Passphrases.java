package id.pilar.security.ui;

import java.awt.GridLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/** Asks for a backup passphrase (twice when making a backup); null when cancelled. */
@Messages({
    "TTL_Passphrase=Kata sandi cadangan",
    "LBL_Passphrase=Kata sandi cadangan:",
    "LBL_PassphraseAgain=Ulangi kata sandi cadangan:",
    "MSG_PassphraseHint=<html>Tanpa kata sandi ini cadangan <b>tidak dapat dibuka</b>.<br>Simpan di tempat aman, terpisah dari cadangannya.</html>",
    "MSG_PassphraseMismatch=Kedua kata sandi cadangan tidak sama."
})
final class Passphrases {

    private Passphrases() {
    }

    static char[] ask(boolean twice) {
        while (true) {
            JPasswordField first = new JPasswordField(24);
            JPasswordField second = new JPasswordField(24);
            JPanel p = new JPanel(new GridLayout(0, 1, 4, 4));
            if (twice) {
                p.add(new JLabel(Bundle.MSG_PassphraseHint()));
            }
            p.add(new JLabel(Bundle.LBL_Passphrase()));
            p.add(first);
            if (twice) {
                p.add(new JLabel(Bundle.LBL_PassphraseAgain()));
                p.add(second);
            }
            NotifyDescriptor d = new NotifyDescriptor.Confirmation(p, Bundle.TTL_Passphrase(), NotifyDescriptor.OK_CANCEL_OPTION,
                    NotifyDescriptor.PLAIN_MESSAGE);
            if (DialogDisplayer.getDefault().notify(d) != NotifyDescriptor.OK_OPTION) {
                return null;
            }
            if (!twice || java.util.Arrays.equals(first.getPassword(), second.getPassword())) {
                return first.getPassword();
            }
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(Bundle.MSG_PassphraseMismatch(), NotifyDescriptor.WARNING_MESSAGE));
        }
    }
}
