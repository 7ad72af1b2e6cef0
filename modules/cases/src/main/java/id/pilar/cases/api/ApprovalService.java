package id.pilar.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/** The supervisors' queue: plans, closures and referrals to full institutions wait here. */
public interface ApprovalService {

    /** Requests awaiting a decision, oldest first. */
    List<Approval> pending();

    List<Approval> forCase(String caseId);

    /** Approves: the plan is in force, the case is closed, or the referral is sent. */
    Approval approve(String approvalId, String catatan);

    /** Rejects with a reason; the case stays as it was. */
    Approval reject(String approvalId, String catatan);

    static ApprovalService get() {
        return Lookup.getDefault().lookup(ApprovalService.class);
    }

    enum Decision { MENUNGGU, DISETUJUI, DITOLAK }

    /** @param alasan closure reason (closures), {@code tanggal} closing date (closures) */
    record Approval(String id, String caseId, String nomor, String klien, ApprovalKind jenis, String refId, Decision status,
            String diajukanOleh, Instant diajukan, ClosureReason alasan, LocalDate tanggal, String keterangan,
            String diputusOleh, Instant diputus, String catatanPutusan) {
    }
}
