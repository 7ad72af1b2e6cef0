package id.pilar.atlas.ui.dashboard;

import id.pilar.atlas.api.AtlasService;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.ui.api.FxTopComponent;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The window "Dasbor Kerentanan" (menu Laporan). */
@ConvertAsProperties(dtd = "-//id.pilar.atlas.ui.dashboard//Dashboard//EN", autostore = false)
@TopComponent.Description(preferredID = "AtlasDashboardTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 510)
@ActionID(category = "Window", id = "id.pilar.atlas.ui.dashboard.DashboardTopComponent")
@ActionReference(path = "Menu/Atlas", position = 30)
@TopComponent.OpenActionRegistration(displayName = "#CTL_DashboardAction", preferredID = "AtlasDashboardTopComponent")
@Messages({"CTL_DashboardAction=Dasbor Kerentanan", "CTL_DashboardTopComponent=Dasbor Kerentanan"})
public final class DashboardTopComponent extends FxTopComponent {

    private DashboardView view;

    public DashboardTopComponent() {
        setName(Bundle.CTL_DashboardTopComponent());
    }

    static DashboardModel model() {
        return new DashboardModel(AtlasService::get, () -> Lookup.getDefault().lookupAll(AreaIndicatorSource.class),
                ReferenceData.get().kelurahan());
    }

    @Override
    protected Parent createContent() {
        view = new DashboardView(model());
        view.reload();
        return view;
    }

    @Override
    protected Node firstField() {
        return view == null ? null : view.firstField();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore
    }
}
