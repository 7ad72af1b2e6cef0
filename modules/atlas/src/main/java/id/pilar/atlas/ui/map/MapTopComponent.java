package id.pilar.atlas.ui.map;

import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.ui.profile.KelurahanProfileTopComponent;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The window "Peta Kerentanan" (menu Laporan, Ctrl+Shift+M). */
@ConvertAsProperties(dtd = "-//id.pilar.atlas.ui.map//Map//EN", autostore = false)
@TopComponent.Description(preferredID = "AtlasMapTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 500)
@ActionID(category = "Window", id = "id.pilar.atlas.ui.map.MapTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Atlas", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-M")
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_MapAction", preferredID = "AtlasMapTopComponent")
@Messages({"CTL_MapAction=Peta Kerentanan", "CTL_MapTopComponent=Peta Kerentanan"})
public final class MapTopComponent extends FxTopComponent {

    private MapView view;

    public MapTopComponent() {
        setName(Bundle.CTL_MapTopComponent());
    }

    @Override
    protected Parent createContent() {
        MapModel model = new MapModel(AtlasService::get, BoundaryService::get, UiExecutor.standard());
        view = new MapView(model, KelurahanProfileTopComponent::open);
        view.reload();
        return view;
    }

    @Override
    protected Node firstField() {
        return view == null ? null : view.layerChoice();
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the map loads today's index
    }
}
