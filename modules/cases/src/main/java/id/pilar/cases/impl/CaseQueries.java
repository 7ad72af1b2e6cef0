package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseService.CaseSummary;
import id.pilar.cases.api.CaseService.WorkerLoad;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.RiskLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The case list and the case load in plain SQL: the filters map onto the indexes of
 * {@code case_file} (status, worker, kelurahan, category, source), "overdue" onto the open-task index.
 */
public final class CaseQueries {

    static final String COLUMNS = "c.id, c.nomor, c.nomor_lama, c.status, c.sumber, c.kategori_kode, c.risiko, c.pekerja, c.tanggal_buka, "
            + "c.kode_kelurahan, c.klien, c.menunggu, "
            + "CASE WHEN EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = c.id AND t.selesai_at IS NULL AND t.tenggat < ?) THEN 1 ELSE 0 END";

    private CaseQueries() {
    }

    /** The SQL of a filter and its arguments (the bench compares it with the service). */
    public static String sql(CaseFilter f, List<String> args, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        args.add(today.toString());
        if (f.status() != null) {
            where.append(" AND c.status = ?");
            args.add(f.status().name());
        }
        if (f.pekerja() != null && !f.pekerja().isBlank()) {
            where.append(" AND c.pekerja = ?");
            args.add(f.pekerja().trim());
        }
        if (f.kodeKelurahan() != null && !f.kodeKelurahan().isBlank()) {
            where.append(" AND c.kode_kelurahan = ?");
            args.add(f.kodeKelurahan());
        }
        if (f.kategoriKode() != null && !f.kategoriKode().isBlank()) {
            where.append(" AND c.kategori_kode = ?");
            args.add(f.kategoriKode());
        }
        if (f.sumber() != null) {
            where.append(" AND c.sumber = ?");
            args.add(f.sumber().name());
        }
        if (f.terlambat()) {
            where.append(" AND EXISTS (SELECT 1 FROM case_task t2 WHERE t2.case_id = c.id AND t2.selesai_at IS NULL AND t2.tenggat < ?)");
            args.add(today.toString());
        }
        if (f.teks() != null && !f.teks().isBlank()) {
            String t = f.teks().trim();
            where.append(" AND (c.nomor = ? OR c.nomor_lama = ? OR LOWER(c.klien) LIKE ?)");
            args.add(t.toUpperCase(Locale.ROOT));
            args.add(t);
            args.add("%" + t.toLowerCase(Locale.ROOT) + "%");
        }
        return "SELECT " + COLUMNS + " FROM case_file c" + where + " ORDER BY c.tanggal_buka DESC, c.nomor DESC LIMIT "
                + Math.max(1, Math.min(f.limit(), 5000));
    }

    static List<CaseSummary> list(Connection c, CaseFilter f, LocalDate today) throws SQLException {
        List<String> args = new ArrayList<>();
        return read(c, sql(f, args, today), args);
    }

    static List<CaseSummary> forPerson(Connection c, String personId, LocalDate today) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM case_file c WHERE c.id IN (SELECT case_id FROM case_client WHERE person_id = ?) "
                + "ORDER BY c.tanggal_buka DESC";
        return read(c, sql, List.of(today.toString(), personId));
    }

    private static List<CaseSummary> read(Connection c, String sql, List<String> args) throws SQLException {
        List<CaseSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String waiting = rs.getString(12);
                    out.add(new CaseSummary(rs.getString(1), rs.getString(2), rs.getString(3), CaseStatus.valueOf(rs.getString(4)),
                            CaseSource.valueOf(rs.getString(5)), rs.getString(6), RiskLevel.valueOf(rs.getString(7)), rs.getString(8),
                            LocalDate.parse(rs.getString(9)), rs.getString(10), rs.getString(11),
                            waiting == null ? null : ApprovalKind.valueOf(waiting), rs.getInt(13) != 0));
                }
            }
        }
        return out;
    }

    static List<WorkerLoad> caseLoad(Connection c, LocalDate today) throws SQLException {
        String sql = "SELECT c.pekerja, COUNT(*), "
                + "SUM(CASE WHEN EXISTS (SELECT 1 FROM case_task t WHERE t.case_id = c.id AND t.selesai_at IS NULL AND t.tenggat < ?) THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN c.menunggu IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN c.risiko = 'TINGGI' THEN 1 ELSE 0 END) "
                + "FROM case_file c WHERE c.status <> 'DITUTUP' GROUP BY c.pekerja ORDER BY COUNT(*) DESC, c.pekerja";
        List<WorkerLoad> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new WorkerLoad(rs.getString(1) == null ? "-" : rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return out;
    }
}
