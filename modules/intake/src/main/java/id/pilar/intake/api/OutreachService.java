package id.pilar.intake.api;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.DuplicateCandidate;
import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Outreach operations (penjangkauan) and the people found: each matched against the registry
 * (its duplicate check), then turned into a registry person (or the matched one) and a case, and
 * optionally placed in an institution with free capacity (the cases module's directory).
 */
public interface OutreachService {

    /** Records an operation; the same date, start time and hotspots twice is refused. */
    Operation record(OperationDraft draft);

    List<Operation> list(int limit);

    /** Registry people who may be this person (shown before saving). */
    List<DuplicateCandidate> matches(FoundDraft found);

    /** Saves a person found: registry person (new, or {@code found.personId()}), case, placement. */
    FoundPerson addFound(String operationId, FoundDraft found);

    List<FoundPerson> found(String operationId);

    /**
     * Pillar members (rosters' api) whose name matches {@code text}, for the team of an
     * operation; empty when the rosters module is not installed.
     */
    List<TeamMember> teamCandidates(String text, int limit);

    static OutreachService get() {
        return Lookup.getDefault().lookup(OutreachService.class);
    }

    /** @param jamMulai {@code HH:mm}; {@code tim} names of the team (pillar members where known) */
    record OperationDraft(LocalDate tanggal, String jamMulai, String jamSelesai, List<String> hotspotIds, List<String> tim,
            String kendaraan, String catatan) {
    }

    record Operation(String id, LocalDate tanggal, String jamMulai, String jamSelesai, List<String> titik, List<String> tim,
            String kendaraan, String catatan, int ditemukan) {
    }

    /**
     * @param personId      the registry person the clerk chose among the matches, or null for a new one
     * @param institutionId where the person is placed, or null
     * @param foto          JPEG or PNG bytes, or null
     */
    record FoundDraft(String nama, Sex jenisKelamin, Integer usiaPerkiraan, String kategoriKode, String nik, String kondisi,
            byte[] foto, String fotoMime, String personId, String institutionId) {
    }

    /** @param pilar the member's pillars ({@code Tagana}, {@code TKSK}, {@code PSM}), may be empty */
    record TeamMember(String memberId, String nama, List<String> pilar) {
        /** How the team list of an operation names the member. */
        public String label() {
            return pilar.isEmpty() ? nama : nama + " (" + String.join("/", pilar) + ")";
        }

        @Override
        public String toString() {
            return label();
        }
    }

    record FoundPerson(String id, String nama, String kategoriKode, String personId, String caseId, String caseNomor,
            String referralId, String lembaga) {
    }
}
