package id.pilar.ui.impl;

import id.pilar.core.api.security.AccessControl;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.modules.ModuleInfo;
import org.openide.modules.Modules;
import org.openide.modules.Places;
import org.openide.util.NbBundle.Messages;

/**
 * Bantuan → Tentang Pilar: the product, its version, the sub-agency it serves, who is working
 * (or that it runs as one local user without accounts), and where its files are. Replaces the
 * platform's About box, which speaks of the platform and in English.
 */
@ActionID(category = "Help", id = "id.pilar.ui.impl.AboutPilarAction")
@ActionRegistration(displayName = "#CTL_AboutPilar")
@ActionReference(path = "Menu/Help", position = 1000)
@Messages({
    "CTL_AboutPilar=&Tentang Pilar",
    "TTL_AboutPilar=Tentang Pilar",
    "# {0} - version",
    "# {1} - build",
    "# {2} - who is working",
    "# {3} - Java",
    "# {4} - user folder",
    "LBL_AboutPilar=<html><body style=\"width: 420px\"><h2 style=\"margin: 0\">Pilar {0}</h2>"
        + "<p style=\"margin-top: 2px\">Sistem Informasi Kesejahteraan Sosial</p>"
        + "<p><b>Suku Dinas Sosial Kota Administrasi Jakarta Pusat</b><br>Dinas Sosial Provinsi DKI Jakarta</p>"
        + "<p style=\"margin-top: 8px\">{2}</p>"
        + "<p style=\"margin-top: 8px; color: #555555\">Versi {0} (build {1}) · Java {3}<br>Folder pengaturan: {4}<br>"
        + "Dibangun di atas Apache NetBeans Platform (Apache License 2.0).</p></body></html>",
    "# {0} - user name",
    "LBL_AboutSignedIn=Masuk sebagai: {0}",
    "LBL_AboutLocalUser=Tanpa modul keamanan: Pilar berjalan sebagai satu pengguna lokal (pengguna sistem operasi), tanpa akun, peran dan login; setiap orang di PC ini dapat melakukan semuanya.",
    "LBL_AboutNotSignedIn=Belum ada yang masuk."
})
public final class AboutPilarAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        ModuleInfo m = Modules.getDefault().ownerOf(AboutPilarAction.class);
        String version = m == null ? "" : String.valueOf(m.getSpecificationVersion());
        String build = m == null ? "" : m.getImplementationVersion();
        JLabel text = new JLabel(Bundle.LBL_AboutPilar(version, build, who(), System.getProperty("java.version"),
                Places.getUserDirectory() == null ? "" : Places.getUserDirectory().getPath()));
        ImageIcon icon = org.openide.util.ImageUtilities.loadImageIcon("org/netbeans/core/startup/frame48.gif", true);
        if (icon != null) {
            text.setIcon(icon);
            text.setIconTextGap(16);
        }
        NotifyDescriptor d = new NotifyDescriptor.Message(text, NotifyDescriptor.PLAIN_MESSAGE);
        d.setTitle(Bundle.TTL_AboutPilar());
        DialogDisplayer.getDefault().notify(d);
    }

    /** The single-local-user mode is said here, not silently granted. */
    static String who() {
        AccessControl ac = AccessControl.get();
        if (ac.singleLocalUser()) {
            return Bundle.LBL_AboutLocalUser();
        }
        if (!ac.signedIn()) {
            return Bundle.LBL_AboutNotSignedIn();
        }
        return Bundle.LBL_AboutSignedIn(ac.currentUser().displayName());
    }
}
