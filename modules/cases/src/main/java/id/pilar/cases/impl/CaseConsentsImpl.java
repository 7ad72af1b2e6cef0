package id.pilar.cases.impl;

import id.pilar.cases.api.CaseConsents;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.impl.model.CaseConsentEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.Consents;
import id.pilar.security.api.Consents.ConsentInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Case consents, linked to the security module's UU PDP register: the register records the
 * consent first (its own transaction), then the case keeps the link.
 */
@ServiceProvider(service = CaseConsents.class)
@Messages({
    "ERR_ConsentFields=Isi tujuan, tanggal dan bukti persetujuan.",
    "ERR_ConsentNotClient=Orang ini bukan klien kasus ini.",
    "ERR_ConsentDate=Tanggal persetujuan tidak boleh setelah hari ini.",
    "# {0} - case number", "# {1} - purpose", "CONSENT_Purpose=Kasus {0}: {1}"
})
public final class CaseConsentsImpl implements CaseConsents {

    private final Transactions tx;

    public CaseConsentsImpl() {
        this(Transactions.get());
    }

    public CaseConsentsImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Consent record(String caseId, String personId, String tujuan, LocalDate tanggal, String bukti) {
        AccessControl.get().require(CasesPermissions.WORK);
        if (CaseServiceImpl.blankToNull(tujuan) == null || tanggal == null || CaseServiceImpl.blankToNull(bukti) == null) {
            throw CaseErrors.of("ERR_ConsentFields", Bundle.ERR_ConsentFields());
        }
        if (tanggal.isAfter(Jakarta.today())) {
            throw CaseErrors.of("ERR_ConsentDate", Bundle.ERR_ConsentDate());
        }
        String nomor = tx.read(s -> {
            CaseFileEntity c = CaseServiceImpl.openCase(s, caseId);
            boolean client = s.createSelectionQuery("select count(*) from CaseClientEntity where caseId = :c and personId = :p", Long.class)
                    .setParameter("c", caseId).setParameter("p", personId).getSingleResult() > 0;
            if (!client) {
                throw CaseErrors.of("ERR_ConsentNotClient", Bundle.ERR_ConsentNotClient());
            }
            return c.nomor;
        });
        ConsentInfo registered = Consents.get().record(personId, Bundle.CONSENT_Purpose(nomor, tujuan.trim()), tanggal, bukti.trim());
        return tx.inTransaction(s -> {
            CaseConsentEntity e = new CaseConsentEntity();
            e.caseId = caseId;
            e.personId = personId;
            e.tujuan = tujuan.trim();
            e.tanggal = tanggal;
            e.bukti = bukti.trim();
            e.consentId = registered.id();
            s.persist(e);
            s.flush();
            return consent(e, registered);
        });
    }

    @Override
    public List<Consent> forCase(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        List<CaseConsentEntity> rows = tx.read(s -> s.createSelectionQuery("from CaseConsentEntity where caseId = :c order by tanggal", CaseConsentEntity.class)
                .setParameter("c", caseId).getResultList());
        Map<String, ConsentInfo> register = new HashMap<>();
        for (CaseConsentEntity e : rows) {
            if (!register.containsKey(e.personId)) {
                Consents.get().forPerson(e.personId).forEach(i -> register.put(i.id(), i));
                register.put(e.personId, null);
            }
        }
        return rows.stream().map(e -> consent(e, register.get(e.consentId))).toList();
    }

    private static Consent consent(CaseConsentEntity e, ConsentInfo reg) {
        return new Consent(e.getId(), e.personId, e.tujuan, e.tanggal, e.bukti, e.consentId, reg == null ? null : reg.withdrawnOn());
    }

}
