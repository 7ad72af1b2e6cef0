package id.pilar.cases.ui;

import id.pilar.cases.api.CaseSummaryExport;
import id.pilar.cases.api.CaseSummaryExport.Part;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BoxLayout;
import javax.swing.JCheckBox;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;

/** Asks which parts to print and where, then writes the case summary PDF in the background. */
@Messages({
    "TTL_PrintSummary=Cetak ringkasan kasus",
    "PART_RIWAYAT=Riwayat (linimasa)", "PART_ASESMEN=Asesmen", "PART_RENCANA=Rencana intervensi", "PART_LAYANAN=Layanan",
    "PART_RUJUKAN=Rujukan", "PART_CATATAN=Catatan kasus",
    "# {0} - file", "MSG_SummaryWritten=Ringkasan kasus ditulis ke {0}",
    "LBL_PdfFiles=Berkas PDF"
})
final class CaseSummaryPrint {

    private CaseSummaryPrint() {
    }

    static String label(Part p) {
        return switch (p) {
            case RIWAYAT -> Bundle.PART_RIWAYAT();
            case ASESMEN -> Bundle.PART_ASESMEN();
            case RENCANA -> Bundle.PART_RENCANA();
            case LAYANAN -> Bundle.PART_LAYANAN();
            case RUJUKAN -> Bundle.PART_RUJUKAN();
            case CATATAN -> Bundle.PART_CATATAN();
        };
    }

    /** Called from the FX thread; the dialogs are Swing, on the EDT. */
    static void ask(String caseId, String nomor, Consumer<String> message) {
        SwingUtilities.invokeLater(() -> {
            JPanel panel = new JPanel();
            panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
            Map<Part, JCheckBox> boxes = new EnumMap<>(Part.class);
            for (Part p : Part.values()) {
                JCheckBox b = new JCheckBox(label(p), true);
                boxes.put(p, b);
                panel.add(b);
            }
            NotifyDescriptor nd = new NotifyDescriptor.Confirmation(panel, Bundle.TTL_PrintSummary(), NotifyDescriptor.OK_CANCEL_OPTION);
            if (DialogDisplayer.getDefault().notify(nd) != NotifyDescriptor.OK_OPTION) {
                return;
            }
            Set<Part> parts = EnumSet.noneOf(Part.class);
            boxes.forEach((p, b) -> {
                if (b.isSelected()) {
                    parts.add(p);
                }
            });
            // JavaFX's chooser, as the other modules' exports: Swing's speaks English ("Save", "File Name").
            Platform.runLater(() -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Bundle.TTL_PrintSummary());
                chooser.setInitialFileName("ringkasan-" + nomor + ".pdf");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Bundle.LBL_PdfFiles(), "*.pdf"));
                File chosen = chooser.showSaveDialog(null);
                if (chosen == null) {
                    return;
                }
                Path file = chosen.toPath();
                Path target = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file : Path.of(file + ".pdf");
                BackgroundWork.submit(Bundle.TTL_PrintSummary(), progress -> {
                    CaseSummaryExport.get().write(caseId, parts, target);
                    return target;
                }, t -> message.accept(Bundle.MSG_SummaryWritten(t)), e -> message.accept(UserMessages.of(e)));
            });
        });
    }
}
