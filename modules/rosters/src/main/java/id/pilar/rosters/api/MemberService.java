package id.pilar.rosters.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openide.util.Lookup;

/** Members, their memberships and their type-specific data. */
public interface MemberService {

    /** Validates a draft (NIK, names, dates, duplicate NIK, second active TKSK in a kecamatan). */
    MemberCheck check(MemberDraft draft, String excludeMemberId);

    /**
     * Saves a new member. Throws {@link DuplicateNikException} when the NIK exists (offer that
     * member), {@link RostersException} on errors; warnings do not block.
     */
    Member create(MemberDraft draft);

    Member update(String id, int version, MemberDraft draft);

    Optional<Member> get(String id);

    /** Members whose name or NIK matches {@code text} (empty: all), at most {@code limit}. */
    List<Member> search(String text, int limit);

    List<Membership> memberships(String memberId);

    /** Adds a membership; refuses one that overlaps another in the same organisation. */
    Membership addMembership(MembershipDraft draft);

    /** Ends a running membership on {@code endDate}. */
    Membership endMembership(String membershipId, LocalDate endDate);

    static MemberService get() {
        return Lookup.getDefault().lookup(MemberService.class);
    }
}
