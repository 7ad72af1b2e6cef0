package id.pilar.rosters.api;

import java.time.LocalDate;

/** A training and certificate to record. {@code skillCode} is what duties ask for, e.g. SAR or P3K. */
public record CertificateDraft(String memberId, String trainingName, String skillCode, String issuer,
        String certificateNumber, LocalDate issuedOn, LocalDate expiresOn) {
}
