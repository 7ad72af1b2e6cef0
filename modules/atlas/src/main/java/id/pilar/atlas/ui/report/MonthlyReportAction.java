package id.pilar.atlas.ui.report;

import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.MonthlyReport;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.FxDialog;
import java.awt.event.ActionEvent;
import java.time.YearMonth;
import javax.swing.AbstractAction;
import javax.swing.SwingUtilities;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * Rekap bulanan…: asks for the month and the folder, then writes the XLSX and the PDF as long
 * work (progress bar, cancel; a cancel or a failure leaves no file behind). Disabled for roles
 * without {@link AtlasPermissions#REPORT}.
 */
@ActionID(category = "Atlas", id = "id.pilar.atlas.ui.report.MonthlyReportAction")
@ActionRegistration(displayName = "#CTL_MonthlyReport", lazy = false)
@ActionReference(path = "Menu/Atlas", position = 40)
@Messages({
    "CTL_MonthlyReport=Rekap Bulanan…",
    "TTL_MonthlyReport=Rekap bulanan untuk dinas provinsi",
    "# {0} - month", "PRG_MonthlyReport=Membuat rekap bulanan {0}",
    "# {0} - xlsx", "# {1} - pdf", "MSG_Written=Rekap bulanan ditulis:\n{0}\n{1}"
})
public final class MonthlyReportAction extends AbstractAction {

    private static final RequestProcessor RP = new RequestProcessor(MonthlyReportAction.class);

    public MonthlyReportAction() {
        super(Bundle.CTL_MonthlyReport());
        AccessControl.get().addUserListener(() -> SwingUtilities.invokeLater(this::update));
        update();
    }

    private void update() {
        AccessControl ac = AccessControl.get();
        setEnabled(ac.signedIn() && ac.isPermitted(AtlasPermissions.REPORT));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        update();
        if (isEnabled()) {
            ask();
        }
    }

    /** Asks (off the UI threads) and writes the report in the background. */
    public static void ask() {
        RP.post(() -> {
            try {
                YearMonth lastMonth = YearMonth.from(JakartaTime.today()).minusMonths(1);
                MonthlyReportForm.Request r = FxDialog.ask(Bundle.TTL_MonthlyReport(), done -> MonthlyReportForm.create(lastMonth, done));
                if (r != null) {
                    write(r);
                }
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void write(MonthlyReportForm.Request r) {
        BackgroundWork.submit(Bundle.PRG_MonthlyReport(r.month()), p -> MonthlyReport.get().write(r.month(), r.folder(), p::cancelled),
                w -> {
                    if (w != null) {
                        DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(Bundle.MSG_Written(w.xlsx(), w.pdf())));
                    }
                }, null);
    }
}
