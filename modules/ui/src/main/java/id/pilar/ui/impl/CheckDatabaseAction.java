package id.pilar.ui.impl;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.HealthReport;
import id.pilar.ui.api.BackgroundWork;
import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Alat → Periksa basis data: the same checks as {@code --check}, in the background. */
@ActionID(category = "Tools", id = "id.pilar.ui.impl.CheckDatabaseAction")
@ActionRegistration(displayName = "#CTL_CheckDatabaseAction", asynchronous = false)
@ActionReference(path = "Menu/Tools", position = 40, separatorAfter = 45)
@Messages({
    "CTL_CheckDatabaseAction=Periksa basis data",
    "LBL_CheckingDatabase=Memeriksa basis data",
    "# {0} - report",
    "MSG_CheckHealthy=Basis data sehat.\n\n{0}",
    "# {0} - report",
    "MSG_CheckProblems=Basis data bermasalah. Buat cadangan dan hubungi admin.\n\n{0}"
})
public final class CheckDatabaseAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        BackgroundWork.submit(Bundle.LBL_CheckingDatabase(), p -> DataKernel.get().checkHealth(), CheckDatabaseAction::show, null);
    }

    private static void show(HealthReport r) {
        String text = String.join("\n", r.lines());
        NotifyDescriptor.Message m = r.healthy()
                ? new NotifyDescriptor.Message(Bundle.MSG_CheckHealthy(text), NotifyDescriptor.INFORMATION_MESSAGE)
                : new NotifyDescriptor.Message(Bundle.MSG_CheckProblems(text), NotifyDescriptor.WARNING_MESSAGE);
        DialogDisplayer.getDefault().notifyLater(m);
    }
}
