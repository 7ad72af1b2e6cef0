package id.pilar.rosters.api;

import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Organisations of the social pillars. */
public interface OrganisationService {

    /** Organisations whose name or registration number contains {@code text}, optionally of one PSKS category. */
    List<Organisation> list(String text, String psksKode);

    Optional<Organisation> get(String id);

    Organisation create(OrganisationDraft draft);

    /** Updates; {@code version} guards against overwriting someone else's change. */
    Organisation update(String id, int version, OrganisationDraft draft);

    /** Memberships in this organisation, current ones first. */
    List<Membership> memberships(String organisationId);

    static OrganisationService get() {
        return Lookup.getDefault().lookup(OrganisationService.class);
    }
}
