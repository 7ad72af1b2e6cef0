package id.pilar.registry.ui;

import id.pilar.registry.api.PersonRef;
import id.pilar.registry.spi.ui.PersonViewProvider;
import id.pilar.ui.api.FxTopComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * One person's window: a tab per {@link PersonViewProvider} in position order — the registry's
 * Identitas, Keluarga and DTSEN, and whatever other modules add (Kasus).
 */
@TopComponent.Description(preferredID = "PersonTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - error",
    "LBL_TabFailed=Tab tidak dapat ditampilkan: {0}"
})
public final class PersonTopComponent extends FxTopComponent {

    private final PersonRef person;

    public PersonTopComponent(PersonRef person) {
        this.person = person;
        setName(person.nama());
        setToolTipText(person.nama() + " — " + person.nomorRegistri());
    }

    String personId() {
        return person.id();
    }

    @Override
    protected Parent createContent() {
        return build(); // the base class calls this once the window opens, after construction
    }

    private Parent build() {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        List<PersonViewProvider> providers = new ArrayList<>(Lookup.getDefault().lookupAll(PersonViewProvider.class));
        providers.sort(Comparator.comparingInt(PersonViewProvider::position));
        for (PersonViewProvider p : providers) {
            Tab tab = new Tab(p.title());
            try {
                tab.setContent(p.createView(person));
            } catch (RuntimeException | LinkageError e) {
                // One module's broken tab must not take the person window down with it.
                tab.setContent(new VBox(new Label(Bundle.LBL_TabFailed(e.getMessage()))));
            }
            tabs.getTabs().add(tab);
        }
        return new BorderPane(tabs);
    }
}
