package id.pilar.registry.ui;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.api.HouseholdMember;
import id.pilar.registry.api.HouseholdService;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.Shdk;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.openide.util.NbBundle.Messages;

/**
 * The KK changes a clerk makes from the Keluarga tab: a new KK with this person as head, a new
 * member, a move, a split (this person heads the new KK). Each runs in the background; the tab
 * reloads afterwards. Dates are today's. A KK may have no address, or no fixed one (a family at a
 * hotspot); moving it offers to move the members who live at the old address too.
 */
@Messages({
    "HH_Actions=Ubah data KK",
    "HH_NewKk=Nomor KK baru",
    "HH_Create=Buat KK, orang ini kepala keluarga",
    "HH_MemberQuery=NIK atau No. registri anggota",
    "HH_AddMember=Tambah anggota",
    "HH_Move=Pindah alamat (seluruh KK)",
    "HH_Split=Pecah KK: orang ini menjadi kepala KK baru, bersama anggota yang dicentang",
    "# {0} - query",
    "HH_MemberNotFound=Tidak ada satu orang pun yang cocok dengan \"{0}\"; tulis NIK lengkap atau nomor registri.",
    "# {0} - reason",
    "HH_Failed=Gagal: {0}"
})
final class HouseholdActions {

    private HouseholdActions() {
    }

    /** The actions for a person; {@code current} is their current household or null. */
    static Node create(PersonRef person, PersonDraft draft, HouseholdSummary current, Runnable reload) {
        Label message = new Label();
        VBox box = new VBox(8);
        if (current == null) {
            TextField kk = new TextField();
            kk.setPromptText(Bundle.HH_NewKk());
            Button create = new Button(Bundle.HH_Create());
            // A head without a fixed address founds a KK without one (homeless families at the hotspots).
            create.setOnAction(e -> run(() -> HouseholdService.get().create(kk.getText(), HouseholdAddress.of(draft), person.id(),
                    id.pilar.core.api.time.JakartaTime.today()), message, reload));
            box.getChildren().add(new HBox(8, kk, create));
        } else {
            TextField who = new TextField();
            who.setPromptText(Bundle.HH_MemberQuery());
            ComboBox<Shdk> shdk = new ComboBox<>();
            shdk.getItems().setAll(Shdk.values());
            shdk.setValue(Shdk.ANAK);
            shdk.setConverter(converter(s -> s.code() + " " + s.label()));
            Button add = new Button(Bundle.HH_AddMember());
            add.setOnAction(e -> {
                String q = who.getText();
                Shdk relation = shdk.getValue();
                run(() -> {
                    List<PersonSummary> found = PersonSearch.get().search(q, 2);
                    if (found.size() != 1 || q.isBlank()) {
                        throw new IllegalArgumentException(Bundle.HH_MemberNotFound(q));
                    }
                    HouseholdService.get().addMember(current.id(), found.get(0).id(), relation, id.pilar.core.api.time.JakartaTime.today());
                }, message, reload);
            });
            box.getChildren().add(new HBox(8, who, shdk, add));

            TextField street = new TextField();
            street.setPromptText(Bundle.F_Jalan());
            TextField rt = new TextField();
            rt.setPromptText(Bundle.F_Rt());
            rt.setPrefColumnCount(3);
            TextField rw = new TextField();
            rw.setPromptText(Bundle.F_Rw());
            rw.setPrefColumnCount(3);
            ComboBox<Kelurahan> kel = new ComboBox<>();
            kel.getItems().setAll(ReferenceData.get().kelurahan());
            kel.setPromptText(Bundle.F_Kelurahan());
            CheckBox noAddress = new CheckBox(Bundle.F_TanpaAlamat());
            TextField lastSeen = new TextField();
            lastSeen.setPromptText(Bundle.F_LokasiTerakhir());
            lastSeen.disableProperty().bind(noAddress.selectedProperty().not());
            for (Control c : List.of(street, rt, rw, kel)) {
                c.disableProperty().bind(noAddress.selectedProperty());
            }
            Button move = new Button(Bundle.HH_Move());
            move.setOnAction(e -> {
                HouseholdAddress to = new HouseholdAddress(street.getText(), rt.getText(), rw.getText(),
                        kel.getValue() == null ? null : kel.getValue().kode(), noAddress.isSelected(), lastSeen.getText());
                String shown = to.tanpaAlamatTetap() ? Bundle.LBL_NoFixedAddress(to.lokasiTerakhir() == null ? "-" : to.lokasiTerakhir())
                        : Addresses.format(to.alamatJalan(), to.rt(), to.rw(), to.kodeKelurahan());
                message.setText("");
                new HouseholdMoveModel(HouseholdService.get(), UiExecutor.standard(), MoveMembersDialog.asking(shown),
                        id.pilar.core.api.time.JakartaTime::today)
                        .move(current.id(), to, moved -> reload.run(), err -> message.setText(Bundle.HH_Failed(UserMessages.of(err))));
            });
            box.getChildren().add(new FlowPane(8, 6, street, rt, rw, kel, noAddress, lastSeen, move));

            TextField newKk = new TextField();
            newKk.setPromptText(Bundle.HH_NewKk());
            FlowPane others = new FlowPane(8, 4);
            List<CheckBox> checks = new ArrayList<>();
            for (HouseholdMember m : current.currentMembers()) {
                if (!m.person().id().equals(person.id())) {
                    CheckBox c = new CheckBox(m.person().nama());
                    c.setUserData(m.person().id());
                    checks.add(c);
                    others.getChildren().add(c);
                }
            }
            Button split = new Button(Bundle.HH_Split());
            split.setOnAction(e -> {
                List<String> ids = new ArrayList<>(List.of(person.id()));
                checks.stream().filter(CheckBox::isSelected).forEach(c -> ids.add((String) c.getUserData()));
                String number = newKk.getText();
                run(() -> HouseholdService.get().split(current.id(), number, ids, person.id(), id.pilar.core.api.time.JakartaTime.today()), message, reload);
            });
            box.getChildren().add(new VBox(4, new HBox(8, newKk, split), others));
        }
        box.getChildren().add(message);
        TitledPane pane = new TitledPane(Bundle.HH_Actions(), box);
        pane.setExpanded(current == null);
        return pane;
    }

    private static void run(Runnable work, Label message, Runnable reload) {
        UiExecutor ex = UiExecutor.standard();
        ex.background().execute(() -> {
            try {
                work.run();
                ex.fx().execute(reload);
            } catch (RuntimeException e) {
                ex.fx().execute(() -> message.setText(Bundle.HH_Failed(UserMessages.of(e))));
            }
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
