package id.pilar.rosters.impl;

import id.pilar.rosters.api.AssignedMember;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterShift;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a roster period with plain JDBC in four indexed queries (shifts, assignments,
 * memberships and certificates of the assigned members), then judges it with
 * {@link ConflictDetector}. The week view must stay fast with a million attendance rows.
 */
final class RosterLoader {

    private RosterLoader() {
    }

    private record ShiftRow(ConflictDetector.Shift shift, String dutyId, DutyKind kind, String place, List<String> skills) {
    }

    static List<RosterShift> load(Connection c, LocalDate from, LocalDate to) throws SQLException {
        // One day either side: a night shift before the period can double-book a member inside it.
        String lo = from.minusDays(1).toString();
        String hi = to.plusDays(1).toString();
        Map<String, ShiftRow> shifts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.duty_id, s.shift_date, s.starts_at, s.ends_at, s.headcount, "
                + "d.kind, d.title, d.kelurahan_kode, d.place_name, d.required_skills FROM ros_shift s JOIN ros_duty d ON d.id = s.duty_id "
                + "WHERE s.shift_date BETWEEN ? AND ? ORDER BY s.starts_at, d.title")) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> skills = skills(rs.getString(11));
                    String place = rs.getString(10) != null ? rs.getString(10) : Wilayah.kelurahanName(rs.getString(9));
                    ConflictDetector.Shift sh = new ConflictDetector.Shift(rs.getString(1), rs.getString(8),
                            LocalDate.parse(rs.getString(3)), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)),
                            rs.getInt(6), skills);
                    shifts.put(sh.id(), new ShiftRow(sh, rs.getString(2), DutyKind.valueOf(rs.getString(7)), place, skills));
                }
            }
        }
        List<ConflictDetector.Assignment> assignments = new ArrayList<>();
        Map<String, List<AssignedMember>> members = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.shift_id, a.member_id, m.full_name, o.name, "
                + "(SELECT 1 FROM ros_attendance t WHERE t.assignment_id = a.id) FROM ros_shift s JOIN ros_assignment a ON a.shift_id = s.id "
                + "JOIN ros_member m ON m.id = a.member_id LEFT JOIN ros_organisation o ON o.id = a.organisation_id "
                + "WHERE s.shift_date BETWEEN ? AND ? ORDER BY m.full_name")) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assignments.add(new ConflictDetector.Assignment(rs.getString(2), rs.getString(3), rs.getString(4)));
                    members.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new AssignedMember(rs.getString(1),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6) != null));
                }
            }
        }
        Map<String, List<ConflictDetector.DateSpan>> spans = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ms.member_id, ms.start_date, ms.end_date FROM ros_membership ms "
                + "WHERE ms.member_id IN (SELECT a.member_id FROM ros_shift s JOIN ros_assignment a ON a.shift_id = s.id "
                + "WHERE s.shift_date BETWEEN ? AND ?)")) {
            ps.setString(1, lo);
            ps.setString(2, hi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ConflictDetector.DateSpan(
                            LocalDate.parse(rs.getString(2)), rs.getString(3) == null ? null : LocalDate.parse(rs.getString(3))));
                }
            }
        }
        Map<String, List<ConflictDetector.Cert>> certs = new HashMap<>();
        boolean needsCerts = shifts.values().stream().anyMatch(s -> !s.skills().isEmpty());
        if (needsCerts) {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.member_id, c.skill_code, c.issued_on, c.expires_on FROM ros_certificate c "
                    + "WHERE c.member_id IN (SELECT a.member_id FROM ros_shift s JOIN ros_duty d ON d.id = s.duty_id "
                    + "JOIN ros_assignment a ON a.shift_id = s.id WHERE s.shift_date BETWEEN ? AND ? AND d.required_skills IS NOT NULL)")) {
                ps.setString(1, lo);
                ps.setString(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        certs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ConflictDetector.Cert(rs.getString(2),
                                LocalDate.parse(rs.getString(3)), rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4))));
                    }
                }
            }
        }
        Map<String, List<RosterIssue>> issues = ConflictDetector.detect(shifts.values().stream().map(ShiftRow::shift).toList(),
                assignments, spans, certs);
        List<RosterShift> out = new ArrayList<>();
        for (ShiftRow r : shifts.values()) {
            ConflictDetector.Shift s = r.shift();
            if (s.date().isBefore(from) || s.date().isAfter(to)) {
                continue;
            }
            out.add(new RosterShift(s.id(), r.dutyId(), r.kind(), s.title(), s.date(), s.start(), s.end(), r.place(), s.headcount(),
                    r.skills(), members.getOrDefault(s.id(), List.of()), issues.getOrDefault(s.id(), List.of())));
        }
        return out;
    }

    static List<String> skills(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
