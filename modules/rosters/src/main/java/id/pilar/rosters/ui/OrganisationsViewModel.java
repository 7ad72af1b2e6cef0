package id.pilar.rosters.ui;

import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationDraft;
import id.pilar.rosters.api.OrganisationService;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
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

    public void load(String text, String psksKode) {
        call(() -> new Loaded(Choices.load(), OrganisationService.get().list(text, psksKode)), r -> {
            choices.set(r.choices());
            organisations.setAll(r.organisations());
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
        call(() -> o == null ? OrganisationService.get().create(draft) : OrganisationService.get().update(o.id(), o.version(), draft),
                saved -> {
                    messageProperty().set(Bundle.MSG_OrganisationSaved());
                    load("", null);
                    select(saved);
                });
    }
}
