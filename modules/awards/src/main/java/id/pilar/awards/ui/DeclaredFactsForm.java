package id.pilar.awards.ui;

import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.DeclaredFacts;
import id.pilar.awards.api.Eligibility;
import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.openide.util.NbBundle.Messages;

/**
 * The facts about a member the award rules need and the rosters do not hold (citizenship, blood
 * donations, the longest prison sentence, a disqualification), with the evidence they rest on:
 * state, checks and actions of the form on the member's "Penghargaan" tab, without a toolkit.
 * Each save is one audited change of the member's record (shown under "Riwayat data"); a save over
 * a version another user changed meanwhile is refused by the service and nothing is written.
 */
@Messages({
    "ERR_WholeNumber=Isi bilangan bulat 0 atau lebih, atau kosongkan bila belum diketahui.",
    "# {0} - most", "ERR_AtMost=Paling banyak {0}.",
    "ERR_EvidenceRequired=Sebutkan dasar pencatatan (misalnya KTP-el, kartu donor PMI, SKCK).",
    "MSG_FactsSaved=Data tersimpan; kelayakan dinilai ulang.",
    "MSG_FactsNotRecorded=Belum ada data yang dicatat untuk anggota ini.",
    "MSG_FactsReadOnly=Data ini hanya dapat diubah oleh Pekerja Sosial, Supervisor atau Admin."
})
final class DeclaredFactsForm {

    /** The fields a check may fault. */
    enum Field { BLOOD, PRISON, EVIDENCE }

    private final UiExecutor ex;
    private final String memberId;
    final ObjectProperty<String> citizenship = new SimpleObjectProperty<>();
    final StringProperty bloodDonations = new SimpleStringProperty("");
    final StringProperty prisonYears = new SimpleStringProperty("");
    final BooleanProperty disqualified = new SimpleBooleanProperty();
    final StringProperty evidence = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final Map<Field, String> errors = new EnumMap<>(Field.class);
    private String recordId;
    private int version;

    DeclaredFactsForm(UiExecutor ex, String memberId) {
        this.ex = ex;
        this.memberId = memberId;
    }

    /** Only roles with the permission to record facts may change them; the others read them. */
    boolean mayEdit() {
        return AccessControl.get().isPermitted(AwardsPermissions.RECORD_FACTS);
    }

    /** The record id once saved (its history is kept under it), else null. */
    String recordId() {
        return recordId;
    }

    void load(Runnable after) {
        ex.load(() -> Eligibility.get().declaredFacts(memberId), found -> {
            show(found.orElse(null));
            message.set(found.isPresent() ? (mayEdit() ? "" : Bundle.MSG_FactsReadOnly()) : Bundle.MSG_FactsNotRecorded());
            after.run();
        }, e -> message.set(UserMessages.of(e)));
    }

    private void show(DeclaredFacts f) {
        citizenship.set(f == null ? null : f.citizenship());
        bloodDonations.set(f == null || f.bloodDonations() == null ? "" : Integer.toString(f.bloodDonations()));
        prisonYears.set(f == null || f.prisonYears() == null ? "" : Integer.toString(f.prisonYears()));
        disqualified.set(f != null && f.disqualified());
        evidence.set(f == null || f.evidence() == null ? "" : f.evidence());
        recordId = f == null ? null : f.id();
        version = f == null ? 0 : f.version();
    }

    /** The facts as typed, or empty with {@link #errors} saying what to correct. */
    Optional<DeclaredFacts> draft() {
        errors.clear();
        Integer blood = count(Field.BLOOD, bloodDonations.get(), DeclaredFacts.MAX_DONATIONS);
        Integer prison = count(Field.PRISON, prisonYears.get(), DeclaredFacts.MAX_PRISON_YEARS);
        if (evidence.get() == null || evidence.get().isBlank()) {
            errors.put(Field.EVIDENCE, Bundle.ERR_EvidenceRequired());
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeclaredFacts(memberId, citizenship.get(), blood, prison, disqualified.get(), evidence.get().strip(),
                recordId, version));
    }

    private Integer count(Field field, String text, int most) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,6}")) {
            errors.put(field, Bundle.ERR_WholeNumber());
            return null;
        }
        int n = Integer.parseInt(t);
        if (n > most) {
            errors.put(field, Bundle.ERR_AtMost(most));
            return null;
        }
        return n;
    }

    /** Saves in the background; {@code saved} runs on the FX thread afterwards (e.g. to judge again). */
    void save(Runnable saved) {
        Optional<DeclaredFacts> d = draft();
        if (d.isEmpty()) {
            message.set("");
            return;
        }
        ex.load(() -> Eligibility.get().recordFacts(d.get()), f -> {
            show(f);
            message.set(Bundle.MSG_FactsSaved());
            saved.run();
        }, e -> message.set(UserMessages.of(e)));
    }
}
