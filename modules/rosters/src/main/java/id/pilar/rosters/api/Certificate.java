package id.pilar.rosters.api;

import java.time.LocalDate;

/** A training certificate; {@code expiresOn} null when it does not expire. */
public record Certificate(String id, String memberId, String memberName, String trainingName, String skillCode,
        String issuer, String certificateNumber, LocalDate issuedOn, LocalDate expiresOn) {

    public boolean validOn(LocalDate date) {
        return !issuedOn.isAfter(date) && (expiresOn == null || !expiresOn.isBefore(date));
    }
}
