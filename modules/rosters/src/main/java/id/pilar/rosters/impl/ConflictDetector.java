package id.pilar.rosters.impl;

import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterIssue.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/**
 * Finds what is wrong with a roster, in memory, from facts loaded in a few queries: members on
 * two overlapping shifts, members without a membership or a required certificate valid on the
 * shift's date, and shifts with fewer members than needed.
 */
@Messages({
    "# {0} - member, {1} - date",
    "ISSUE_NoMembership={0} tidak punya keanggotaan yang berlaku pada {1}.",
    "# {0} - member, {1} - skill, {2} - date",
    "ISSUE_NoCertificate={0} tidak punya sertifikat {1} yang berlaku pada {2}.",
    "# {0} - member, {1} - other duty",
    "ISSUE_DoubleBooked={0} juga bertugas pada {1} di jam yang sama.",
    "# {0} - staffed, {1} - needed",
    "ISSUE_UnderStaffed=Kurang petugas: {0} dari {1} orang."
})
public final class ConflictDetector {

    /** A shift's window, headcount and the skills its duty requires. */
    public record Shift(String id, String title, LocalDate date, Instant start, Instant end, int headcount, List<String> requiredSkills) {
    }

    public record Assignment(String shiftId, String memberId, String memberName) {
    }

    public record DateSpan(LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    public record Cert(String skill, LocalDate issued, LocalDate expires) {
        boolean validOn(LocalDate d) {
            return !issued.isAfter(d) && (expires == null || !expires.isBefore(d));
        }
    }

    private ConflictDetector() {
    }

    /**
     * Issues per shift id (only shifts with issues appear).
     *
     * @param shifts      shifts to judge, plus neighbours for double-booking (a shift the night before)
     * @param memberships membership spans per member id
     * @param certs       certificates per member id
     */
    public static Map<String, List<RosterIssue>> detect(List<Shift> shifts, List<Assignment> assignments,
            Map<String, List<DateSpan>> memberships, Map<String, List<Cert>> certs) {
        Map<String, Shift> byId = new HashMap<>();
        shifts.forEach(s -> byId.put(s.id(), s));
        Map<String, List<RosterIssue>> out = new LinkedHashMap<>();
        Map<String, Integer> staffed = new HashMap<>();
        Map<String, List<Assignment>> perMember = new HashMap<>();
        for (Assignment a : assignments) {
            Shift s = byId.get(a.shiftId());
            if (s == null) {
                continue;
            }
            staffed.merge(a.shiftId(), 1, Integer::sum);
            perMember.computeIfAbsent(a.memberId(), k -> new ArrayList<>()).add(a);
            List<DateSpan> spans = memberships.getOrDefault(a.memberId(), List.of());
            if (spans.stream().noneMatch(m -> m.covers(s.date()))) {
                add(out, new RosterIssue(Kind.NO_VALID_MEMBERSHIP, s.id(), a.memberId(),
                        Bundle.ISSUE_NoMembership(a.memberName(), Dates.show(s.date()))));
            }
            for (String skill : s.requiredSkills()) {
                boolean has = certs.getOrDefault(a.memberId(), List.of()).stream()
                        .anyMatch(c -> c.skill().equalsIgnoreCase(skill) && c.validOn(s.date()));
                if (!has) {
                    add(out, new RosterIssue(Kind.CERTIFICATE_MISSING, s.id(), a.memberId(),
                            Bundle.ISSUE_NoCertificate(a.memberName(), skill, Dates.show(s.date()))));
                }
            }
        }
        for (List<Assignment> list : perMember.values()) {
            if (list.size() < 2) {
                continue;
            }
            List<Shift> mine = list.stream().map(a -> byId.get(a.shiftId())).sorted(Comparator.comparing(Shift::start)).toList();
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size() && mine.get(j).start().isBefore(mine.get(i).end()); j++) {
                    Shift a = mine.get(i);
                    Shift b = mine.get(j);
                    String name = list.get(0).memberName();
                    add(out, new RosterIssue(Kind.DOUBLE_BOOKING, a.id(), list.get(0).memberId(),
                            Bundle.ISSUE_DoubleBooked(name, b.title())));
                    add(out, new RosterIssue(Kind.DOUBLE_BOOKING, b.id(), list.get(0).memberId(),
                            Bundle.ISSUE_DoubleBooked(name, a.title())));
                }
            }
        }
        for (Shift s : shifts) {
            int n = staffed.getOrDefault(s.id(), 0);
            if (n < s.headcount()) {
                add(out, new RosterIssue(Kind.UNDER_STAFFED, s.id(), null,
                        Bundle.ISSUE_UnderStaffed(n, s.headcount())));
            }
        }
        return out;
    }

    private static void add(Map<String, List<RosterIssue>> out, RosterIssue issue) {
        out.computeIfAbsent(issue.shiftId(), k -> new ArrayList<>()).add(issue);
    }
}
