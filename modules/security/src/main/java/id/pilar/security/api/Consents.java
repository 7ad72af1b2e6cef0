package id.pilar.security.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/** UU PDP consent register: per person, per purpose, with evidence; withdrawal keeps the record. */
public interface Consents {

    List<ConsentInfo> forPerson(String personId);

    ConsentInfo record(String personId, String purpose, LocalDate givenOn, String evidence);

    /** Many consents in one transaction (e.g. the forms of one outreach day). */
    List<ConsentInfo> recordAll(List<NewConsent> consents);

    ConsentInfo withdraw(String consentId, LocalDate withdrawnOn);

    record NewConsent(String personId, String purpose, LocalDate givenOn, String evidence) {
    }

    /** @param withdrawnOn null while the consent holds */
    record ConsentInfo(String id, String personId, String purpose, LocalDate givenOn, String evidence,
            LocalDate withdrawnOn, String recordedBy, Instant updatedAt) {

        public boolean active() {
            return withdrawnOn == null;
        }
    }

    static Consents get() {
        return Lookup.getDefault().lookup(Consents.class);
    }
}
