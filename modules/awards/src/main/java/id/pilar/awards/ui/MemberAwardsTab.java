package id.pilar.awards.ui;

import id.pilar.awards.api.AwardRecords;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.MemberRef;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import id.pilar.ui.spi.ViewProvider;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** "Penghargaan" on the member window: awards received, nominations and where they stand, eligibility for every award today. */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_MemberAwards=Penghargaan",
    "LBL_Received=Penghargaan yang diterima", "LBL_Nominations=Usulan", "# {0} - date", "LBL_EligibleOn=Kelayakan per {0}"
})
public final class MemberAwardsTab implements ViewProvider<MemberRef> {

    @Override
    public Class<MemberRef> recordType() {
        return MemberRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_MemberAwards();
    }

    @Override
    public int position() {
        return 1100;
    }

    record Content(List<ConferredAward> awards, List<Nomination> nominations, List<Judgement> judgements) {
    }

    /** What the tab shows, read in one background call. */
    static Content load(String memberId, LocalDate today) {
        return new Content(AwardRecords.get().forRecipient(memberId), Nominations.get().forRecipient(memberId),
                Eligibility.get().judgeForRecipient(RecipientKind.ANGGOTA, memberId, today));
    }

    @Override
    public Node createView(MemberRef member) {
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        TableView<ConferredAward> awards = Fx.table();
        awards.getColumns().add(Fx.column(Bundle.COL_Award(), ConferredAward::typeName, 240));
        awards.getColumns().add(Fx.column(Bundle.COL_Tier(), a -> a.tier() == null ? "" : a.tier(), 70));
        awards.getColumns().add(Fx.column(Bundle.COL_Date(), a -> Formats.date(a.conferredOn()), 90));
        awards.getColumns().add(Fx.column(Bundle.LBL_Ceremony(), ConferredAward::ceremonyName, 200));
        awards.getColumns().add(Fx.column(Bundle.LBL_Decision(), ConferredAward::decisionNumber, 150));
        awards.getColumns().add(Fx.column(Bundle.COL_Serial(), ConferredAward::serialNumber, 160));
        awards.setPrefHeight(130);
        TableView<Nomination> noms = Fx.table();
        noms.getColumns().add(Fx.column(Bundle.COL_Award(), Nomination::typeName, 240));
        noms.getColumns().add(Fx.column(Bundle.COL_State(), n -> n.state().label(), 100));
        noms.getColumns().add(Fx.column(Bundle.COL_Level(), Nomination::levelName, 240));
        noms.getColumns().add(Fx.column(Bundle.COL_Since(), n -> Formats.dateTime(n.stateSince()), 120));
        noms.setPrefHeight(130);
        TableView<Judgement> judged = Fx.table();
        judged.getColumns().add(Fx.column(Bundle.COL_Award(), Judgement::typeCode, 100));
        judged.getColumns().add(Fx.column(Bundle.COL_Eligible(), j -> j.eligible() ? Bundle.VAL_Yes() : Bundle.VAL_No(), 60));
        judged.getColumns().add(Fx.column(Bundle.COL_Tier(), j -> j.tier() == null ? "" : j.tier(), 70));
        judged.getColumns().add(Fx.column(Bundle.COL_Reason(), Judgement::reason, 600));
        Label message = new Label();
        VBox box = new VBox(6, new Label(Bundle.LBL_Received()), awards, new Label(Bundle.LBL_Nominations()), noms,
                new Label(Bundle.LBL_EligibleOn(Formats.date(today))), judged, message);
        box.setPadding(new Insets(8));
        UiExecutor.standard().load(() -> load(member.id(), today), c -> {
            awards.getItems().setAll(c.awards());
            noms.getItems().setAll(c.nominations());
            judged.getItems().setAll(c.judgements());
        }, e -> message.setText(UserMessages.of(e)));
        return box;
    }
}
