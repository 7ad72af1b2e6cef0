package id.pilar.ui.impl;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The "Yang baru" note: a tab in the editor area rather than a dialog, so it never stands in the
 * way of the login dialog and the clerk closes it when read. Not kept across restarts.
 */
@Messages({
    "# {0} - version",
    "CTL_WhatsNew=Yang baru di Pilar {0}",
    "# {0} - version",
    "LBL_WhatsNewHeading=Pilar telah diperbarui ke versi {0}. Data dan pengaturan Anda tetap ada.",
    "WhatsNew_notes=\u2022 Berkas kasus (menu Kasus): dari pembukaan sampai penutupan, dengan asesmen, rencana, layanan, rujukan, tugas dan persetujuan supervisor.\n"
            + "\u2022 Penghargaan (Pilar Sosial \u2192 Penghargaan): kelayakan SLKS dan lainnya, usulan berjenjang, upacara dan piagam.\n"
            + "\u2022 Laporan sosial dan peringatan dini (menu Laporan): kotak masuk laporan, triase ke kasus, peringatan bila laporan di satu titik naik.\n"
            + "\u2022 Riwayat perubahan setiap data orang, keluarga dan anggota (tab Riwayat; Supervisor dan Admin).\n"
            + "\u2022 Pilar kini membawa Java sendiri: di PC kantor cukup satu berkas untuk dipasang "
            + "(Linux: .tar.gz atau .deb dengan entri menu; Windows: pemasang), tanpa memasang Java.\n"
            + "\u2022 Memasang versi baru di atas versi lama mempertahankan data, pengaturan dan cadangan. "
            + "Sebelum skema basis data diperbarui, berkasnya disalin ke folder cadangan.\n"
            + "\u2022 Catatan ini muncul sekali setelah setiap pembaruan.",
    "BTN_WhatsNewClose=Tutup"
})
final class WhatsNewTopComponent extends TopComponent {

    private WhatsNewTopComponent(String version) {
        setName(Bundle.CTL_WhatsNew(version));
        setDisplayName(Bundle.CTL_WhatsNew(version));
        setLayout(new BorderLayout(0, 12));
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        JLabel heading = new JLabel(Bundle.LBL_WhatsNewHeading(version));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD));
        JTextArea notes = new JTextArea(Bundle.WhatsNew_notes());
        notes.setEditable(false);
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        notes.setOpaque(false);
        notes.setBorder(BorderFactory.createEmptyBorder());
        JButton close = new JButton(Bundle.BTN_WhatsNewClose());
        close.addActionListener(e -> close());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        buttons.add(close);
        add(heading, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(notes);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
    }

    @Override
    public int getPersistenceType() {
        return PERSISTENCE_NEVER;
    }

    /** On the EDT, once the window system is up. */
    static void show(String version) {
        WhatsNewTopComponent tc = new WhatsNewTopComponent(version);
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
        Logger.getLogger(WhatsNewTopComponent.class.getName()).info(() -> "What's new tab opened for " + version);
    }
}
