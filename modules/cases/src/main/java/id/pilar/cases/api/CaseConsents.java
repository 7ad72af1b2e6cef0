package id.pilar.cases.api;

import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/**
 * What a client agreed to for a case, with evidence. Each consent is also recorded in the UU PDP
 * consent register of the security module (purpose prefixed with the case number), and the case
 * keeps the register's id, so a withdrawal there is seen here.
 */
public interface CaseConsents {

    Consent record(String caseId, String personId, String tujuan, LocalDate tanggal, String bukti);

    List<Consent> forCase(String caseId);

    static CaseConsents get() {
        return Lookup.getDefault().lookup(CaseConsents.class);
    }

    /** @param ditarik the date the consent was withdrawn in the register, or null while it holds */
    record Consent(String id, String personId, String tujuan, LocalDate tanggal, String bukti, String registerId, LocalDate ditarik) {
    }
}
