package id.pilar.registry.ui;

import id.pilar.registry.api.PersonRef;
import javax.swing.SwingUtilities;
import org.openide.windows.TopComponent;

/** Opens registry windows from anywhere (FX thread included): TopComponents live on the EDT. */
public final class RegistryWindows {

    private RegistryWindows() {
    }

    public static void openPerson(PersonRef ref) {
        SwingUtilities.invokeLater(() -> showPerson(ref));
    }

    /** On the EDT: the person's window, opened if need be, made the active one. */
    static TopComponent showPerson(PersonRef ref) {
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            if (tc instanceof PersonTopComponent p && p.personId().equals(ref.id())) {
                p.requestActive();
                return p;
            }
        }
        PersonTopComponent tc = new PersonTopComponent(ref);
        tc.open();
        tc.requestActive();
        return tc;
    }

    /** The person form, for a new person ({@code personId} null) or to edit one. */
    public static void openForm(String personId) {
        SwingUtilities.invokeLater(() -> {
            PersonFormTopComponent tc = new PersonFormTopComponent(personId);
            tc.open();
            tc.requestActive();
        });
    }

    public static void openList() {
        SwingUtilities.invokeLater(() -> {
            TopComponent tc = org.openide.windows.WindowManager.getDefault().findTopComponent("PersonListTopComponent");
            if (tc != null) {
                tc.open();
                tc.requestActive();
            }
        });
    }
}
