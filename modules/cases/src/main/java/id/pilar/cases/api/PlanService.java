package id.pilar.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Intervention plans: every change is a new revision; a revision is submitted for approval and
 * a supervisor approves or rejects it. The approved revision is the plan in force; older ones stay.
 */
public interface PlanService {

    /** Writes a new draft revision (the earlier ones are kept). */
    Plan draft(String caseId, String catatan, List<Item> items);

    /** Submits the latest draft to the supervisors' queue. */
    Plan submit(String planId);

    /** Revisions, newest first. */
    List<Plan> revisions(String caseId);

    static PlanService get() {
        return Lookup.getDefault().lookup(PlanService.class);
    }

    /** DRAF → DIAJUKAN → DISETUJUI or DITOLAK; an approved plan becomes DIGANTI when a later one is approved. */
    enum PlanStatus { DRAF, DIAJUKAN, DISETUJUI, DITOLAK, DIGANTI }

    record Item(String tujuan, String tindakan, String penanggungJawab, LocalDate tenggat) {
    }

    record Plan(String id, String caseId, int revisi, PlanStatus status, String catatan, List<Item> items, String dibuatOleh,
            Instant dibuat, String diputusOleh, Instant diputus) {
        public Plan {
            items = List.copyOf(items);
        }
    }
}
