package id.pilar.rosters.impl;

import id.pilar.rosters.api.Membership;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** Reads memberships with member and organisation names, current ones first. */
final class Memberships {

    private Memberships() {
    }

    static List<Membership> query(Session s, String where, String id) {
        return s.createSelectionQuery("select ms.id, ms.memberId, m.fullName, ms.organisationId, o.name, o.psksKode, ms.role, "
                + "ms.startDate, ms.endDate from RosterMembershipEntity ms, RosterMemberEntity m, RosterOrganisationEntity o "
                + "where m.id = ms.memberId and o.id = ms.organisationId and " + where
                + " order by case when ms.endDate is null then 0 else 1 end, ms.startDate desc", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new Membership((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (LocalDate) r[7], (LocalDate) r[8]))
                .toList();
    }
}
