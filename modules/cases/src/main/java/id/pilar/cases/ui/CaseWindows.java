package id.pilar.cases.ui;

import javax.swing.SwingUtilities;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Opens case windows from anywhere (FX thread included): TopComponents live on the EDT. */
public final class CaseWindows {

    private CaseWindows() {
    }

    public static void openCase(String caseId, String nomor) {
        SwingUtilities.invokeLater(() -> {
            for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
                if (tc instanceof CaseTopComponent c && c.caseId().equals(caseId)) {
                    c.requestActive();
                    return;
                }
            }
            CaseTopComponent tc = new CaseTopComponent(caseId, nomor);
            tc.open();
            tc.requestActive();
        });
    }

    static void open(String preferredId) {
        SwingUtilities.invokeLater(() -> {
            TopComponent tc = WindowManager.getDefault().findTopComponent(preferredId);
            if (tc != null) {
                tc.open();
                tc.requestActive();
            }
        });
    }
}
