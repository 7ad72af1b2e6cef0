package id.pilar.rosters.ui;

import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationService;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** Organisation list and profile (its data and its members). */
@Messages("MSG_OrganisationSaved=Data organisasi tersimpan.")
public final class OrganisationsViewModel extends ViewModel {

    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObjectProperty<Organisation> selected = new SimpleObjectProperty<>();
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ObjectProperty<Choices> choices = new SimpleObjectProperty<>(Choices.EMPTY);
    /** Counts list searches: only the newest one's answer is shown, so the list follows each key. */
    private final AtomicInteger searches = new AtomicInteger();
    private String text = "";
    private String psksKode;

    public OrganisationsViewModel(UiExecutor ex) {
        super(ex);
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    public ObjectProperty<Organisation> selectedProperty() {
        return selected;
    }

    public ObservableList<Membership> memberships() {
        return memberships;
    }

    public ObjectProperty<Choices> choicesProperty() {
        return choices;
    }

    private record Loaded(Choices choices, List<Organisation> organisations) {
    }

    /** The choice lists and the organisations matching the filter. */
    public void load(String text, String psksKode) {
        this.text = text;
        this.psksKode = psksKode;
        int mine = searches.incrementAndGet();
        call(() -> new Loaded(Choices.load(), OrganisationService.get().list(text, psksKode)), r -> {
            if (!r.choices().equals(choices.get())) {
                choices.set(r.choices()); // only when they changed: the form's pickers keep what is chosen
            }
            if (mine == searches.get()) {
                organisations.setAll(r.organisations());
            }
        });
    }

    /** The list for a changed filter, as one types; an answer overtaken by a newer search is dropped. */
    public void search(String text, String psksKode) {
        this.text = text;
        this.psksKode = psksKode;
        int mine = searches.incrementAndGet();
        call(() -> OrganisationService.get().list(text, psksKode), found -> {
            if (mine == searches.get()) {
                organisations.setAll(found);
            }
        });
    }

    public void select(Organisation o) {
        selected.set(o);
        if (o == null) {
            memberships.clear();
            return;
        }
        call(() -> OrganisationService.get().memberships(o.id()), memberships::setAll);
    }

    public void save(OrganisationDraft draft) {
        Organisation o = selected.get();
        messageProperty().set(""); // the last save's message does not outlive this one
        call(() -> o == null ? OrganisationService.get().create(draft) : OrganisationService.get().update(o.id(), o.version(), draft),
                saved -> {
                    messageProperty().set(Bundle.MSG_OrganisationSaved());
                    search(text, psksKode);
                    select(saved);
                });
    }
}
