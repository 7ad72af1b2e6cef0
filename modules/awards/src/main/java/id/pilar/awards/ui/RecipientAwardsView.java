package id.pilar.awards.ui;

import id.pilar.awards.api.AwardRecords;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.RecipientKind;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/**
 * What the "Penghargaan" tab of a member or an organisation shows: the awards received, the
 * nominations and where they stand, and the standing for every active award of its kind today.
 */
@Messages({
    "LBL_Received=Penghargaan yang diterima", "LBL_Nominations=Usulan", "# {0} - date", "LBL_EligibleOn=Kelayakan per {0}"
})
final class RecipientAwardsView {

    record Content(List<ConferredAward> awards, List<Nomination> nominations, List<Judgement> judgements) {
    }

    final VBox root;
    private final RecipientKind kind;
    private final String recipientId;
    private final LocalDate today = JakartaTime.today();
    private final TableView<ConferredAward> awards = Fx.table();
    private final TableView<Nomination> noms = Fx.table();
    private final TableView<Judgement> judged = Fx.table();
    private final Label message = new Label();

    RecipientAwardsView(RecipientKind kind, String recipientId) {
        this.kind = kind;
        this.recipientId = recipientId;
        awards.getColumns().add(Fx.column(Bundle.COL_Award(), ConferredAward::typeName, 240));
        awards.getColumns().add(Fx.column(Bundle.COL_Tier(), a -> a.tier() == null ? "" : a.tier(), 70));
        awards.getColumns().add(Fx.column(Bundle.COL_Date(), a -> Formats.date(a.conferredOn()), 90));
        awards.getColumns().add(Fx.column(Bundle.LBL_Ceremony(), ConferredAward::ceremonyName, 200));
        awards.getColumns().add(Fx.column(Bundle.LBL_Decision(), ConferredAward::decisionNumber, 150));
        awards.getColumns().add(Fx.column(Bundle.COL_Serial(), ConferredAward::serialNumber, 160));
        awards.setPrefHeight(130);
        noms.getColumns().add(Fx.column(Bundle.COL_Award(), Nomination::typeName, 240));
        noms.getColumns().add(Fx.column(Bundle.COL_State(), n -> n.state().label(), 100));
        noms.getColumns().add(Fx.column(Bundle.COL_Level(), Nomination::levelName, 240));
        noms.getColumns().add(Fx.column(Bundle.COL_Since(), n -> Formats.dateTime(n.stateSince()), 120));
        noms.setPrefHeight(130);
        judged.getColumns().add(Fx.column(Bundle.COL_Award(), Judgement::typeCode, 100));
        judged.getColumns().add(Fx.column(Bundle.COL_Eligible(), j -> j.eligible() ? Bundle.VAL_Yes() : Bundle.VAL_No(), 60));
        judged.getColumns().add(Fx.column(Bundle.COL_Tier(), j -> j.tier() == null ? "" : j.tier(), 70));
        judged.getColumns().add(Fx.column(Bundle.COL_Reason(), Judgement::reason, 600));
        judged.setPrefHeight(200);
        message.setWrapText(true);
        root = new VBox(6, new Label(Bundle.LBL_Received()), awards, new Label(Bundle.LBL_Nominations()), noms,
                new Label(Bundle.LBL_EligibleOn(Formats.date(today))), judged, message);
        root.setPadding(new Insets(8));
    }

    /** What the tab shows, read in one background call. */
    static Content load(RecipientKind kind, String recipientId, LocalDate today) {
        return new Content(AwardRecords.get().forRecipient(recipientId), Nominations.get().forRecipient(recipientId),
                Eligibility.get().judgeForRecipient(kind, recipientId, today));
    }

    /** Reads the tab's content again in the background (after a change that may alter the standing). */
    void reload() {
        UiExecutor.standard().load(() -> load(kind, recipientId, today), c -> {
            awards.getItems().setAll(c.awards());
            noms.getItems().setAll(c.nominations());
            judged.getItems().setAll(c.judgements());
        }, e -> message.setText(UserMessages.of(e)));
    }
}
