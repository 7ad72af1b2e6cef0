package id.pilar.cases.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The case-number counter for bulk writers (import, demo data) on a JDBC connection. */
public final class NumberCounter {

    private NumberCounter() {
    }

    public static String prefix(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nilai FROM case_setting WHERE kunci = 'office.prefix'"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : "JP";
        }
    }

    /** The last number given for {@code prefix} and {@code year} (0 when none). */
    public static int last(Connection c, String prefix, int year) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_number_seq (prefix, tahun, terakhir) VALUES (?, ?, 0) ON CONFLICT (prefix, tahun) DO NOTHING")) {
            ins.setString(1, prefix);
            ins.setInt(2, year);
            ins.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT terakhir FROM case_number_seq WHERE prefix = ? AND tahun = ?")) {
            ps.setString(1, prefix);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static void set(Connection c, String prefix, int year, int last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_number_seq SET terakhir = ? WHERE prefix = ? AND tahun = ?")) {
            ps.setInt(1, last);
            ps.setString(2, prefix);
            ps.setInt(3, year);
            ps.executeUpdate();
        }
    }

    public static String format(String prefix, int year, int n) {
        return CaseNumbers.format(prefix, year, n);
    }
}
