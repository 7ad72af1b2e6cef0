package id.pilar.cases.api;

import java.util.List;
import java.util.Map;
import org.openide.util.Lookup;

/**
 * The assessment: needs domains and their fields are data (supervisors add them), values per case,
 * and the clients' DTSEN status with the social-assistance proposal ("usulan bansos").
 */
public interface AssessmentService {

    /** The form of a case: every active domain with its fields and the case's values (health masked). */
    List<Domain> form(String caseId);

    /** Saves values by field id; blank removes a value. */
    void save(String caseId, Map<String, String> valuesByFieldId);

    /** For every client: DTSEN decile, programmes received, programmes the decile qualifies for but not received. */
    List<CaseService.BansosProposal> bansos(String caseId);

    /** The office's list: every client of an open case with a proposal. */
    List<CaseService.BansosProposal> bansosOffice();

    /** Every active domain with its active fields (no case values): what a supervisor extends. */
    List<Domain> domains();

    /**
     * Adds a needs domain (a supervisor's setting). {@code kode}: capitals, digits and {@code _},
     * 2–40 characters, unique; {@code kesehatan}: its values are health data (masked without
     * the permission).
     */
    Domain addDomain(String kode, String nama, boolean kesehatan);

    /** Adds a field to a domain; {@code kode} as for a domain, unique within it. */
    Field addField(String domainId, String kode, String label, FieldKind jenis);

    static AssessmentService get() {
        return Lookup.getDefault().lookup(AssessmentService.class);
    }

    /** SKALA: 1 (no problem) … 5 (very urgent); TEKS: free text; YA_TIDAK: ya/tidak. */
    enum FieldKind { SKALA, TEKS, YA_TIDAK }

    record Domain(String id, String kode, String nama, boolean kesehatan, List<Field> fields) {
        public Domain {
            fields = List.copyOf(fields);
        }
    }

    /** @param nilai the case's value (masked when {@code tersamar}), or null */
    record Field(String id, String kode, String label, FieldKind jenis, String nilai, boolean tersamar) {
    }
}
