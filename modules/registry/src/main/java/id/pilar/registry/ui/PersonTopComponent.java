package id.pilar.registry.ui;

import id.pilar.registry.api.PersonRef;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.RecordTabs;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;
import org.openide.windows.TopComponent;

/**
 * One person's window: a tab per {@link id.pilar.ui.spi.ViewProvider} of {@link PersonRef} in
 * position order — the registry's Identitas, Keluarga and DTSEN, and whatever other modules add
 * (Kasus).
 */
@TopComponent.Description(preferredID = "PersonTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
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
        return new BorderPane(RecordTabs.create(PersonRef.class, person));
    }
}
