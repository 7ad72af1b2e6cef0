package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.Masks;
import id.pilar.rosters.api.MemberFacts;
import id.pilar.rosters.api.MemberRef;
import id.pilar.rosters.api.OrganisationFacts;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.TaganaRank;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The set-wise reads behind {@link PillarRecordsImpl#memberFacts} and
 * {@link PillarRecordsImpl#organisationFacts}: one query per kind of fact over all members,
 * grouped in SQL, merged in memory. Thousands of members cost a handful of scans, not thousands of calls.
 */
final class BulkFacts {

    private BulkFacts() {
    }

    static List<MemberFacts> members(Connection c, LocalDate asOf, ReportPeriod p, int maxGapDays) throws SQLException {
        String d = asOf.toString();
        Map<String, List<ServiceContinuity.Span>> spans = new HashMap<>();
        Map<String, Set<String>> psks = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ms.member_id, ms.start_date, ms.end_date, o.psks_kode "
                + "FROM ros_membership ms JOIN ros_organisation o ON o.id = ms.organisation_id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = LocalDate.parse(rs.getString(2));
                    String end = rs.getString(3);
                    LocalDate to = end == null ? null : LocalDate.parse(end);
                    spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ServiceContinuity.Span(from, to));
                    if (!from.isAfter(asOf) && (to == null || !to.isBefore(asOf))) {
                        psks.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(4));
                    }
                }
            }
        }
        Map<String, Long> minutes = sums(c, "SELECT member_id, SUM(minutes) FROM ros_attendance WHERE work_date BETWEEN ? AND ? GROUP BY member_id", p);
        sums(c, "SELECT member_id, SUM(delta_minutes) FROM ros_hours_correction WHERE work_date BETWEEN ? AND ? GROUP BY member_id", p)
                .forEach((k, v) -> minutes.merge(k, v, Long::sum));
        Map<String, Long> deployments = sums(c, "SELECT a.member_id, COUNT(*) FROM ros_assignment a JOIN ros_shift s ON s.id = a.shift_id "
                + "WHERE s.shift_date BETWEEN ? AND ? GROUP BY a.member_id", p);
        Map<String, Long> certificates = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT member_id, COUNT(*) FROM ros_certificate WHERE issued_on <= ? "
                + "AND (expires_on IS NULL OR expires_on >= ?) GROUP BY member_id")) {
            ps.setString(1, d);
            ps.setString(2, d);
            collect(ps, certificates);
        }
        boolean unmasked = AccessControl.get().canSee(AccessControl.Sensitive.NIK_KK);
        List<MemberFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.nik, m.full_name, m.kelurahan_kode, k.kode_kecamatan, m.tagana_rank "
                + "FROM ros_member m LEFT JOIN ref_kelurahan k ON k.kode = m.kelurahan_kode ORDER BY m.full_name, m.id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    List<ServiceContinuity.Span> own = spans.getOrDefault(id, List.of());
                    LocalDate first = own.stream().map(ServiceContinuity.Span::from).min(LocalDate::compareTo).orElse(null);
                    String nik = unmasked ? rs.getString(2) : Masks.identityNumber(rs.getString(2));
                    String rank = rs.getString(6);
                    out.add(new MemberFacts(new MemberRef(id, nik, rs.getString(3)), rs.getString(4), rs.getString(5),
                            rank == null ? null : TaganaRank.valueOf(rank), psks.getOrDefault(id, Set.of()),
                            ServiceContinuity.periods(own, asOf, maxGapDays), first, minutes.getOrDefault(id, 0L),
                            deployments.getOrDefault(id, 0L).intValue(), certificates.getOrDefault(id, 0L).intValue()));
                }
            }
        }
        return out;
    }

    static List<OrganisationFacts> organisations(Connection c, LocalDate asOf, ReportPeriod p) throws SQLException {
        String d = asOf.toString();
        Map<String, Long> minutes = sums(c, "SELECT organisation_id, SUM(minutes) FROM ros_attendance WHERE work_date BETWEEN ? AND ? "
                + "AND organisation_id IS NOT NULL GROUP BY organisation_id", p);
        sums(c, "SELECT organisation_id, SUM(delta_minutes) FROM ros_hours_correction WHERE work_date BETWEEN ? AND ? "
                + "AND organisation_id IS NOT NULL GROUP BY organisation_id", p).forEach((k, v) -> minutes.merge(k, v, Long::sum));
        Map<String, Long> active = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT organisation_id, COUNT(DISTINCT member_id) FROM ros_membership "
                + "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) GROUP BY organisation_id")) {
            ps.setString(1, d);
            ps.setString(2, d);
            collect(ps, active);
        }
        List<OrganisationFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.registration_number, o.name, o.psks_kode, o.kelurahan_kode, "
                + "k.kode_kecamatan, o.sk_valid_from, o.sk_valid_until FROM ros_organisation o "
                + "LEFT JOIN ref_kelurahan k ON k.kode = o.kelurahan_kode ORDER BY o.name, o.id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(7);
                    String until = rs.getString(8);
                    boolean sk = from != null && from.compareTo(d) <= 0 && (until == null || until.compareTo(d) >= 0);
                    String id = rs.getString(1);
                    out.add(new OrganisationFacts(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            sk, active.getOrDefault(id, 0L).intValue(), minutes.getOrDefault(id, 0L)));
                }
            }
        }
        return out;
    }

    private static Map<String, Long> sums(Connection c, String sql, ReportPeriod p) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().toString());
            collect(ps, out);
        }
        return out;
    }

    private static void collect(PreparedStatement ps, Map<String, Long> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.put(rs.getString(1), rs.getLong(2));
            }
        }
    }
}
