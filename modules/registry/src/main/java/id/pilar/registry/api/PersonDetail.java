package id.pilar.registry.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything the person window shows. {@code draft} holds the editable fields (NIK masked when
 * the user may not see it); households are current first, then past.
 */
public record PersonDetail(PersonSummary summary, PersonDraft draft, String digabungKe, int version,
        List<Membership> households, List<NikChange> nikHistory, Instant updatedAt, String updatedBy) {

    public PersonDetail {
        households = List.copyOf(households);
        nikHistory = List.copyOf(nikHistory);
    }
}
