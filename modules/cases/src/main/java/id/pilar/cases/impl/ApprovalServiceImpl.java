package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.PlanService.PlanStatus;
import id.pilar.cases.impl.model.CaseApprovalEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CasePlanEntity;
import id.pilar.cases.impl.model.CaseReferralEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;

/**
 * The supervisors' decisions. Approving a plan puts it in force (the earlier approved revision is
 * kept as replaced); approving a closure closes the case with its reason and date and logs the
 * step; approving a referral to a full institution sends it. A rejection leaves the case as it was.
 */
@ServiceProvider(service = ApprovalService.class)
public final class ApprovalServiceImpl implements ApprovalService {

    private final Transactions tx;

    public ApprovalServiceImpl() {
        this(Transactions.get());
    }

    public ApprovalServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Approval> pending() {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from CaseApprovalEntity where status = 'MENUNGGU' order by createdAt", CaseApprovalEntity.class)
                .getResultList().stream().map(a -> approval(s, a)).toList());
    }

    @Override
    public List<Approval> forCase(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from CaseApprovalEntity where caseId = :c order by createdAt", CaseApprovalEntity.class)
                .setParameter("c", caseId).getResultList().stream().map(a -> approval(s, a)).toList());
    }

    @Override
    public Approval approve(String approvalId, String catatan) {
        AccessControl.get().require(CasesPermissions.APPROVE);
        return tx.inTransaction(s -> {
            CaseApprovalEntity a = pendingOne(s, approvalId);
            CaseFileEntity c = CaseServiceImpl.existing(s, a.caseId);
            switch (ApprovalKind.valueOf(a.jenis)) {
                case RENCANA -> {
                    CasePlanEntity old = PlanServiceImpl.approved(s, c.getId());
                    if (old != null) {
                        old.status = PlanStatus.DIGANTI.name();
                    }
                    CasePlanEntity p = s.find(CasePlanEntity.class, a.refId);
                    p.status = PlanStatus.DISETUJUI.name();
                    p.diputusOleh = CaseServiceImpl.me();
                    p.diputusAt = Instant.now();
                }
                case PENUTUPAN -> {
                    CaseStatus from = CaseStatus.valueOf(c.status);
                    c.status = CaseStatus.DITUTUP.name();
                    c.tanggalTutup = a.tanggal;
                    c.alasanTutup = a.alasan;
                    c.keteranganTutup = a.keterangan;
                    CaseServiceImpl.log(s, c.getId(), from, CaseStatus.DITUTUP, ClosureReason.valueOf(a.alasan).label()
                            + (a.keterangan == null ? "" : ": " + a.keterangan));
                }
                case RUJUKAN_PENUH -> {
                    CaseReferralEntity r = s.find(CaseReferralEntity.class, a.refId);
                    r.status = "DIKIRIM";
                    r.overrideOleh = CaseServiceImpl.me();
                }
            }
            decide(a, c, Decision.DISETUJUI, catatan);
            s.flush();
            return approval(s, a);
        });
    }

    @Override
    public Approval reject(String approvalId, String catatan) {
        AccessControl.get().require(CasesPermissions.APPROVE);
        if (CaseServiceImpl.blankToNull(catatan) == null) {
            throw CaseErrors.of("ERR_RejectNeedsReason", Bundle.ERR_RejectNeedsReason());
        }
        return tx.inTransaction(s -> {
            CaseApprovalEntity a = pendingOne(s, approvalId);
            CaseFileEntity c = CaseServiceImpl.existing(s, a.caseId);
            if (ApprovalKind.valueOf(a.jenis) == ApprovalKind.RENCANA) {
                s.find(CasePlanEntity.class, a.refId).status = PlanStatus.DITOLAK.name();
            }
            if (ApprovalKind.valueOf(a.jenis) == ApprovalKind.RUJUKAN_PENUH) {
                s.find(CaseReferralEntity.class, a.refId).status = "BATAL";
            }
            decide(a, c, Decision.DITOLAK, catatan);
            s.flush();
            return approval(s, a);
        });
    }

    private static CaseApprovalEntity pendingOne(Session s, String id) {
        CaseApprovalEntity a = s.find(CaseApprovalEntity.class, id);
        if (a == null) {
            throw CaseErrors.of("ERR_ApprovalNotFound", Bundle.ERR_ApprovalNotFound());
        }
        if (!Decision.MENUNGGU.name().equals(a.status)) {
            throw CaseErrors.of("ERR_ApprovalDecided", Bundle.ERR_ApprovalDecided());
        }
        return a;
    }

    private static void decide(CaseApprovalEntity a, CaseFileEntity c, Decision d, String catatan) {
        a.status = d.name();
        a.diputusOleh = CaseServiceImpl.me();
        a.diputusAt = Instant.now();
        a.catatanPutusan = CaseServiceImpl.blankToNull(catatan);
        c.menunggu = null;
    }

    static Approval approval(Session s, CaseApprovalEntity a) {
        CaseFileEntity c = s.find(CaseFileEntity.class, a.caseId);
        return new Approval(a.getId(), a.caseId, c.nomor, c.klien, ApprovalKind.valueOf(a.jenis), a.refId, Decision.valueOf(a.status),
                a.getCreatedBy(), a.getCreatedAt(), a.alasan == null ? null : ClosureReason.valueOf(a.alasan), a.tanggal, a.keterangan,
                a.diputusOleh, a.diputusAt, a.catatanPutusan);
    }
}
