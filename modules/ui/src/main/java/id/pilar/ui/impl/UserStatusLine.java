package id.pilar.ui.impl;

import id.pilar.core.api.security.AccessControl;
import java.awt.Component;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.openide.awt.StatusLineElementProvider;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Who is working, in the status bar. Without the security module Pilar runs as one local user
 * who may do everything; it says so here instead of granting it silently.
 */
@ServiceProvider(service = StatusLineElementProvider.class, position = 300)
@Messages({
    "STATUS_LocalUser=Satu pengguna lokal (tanpa akun dan login)",
    "HINT_LocalUser=Modul keamanan tidak terpasang: setiap orang di PC ini bekerja sebagai pengguna sistem operasi dan dapat melakukan semuanya.",
    "# {0} - display name",
    "STATUS_SignedIn=Pengguna: {0}"
})
public final class UserStatusLine implements StatusLineElementProvider {

    private final JLabel label = new JLabel();

    public UserStatusLine() {
        label.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        AccessControl.get().addUserListener(() -> SwingUtilities.invokeLater(this::show));
        show();
    }

    private void show() {
        AccessControl ac = AccessControl.get();
        if (ac.singleLocalUser()) {
            label.setText(Bundle.STATUS_LocalUser());
            label.setToolTipText(Bundle.HINT_LocalUser());
        } else if (ac.signedIn()) {
            label.setText(Bundle.STATUS_SignedIn(ac.currentUser().displayName()));
            label.setToolTipText(null);
        } else {
            label.setText("");
        }
    }

    @Override
    public Component getStatusLineElement() {
        return label;
    }
}
