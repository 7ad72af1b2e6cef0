package id.pilar.registry.ui;

import id.pilar.registry.api.HouseholdEvent;
import id.pilar.registry.api.HouseholdMember;
import id.pilar.registry.api.HouseholdService;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.Membership;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.PersonService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.openide.util.NbBundle.Messages;
import id.pilar.ui.spi.ViewProvider;
import org.openide.util.lookup.ServiceProvider;

/**
 * The Keluarga tab, the household view: the person's current KK first, then past ones, each
 * with its members (current and former, SHDK, dates) and its history (formed, split, moved).
 */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_Keluarga=Keluarga",
    "LBL_NoHousehold=Belum tercatat dalam KK mana pun.",
    "# {0} - kk",
    "# {1} - relation",
    "# {2} - period",
    "LBL_HouseholdTitle=KK {0} — {1} ({2})",
    "# {0} - address",
    "# {1} - status",
    "LBL_HouseholdAddress={0} · status {1}",
    "COL_Shdk=Hubungan",
    "COL_Mulai=Mulai",
    "COL_Selesai=Selesai",
    "LBL_History=Riwayat KK:",
    "LBL_CurrentHousehold=KK saat ini",
    "LBL_PastHousehold=KK sebelumnya",
    "BTN_HouseholdHistory=Riwayat perubahan KK",
    "# {0} - KK number",
    "TITLE_HouseholdHistory=Riwayat perubahan KK {0}"
})
public final class FamilyView implements ViewProvider<PersonRef> {

    @Override
    public Class<PersonRef> recordType() {
        return PersonRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_Keluarga();
    }

    @Override
    public int position() {
        return 200;
    }

    @Override
    public Node createView(PersonRef person) {
        VBox box = new VBox(14, new Label(Bundle.LBL_Loading()));
        box.setPadding(new Insets(12));
        load(box, person);
        return new ScrollPane(box);
    }

    private static void load(VBox box, PersonRef person) {
        record Loaded(PersonDetail detail, List<HouseholdSummary> households) {
        }
        UiExecutor.standard().load(() -> {
            PersonDetail d = PersonService.get().find(person.id()).orElseThrow();
            id.pilar.core.api.reference.ReferenceData.get().kelurahan(); // cached before show() formats addresses
            List<HouseholdSummary> households = new ArrayList<>();
            for (Membership m : d.households()) {
                HouseholdService.get().find(m.householdId()).ifPresent(households::add);
            }
            return new Loaded(d, households);
        }, l -> {
            PersonDetail d = l.detail();
            show(box, d.households(), l.households());
            HouseholdSummary current = d.households().isEmpty() || !d.households().get(0).current() ? null : l.households().get(0);
            if ("AKTIF".equals(d.summary().status())) {
                box.getChildren().add(0, HouseholdActions.create(person, d.draft(), current, () -> load(box, person)));
            }
        }, e -> box.getChildren().setAll(new Label(Bundle.LBL_LoadFailed(UserMessages.of(e)))));
    }

    private static void show(VBox box, List<Membership> memberships, List<HouseholdSummary> households) {
        box.getChildren().clear();
        if (households.isEmpty()) {
            box.getChildren().add(new Label(Bundle.LBL_NoHousehold()));
            return;
        }
        for (int i = 0; i < households.size(); i++) {
            HouseholdSummary h = households.get(i);
            Membership m = memberships.get(i);
            Label title = new Label(Bundle.LBL_HouseholdTitle(h.nomorKk(), m.shdk().label(),
                    m.current() ? Bundle.LBL_CurrentHousehold() : Bundle.LBL_PastHousehold()));
            title.getStyleClass().add("section-title");
            String where = h.tanpaAlamatTetap() ? Bundle.LBL_NoFixedAddress(h.lokasiTerakhir() == null ? "-" : h.lokasiTerakhir())
                    : Addresses.format(h.alamatJalan(), h.rt(), h.rw(), null) + (h.kelurahan() == null ? "" : ", " + h.kelurahan());
            Label address = new Label(Bundle.LBL_HouseholdAddress(where, h.status()));
            TableView<HouseholdMember> members = new TableView<>();
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Nama(), x -> x.person().nama(), 220));
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Nik(), x -> x.person().nik(), 150));
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Shdk(), x -> x.shdk().code() + " " + x.shdk().label(), 140));
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Lahir(), x -> Formats.date(x.person().tanggalLahir()), 100));
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Mulai(), x -> Formats.date(x.mulai()), 100));
            members.getColumns().add(PersonListTopComponent.column(Bundle.COL_Selesai(), x -> Formats.date(x.selesai()), 100));
            members.getItems().setAll(h.anggota());
            members.setPrefHeight(Math.min(300, 40 + 28 * h.anggota().size()));
            members.setOnMouseClicked(e -> {
                HouseholdMember sel = members.getSelectionModel().getSelectedItem();
                if (e.getClickCount() == 2 && sel != null) {
                    RegistryWindows.openPerson(sel.person().ref());
                }
            });
            VBox events = new VBox(2, new Label(Bundle.LBL_History()));
            for (HouseholdEvent ev : h.riwayat()) {
                events.getChildren().add(new Label(Formats.date(ev.tanggal()) + " — " + ev.keterangan()));
            }
            VBox section = new VBox(6, title, address, members, events);
            historyButton(h).ifPresent(b -> section.getChildren().add(1, b));
            box.getChildren().add(section);
        }
    }

    /** Opens the KK's change history in its own window (the security module keeps it). */
    private static java.util.Optional<Button> historyButton(HouseholdSummary h) {
        return id.pilar.ui.spi.RecordHistory.find().map(history -> {
            Button b = new Button(Bundle.BTN_HouseholdHistory());
            b.setOnAction(e -> {
                Stage stage = new Stage();
                stage.setTitle(Bundle.TITLE_HouseholdHistory(h.nomorKk()));
                stage.setScene(new Scene(new BorderPane(history.createView(
                        () -> java.util.List.of(HistoryView.household(h.id(), h.nomorKk())))), 960, 480));
                // Under some window managers the scene's size alone leaves the window tiny.
                stage.setWidth(960);
                stage.setHeight(480);
                stage.show();
            });
            return b;
        });
    }
}
