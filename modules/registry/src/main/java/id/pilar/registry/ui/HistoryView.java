package id.pilar.registry.ui;

import id.pilar.registry.api.Membership;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.spi.RecordHistory;
import id.pilar.ui.spi.RecordHistory.Target;
import id.pilar.ui.spi.ViewProvider;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The Riwayat tab of a person: the change history of the person and of each household (KK) they
 * belong or belonged to, shown by the security module's {@link RecordHistory}.
 */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_Riwayat=Riwayat",
    "LBL_HistoryPerson=Data penduduk",
    "# {0} - KK number",
    "LBL_HistoryHousehold=Keluarga (KK {0})",
    "LBL_NoHistoryModule=Riwayat perubahan disimpan oleh modul Keamanan, yang tidak terpasang."
})
public final class HistoryView implements ViewProvider<PersonRef> {

    /** The audited entities, by name: the ui layer does not reach into impl classes. */
    static final String PERSON = "id.pilar.registry.impl.model.PersonEntity";
    static final String HOUSEHOLD = "id.pilar.registry.impl.model.HouseholdEntity";

    @Override
    public Class<PersonRef> recordType() {
        return PersonRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_Riwayat();
    }

    @Override
    public int position() {
        return 900;
    }

    @Override
    public Node createView(PersonRef person) {
        return RecordHistory.find().map(h -> h.createView(() -> targets(person))).orElseGet(HistoryView::missing);
    }

    /** The person first, then each of their households (current first). */
    public static List<Target> targets(PersonRef person) {
        List<Target> out = new ArrayList<>();
        out.add(new Target(Bundle.LBL_HistoryPerson() + " — " + person.nama(), PERSON, person.id()));
        PersonDetail d = PersonService.get().find(person.id()).orElse(null);
        if (d != null) {
            for (Membership m : d.households()) {
                out.add(household(m.householdId(), m.nomorKk()));
            }
        }
        return out;
    }

    static Target household(String householdId, String nomorKk) {
        return new Target(Bundle.LBL_HistoryHousehold(nomorKk), HOUSEHOLD, householdId);
    }

    static Node missing() {
        VBox box = new VBox(new Label(Bundle.LBL_NoHistoryModule()));
        box.setPadding(new Insets(12));
        return box;
    }
}
