package id.pilar.registry.ui;

import id.pilar.registry.api.DtsenCandidate;
import id.pilar.registry.api.DtsenMatching;
import id.pilar.registry.api.DtsenSnapshot;
import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.PersonRef;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import id.pilar.ui.spi.ViewProvider;
import org.openide.util.lookup.ServiceProvider;

/** The DTSEN tab: registered or not, decile and programmes, history per import, fuzzy candidates to confirm. */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_Dtsen=DTSEN",
    "# {0} - method",
    "LBL_MatchedBy=Ditautkan menurut: {0}",
    "LBL_DtsenHistory=Riwayat per impor:",
    "LBL_Candidates=Kemungkinan cocok di DTSEN (periksa lalu konfirmasi):",
    "LBL_Confirm=Konfirmasi, ini orang yang sama",
    "# {0} - score",
    "# {1} - reasons",
    "LBL_CandidateScore=skor {0}: {1}",
    "LBL_Yes=ya",
    "LBL_No=tidak"
})
public final class DtsenView implements ViewProvider<PersonRef> {

    @Override
    public Class<PersonRef> recordType() {
        return PersonRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_Dtsen();
    }

    @Override
    public int position() {
        return 300;
    }

    @Override
    public Node createView(PersonRef person) {
        VBox box = new VBox(10, new Label(Bundle.LBL_Loading()));
        box.setPadding(new Insets(12));
        load(box, person);
        return new ScrollPane(box);
    }

    private static void load(VBox box, PersonRef person) {
        UiExecutor.standard().load(() -> DtsenMatching.get().status(person.id()), s -> show(box, person, s),
                e -> box.getChildren().setAll(new Label(Bundle.LBL_LoadFailed(UserMessages.of(e)))));
    }

    private static void show(VBox box, PersonRef person, DtsenStatus s) {
        Label headline = new Label(DtsenText.summary(s));
        headline.getStyleClass().add("section-title");
        box.getChildren().setAll(headline);
        if (s.registered()) {
            box.getChildren().add(new Label(DtsenText.eligibility(s)));
            box.getChildren().add(new Label(Bundle.LBL_MatchedBy(s.match()) + " · iddtks " + s.iddtks()));
            if (!s.history().isEmpty()) {
                box.getChildren().add(new Label(Bundle.LBL_DtsenHistory()));
                for (DtsenSnapshot h : s.history()) {
                    box.getChildren().add(new Label(Formats.date(h.tanggalImpor()) + " (" + h.namaFile() + "): desil "
                            + (h.desil() == null ? "-" : h.desil()) + ", PKH " + yes(h.pkh()) + ", Sembako " + yes(h.bpnt())
                            + ", PBI-JK " + yes(h.pbiJk())));
                }
            }
            return;
        }
        if (!s.candidates().isEmpty()) {
            box.getChildren().add(new Label(Bundle.LBL_Candidates()));
            for (DtsenCandidate c : s.candidates()) {
                Label l = new Label(c.nama() + ", " + Formats.date(c.tanggalLahir()) + ", KK " + c.nomorKk() + ", "
                        + (c.kelurahan() == null ? "-" : c.kelurahan()) + " — " + Bundle.LBL_CandidateScore(c.skor(), String.join(", ", c.alasan())));
                Button confirm = new Button(Bundle.LBL_Confirm());
                confirm.setOnAction(e -> {
                    confirm.setDisable(true);
                    UiExecutor.standard().load(() -> DtsenMatching.get().confirm(person.id(), c.iddtks()),
                            updated -> show(box, person, updated),
                            x -> box.getChildren().add(new Label(Bundle.LBL_LoadFailed(UserMessages.of(x)))));
                });
                box.getChildren().add(new HBox(8, l, confirm));
            }
        }
    }

    private static String yes(boolean b) {
        return b ? Bundle.LBL_Yes() : Bundle.LBL_No();
    }
}
