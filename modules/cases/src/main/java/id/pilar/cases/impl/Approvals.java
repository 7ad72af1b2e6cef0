package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.impl.model.CaseApprovalEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import org.hibernate.Session;

/** Puts a request in the supervisors' queue and marks the case as waiting for it. */
final class Approvals {

    private Approvals() {
    }

    static CaseApprovalEntity request(Session s, CaseFileEntity c, ApprovalKind kind, String refId) {
        CaseApprovalEntity a = new CaseApprovalEntity();
        a.caseId = c.getId();
        a.jenis = kind.name();
        a.refId = refId;
        a.status = "MENUNGGU";
        s.persist(a);
        c.menunggu = kind.name();
        return a;
    }
}
