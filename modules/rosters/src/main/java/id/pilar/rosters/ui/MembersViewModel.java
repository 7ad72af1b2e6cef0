package id.pilar.rosters.ui;

import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.CertificateDraft;
import id.pilar.rosters.api.Deployment;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.Membership;
import id.pilar.rosters.api.MembershipDraft;
import id.pilar.rosters.api.PillarRecords;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.TrainingService;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/**
 * Member list and profile: search, the selected member with memberships, certificates and
 * deployments of the last year, and saving with the duplicate-NIK offer.
 */
@Messages({
    "MSG_MemberSaved=Data anggota tersimpan.",
    "MSG_MembershipSaved=Keanggotaan tersimpan.",
    "MSG_CertificateSaved=Sertifikat tersimpan."
})
public final class MembersViewModel extends ViewModel {

    private final ObservableList<Member> results = FXCollections.observableArrayList();
    private final ObjectProperty<Member> selected = new SimpleObjectProperty<>();
    private final ObservableList<Membership> memberships = FXCollections.observableArrayList();
    private final ObservableList<Certificate> certificates = FXCollections.observableArrayList();
    private final ObservableList<Deployment> deployments = FXCollections.observableArrayList();
    private final ObjectProperty<Choices> choices = new SimpleObjectProperty<>(Choices.EMPTY);

    public MembersViewModel(UiExecutor ex) {
        super(ex);
    }

    public ObservableList<Member> results() {
        return results;
    }

    public ObjectProperty<Member> selectedProperty() {
        return selected;
    }

    public ObservableList<Membership> memberships() {
        return memberships;
    }

    public ObservableList<Certificate> certificates() {
        return certificates;
    }

    public ObservableList<Deployment> deployments() {
        return deployments;
    }

    public ObjectProperty<Choices> choicesProperty() {
        return choices;
    }

    public void loadChoices() {
        call(Choices::load, choices::set);
    }

    /** What the list shows: the last search, repeated after a save. */
    private String lastQuery = "";

    public void search(String text) {
        lastQuery = text == null ? "" : text;
        String q = lastQuery;
        call(() -> MemberService.get().search(q, 200), results::setAll);
    }

    /** Selects a member and loads its profile tabs; null clears the form for a new member. */
    public void open(String memberId) {
        if (memberId == null) {
            selected.set(null);
            memberships.clear();
            certificates.clear();
            deployments.clear();
            return;
        }
        LocalDate today = LocalDate.now(Formats.JAKARTA);
        call(() -> new Profile(MemberService.get().get(memberId).orElseThrow(), MemberService.get().memberships(memberId),
                TrainingService.get().ofMember(memberId),
                PillarRecords.get().deployments(memberId, new ReportPeriod(today.minusYears(1), today))), p -> {
                    selected.set(p.member());
                    memberships.setAll(p.memberships());
                    certificates.setAll(p.certificates());
                    deployments.setAll(p.deployments());
                });
    }

    private record Profile(Member member, List<Membership> memberships, List<Certificate> certificates, List<Deployment> deployments) {
    }

    /** Checks the draft (errors, warnings, an existing member with the NIK) without saving. */
    public void check(MemberDraft draft, Consumer<MemberCheck> result) {
        Member m = selected.get();
        call(() -> MemberService.get().check(draft, m == null ? null : m.id()), result);
    }

    /**
     * Checks, then saves the draft. The check always goes to {@code onCheck} (errors on their
     * fields, warnings below); errors stop there, and a duplicate NIK is offered through
     * {@code onDuplicate} instead of saved.
     */
    public void save(MemberDraft draft, Consumer<MemberCheck> onCheck, Consumer<MemberRef> onDuplicate) {
        Member m = selected.get();
        call(() -> MemberService.get().check(draft, m == null ? null : m.id()), c -> {
            onCheck.accept(c);
            if (c.sameNik() != null) {
                onDuplicate.accept(c.sameNik());
                return;
            }
            if (!c.errors().isEmpty()) {
                return;
            }
            call(() -> m == null ? MemberService.get().create(draft) : MemberService.get().update(m.id(), m.version(), draft), saved -> {
                messageProperty().set(Bundle.MSG_MemberSaved());
                open(saved.id());
                search(lastQuery); // the list shows the new or renamed member at once
            });
        });
    }

    public void addMembership(String organisationId, String role, LocalDate start, LocalDate end) {
        Member m = selected.get();
        if (m == null) {
            return;
        }
        call(() -> MemberService.get().addMembership(new MembershipDraft(m.id(), organisationId, role, start, end)), x -> {
            messageProperty().set(Bundle.MSG_MembershipSaved());
            open(m.id());
        });
    }

    public void endMembership(Membership ms, LocalDate end) {
        call(() -> MemberService.get().endMembership(ms.id(), end), x -> {
            messageProperty().set(Bundle.MSG_MembershipSaved());
            open(ms.memberId());
        });
    }

    public void addCertificate(CertificateDraft draft) {
        call(() -> TrainingService.get().add(draft), x -> {
            messageProperty().set(Bundle.MSG_CertificateSaved());
            open(draft.memberId());
        });
    }
}
