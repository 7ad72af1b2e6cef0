package id.pilar.awards.api;

import java.time.MonthDay;
import java.util.List;

/**
 * An award type of the catalogue. {@code id} null for a new one. {@code route} lists the approval
 * levels, our office first; the last level decides. {@code ceremonyDay} is the occasion's date
 * (e.g. 20 December, HKSN), null when there is none.
 */
public record AwardType(String id, int version, String code, String name, RecipientKind recipientKind, String rules,
        List<String> route, String occasion, MonthDay ceremonyDay, int minGapYears, int maxGapDays, boolean active,
        String description, List<RequiredDocument> documents) {

    public AwardType {
        route = List.copyOf(route);
        documents = List.copyOf(documents);
    }
}
