package id.pilar.intake.ui;

import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.api.OutreachService;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Outreach operations (penjangkauan) and the people found: see {@link OutreachView}. */
@TopComponent.Description(preferredID = OutreachTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 405)
@Messages({
    "CTL_OutreachAction=Operasi Penjangkauan",
    "CTL_OutreachTopComponent=Penjangkauan"
})
public final class OutreachTopComponent extends FxTopComponent {

    static final String ID = "IntakeOutreachTopComponent";

    /** The menu item: entering operations is case work (Pekerja Sosial and up); disabled for the others. */
    @ActionID(category = "Window", id = "id.pilar.intake.ui.OutreachTopComponent")
    @ActionRegistration(displayName = "#CTL_OutreachAction", lazy = false)
    @ActionReferences({
        @ActionReference(path = "Menu/Laporan", position = 15),
        @ActionReference(path = "Shortcuts", name = "DS-N")
    })
    public static final class Open extends id.pilar.ui.api.PermittedOpenAction {
        public Open() {
            super(Bundle.CTL_OutreachAction(), IntakePermissions.TRIAGE, ID, OutreachTopComponent::new);
        }
    }

    private OutreachView view;

    public OutreachTopComponent() {
        setName(Bundle.CTL_OutreachTopComponent());
    }

    @Override
    protected Parent createContent() {
        view = new OutreachView(OutreachService.get(), UiExecutor.standard());
        return view.build();
    }

    @Override
    protected Node firstField() {
        return view == null ? null : view.firstField();
    }
}
