package id.pilar.security.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.Consents;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.SecurityRefusedException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The consent register in {@code pdp_consent}. */
@ServiceProvider(service = Consents.class)
@Messages({
    "MSG_ConsentFieldsMissing=Orang, tujuan, tanggal dan bukti persetujuan wajib diisi.",
    "MSG_ConsentInFuture=Tanggal persetujuan tidak boleh di masa depan.",
    "MSG_ConsentUnknown=Persetujuan tidak ditemukan.",
    "MSG_ConsentAlreadyWithdrawn=Persetujuan ini sudah ditarik.",
    "MSG_WithdrawBeforeGiven=Tanggal penarikan tidak boleh sebelum tanggal persetujuan."
})
public final class ConsentsImpl implements Consents {

    private final Transactions tx;

    public ConsentsImpl() {
        this(Transactions.get());
    }

    public ConsentsImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<ConsentInfo> forPerson(String personId) {
        AccessControl.get().require(SecurityPermissions.CONSENT_READ);
        return tx.read(s -> s.createQuery("from ConsentRecord where personId = :p order by givenOn, id", ConsentRecord.class)
                .setParameter("p", personId).getResultStream().map(ConsentRecord::info).toList());
    }

    @Override
    public ConsentInfo record(String personId, String purpose, LocalDate givenOn, String evidence) {
        return recordAll(List.of(new NewConsent(personId, purpose, givenOn, evidence))).get(0);
    }

    @Override
    public List<ConsentInfo> recordAll(List<NewConsent> consents) {
        AccessControl.get().require(SecurityPermissions.CONSENT_WRITE);
        consents.forEach(ConsentsImpl::validate);
        return tx.inTransaction(s -> {
            List<ConsentRecord> made = new ArrayList<>();
            for (NewConsent c : consents) {
                ConsentRecord r = new ConsentRecord(c.personId().trim(), c.purpose().trim(), c.givenOn(), c.evidence().trim());
                s.persist(r);
                made.add(r);
            }
            s.flush(); // audit columns are filled at flush: read them back after
            return made.stream().map(ConsentRecord::info).toList();
        });
    }

    @Override
    public ConsentInfo withdraw(String consentId, LocalDate withdrawnOn) {
        AccessControl.get().require(SecurityPermissions.CONSENT_WRITE);
        return tx.inTransaction(s -> {
            ConsentRecord r = s.find(ConsentRecord.class, consentId);
            if (r == null) {
                throw new SecurityRefusedException("MSG_ConsentUnknown", Bundle.MSG_ConsentUnknown());
            }
            if (r.withdrawnOn() != null) {
                throw new SecurityRefusedException("MSG_ConsentAlreadyWithdrawn", Bundle.MSG_ConsentAlreadyWithdrawn());
            }
            if (withdrawnOn == null || withdrawnOn.isBefore(r.info().givenOn())) {
                throw new SecurityRefusedException("MSG_WithdrawBeforeGiven", Bundle.MSG_WithdrawBeforeGiven());
            }
            r.withdraw(withdrawnOn);
            s.flush();
            return r.info();
        });
    }

    private static void validate(NewConsent c) {
        if (blank(c.personId()) || blank(c.purpose()) || c.givenOn() == null || blank(c.evidence())) {
            throw new SecurityRefusedException("MSG_ConsentFieldsMissing", Bundle.MSG_ConsentFieldsMissing());
        }
        if (c.givenOn().isAfter(id.pilar.core.api.time.JakartaTime.today().plusDays(1))) {
            throw new SecurityRefusedException("MSG_ConsentInFuture", Bundle.MSG_ConsentInFuture());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
