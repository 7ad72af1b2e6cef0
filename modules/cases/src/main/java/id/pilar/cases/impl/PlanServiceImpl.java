package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CasePlanEntity;
import id.pilar.cases.impl.model.CasePlanItemEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.util.List;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;

/** Plan revisions: a change is a new revision; approval goes through the supervisors' queue. */
@ServiceProvider(service = PlanService.class)
public final class PlanServiceImpl implements PlanService {

    private final Transactions tx;

    public PlanServiceImpl() {
        this(Transactions.get());
    }

    public PlanServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Plan draft(String caseId, String catatan, List<Item> items) {
        AccessControl.get().require(CasesPermissions.WORK);
        List<Item> goals = items == null ? List.of() : items.stream()
                .filter(i -> CaseServiceImpl.blankToNull(i.tujuan()) != null || CaseServiceImpl.blankToNull(i.tindakan()) != null).toList();
        if (goals.isEmpty() || goals.stream().anyMatch(i -> CaseServiceImpl.blankToNull(i.tujuan()) == null || CaseServiceImpl.blankToNull(i.tindakan()) == null)) {
            throw CaseErrors.of("ERR_PlanEmpty", Bundle.ERR_PlanEmpty());
        }
        return tx.inTransaction(s -> {
            CaseFileEntity c = CaseServiceImpl.openCase(s, caseId);
            for (Item i : goals) {
                if (i.tenggat() != null && i.tenggat().isBefore(c.tanggalBuka)) {
                    throw CaseErrors.of("ERR_DueBeforeOpening", Bundle.ERR_DueBeforeOpening());
                }
            }
            Integer last = s.createSelectionQuery("select max(revisi) from CasePlanEntity where caseId = :c", Integer.class)
                    .setParameter("c", caseId).getSingleResult();
            CasePlanEntity p = new CasePlanEntity();
            p.caseId = caseId;
            p.revisi = last == null ? 1 : last + 1;
            p.status = PlanStatus.DRAF.name();
            p.catatan = CaseServiceImpl.blankToNull(catatan);
            s.persist(p);
            for (int n = 0; n < goals.size(); n++) {
                Item i = goals.get(n);
                CasePlanItemEntity e = new CasePlanItemEntity();
                e.planId = p.getId();
                e.urutan = n + 1;
                e.tujuan = i.tujuan().trim();
                e.tindakan = i.tindakan().trim();
                e.penanggungJawab = CaseServiceImpl.blankToNull(i.penanggungJawab());
                e.tenggat = i.tenggat();
                s.persist(e);
            }
            s.flush();
            return plan(s, p);
        });
    }

    @Override
    public Plan submit(String planId) {
        AccessControl.get().require(CasesPermissions.WORK);
        return tx.inTransaction(s -> {
            CasePlanEntity p = s.find(CasePlanEntity.class, planId);
            if (p == null) {
                throw CaseErrors.of("ERR_PlanNotFound", Bundle.ERR_PlanNotFound());
            }
            if (!PlanStatus.DRAF.name().equals(p.status)) {
                throw CaseErrors.of("ERR_PlanNotDraft", Bundle.ERR_PlanNotDraft());
            }
            CaseFileEntity c = CaseServiceImpl.openCase(s, p.caseId);
            CaseServiceImpl.notWaiting(c);
            p.status = PlanStatus.DIAJUKAN.name();
            Approvals.request(s, c, ApprovalKind.RENCANA, p.getId());
            s.flush();
            return plan(s, p);
        });
    }

    @Override
    public List<Plan> revisions(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("from CasePlanEntity where caseId = :c order by revisi desc", CasePlanEntity.class)
                .setParameter("c", caseId).getResultList().stream().map(p -> plan(s, p)).toList());
    }

    static Plan plan(Session s, CasePlanEntity p) {
        List<Item> items = s.createSelectionQuery("from CasePlanItemEntity where planId = :p order by urutan", CasePlanItemEntity.class)
                .setParameter("p", p.getId()).getResultList().stream()
                .map(i -> new Item(i.tujuan, i.tindakan, i.penanggungJawab, i.tenggat)).toList();
        return new Plan(p.getId(), p.caseId, p.revisi, PlanStatus.valueOf(p.status), p.catatan, items, p.getCreatedBy(), p.getCreatedAt(),
                p.diputusOleh, p.diputusAt);
    }

    /** The approved revision in force, if any. */
    static CasePlanEntity approved(Session s, String caseId) {
        return s.createSelectionQuery("from CasePlanEntity where caseId = :c and status = 'DISETUJUI' order by revisi desc", CasePlanEntity.class)
                .setParameter("c", caseId).getResultList().stream().findFirst().orElse(null);
    }
}
