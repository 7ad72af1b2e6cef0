package id.pilar.rosters.ui;

import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.TrainingService;
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
 * The Riwayat tab of a member: the change history of the member, of each membership and of each
 * certificate, shown by the security module's {@link RecordHistory}.
 */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_MemberHistory=Riwayat",
    "LBL_HistoryMember=Data anggota",
    "# {0} - organisation",
    "LBL_HistoryMembership=Keanggotaan di {0}",
    "# {0} - training",
    "LBL_HistoryCertificate=Sertifikat {0}",
    "LBL_NoHistoryModule=Riwayat perubahan disimpan oleh modul Keamanan, yang tidak terpasang."
})
public final class MemberHistoryView implements ViewProvider<MemberRef> {

    /** The audited entities, by name: the ui layer does not reach into impl classes. */
    static final String MEMBER = "id.pilar.rosters.impl.model.RosterMemberEntity";
    static final String MEMBERSHIP = "id.pilar.rosters.impl.model.RosterMembershipEntity";
    static final String CERTIFICATE = "id.pilar.rosters.impl.model.RosterCertificateEntity";

    @Override
    public Class<MemberRef> recordType() {
        return MemberRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_MemberHistory();
    }

    @Override
    public int position() {
        return 900;
    }

    @Override
    public Node createView(MemberRef member) {
        return RecordHistory.find().map(h -> h.createView(() -> targets(member))).orElseGet(() -> {
            VBox box = new VBox(new Label(Bundle.LBL_NoHistoryModule()));
            box.setPadding(new Insets(12));
            return box;
        });
    }

    public static List<Target> targets(MemberRef member) {
        List<Target> out = new ArrayList<>();
        out.add(new Target(Bundle.LBL_HistoryMember() + " — " + member.fullName(), MEMBER, member.id()));
        for (Membership m : MemberService.get().memberships(member.id())) {
            out.add(new Target(Bundle.LBL_HistoryMembership(m.organisationName()), MEMBERSHIP, m.id()));
        }
        for (Certificate c : TrainingService.get().ofMember(member.id())) {
            out.add(new Target(Bundle.LBL_HistoryCertificate(c.trainingName()), CERTIFICATE, c.id()));
        }
        return out;
    }
}
