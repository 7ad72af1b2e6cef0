package id.pilar.registry.api;

import java.util.List;

/**
 * Two records that may be one person.
 *
 * @param reviewId the review-queue entry, or null for a check before saving
 * @param skor     0..100
 * @param alasan   why they look alike, in Indonesian ("NIK sama", "nama mirip (0,95)", …)
 */
public record DuplicateCandidate(String reviewId, PersonSummary a, PersonSummary b, int skor, List<String> alasan) {

    public DuplicateCandidate {
        alasan = List.copyOf(alasan);
    }
}
