package id.pilar.registry.impl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Registry numbers {@code REG-2026-000123}: a counter per year in {@code reg_nomor_urut},
 * advanced in the caller's transaction so a rolled-back registration leaves no gap.
 */
public final class RegistryNumbers {

    private RegistryNumbers() {
    }

    public static String next(Connection c, int year) throws SQLException {
        return format(year, reserve(c, year, 1));
    }

    /** Reserves {@code count} numbers and returns the first; for bulk writers. */
    public static long reserve(Connection c, int year, int count) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE reg_nomor_urut SET terakhir = terakhir + ? WHERE tahun = ?")) {
            up.setInt(1, count);
            up.setInt(2, year);
            if (up.executeUpdate() == 0) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO reg_nomor_urut (tahun, terakhir) VALUES (?, ?)")) {
                    ins.setInt(1, year);
                    ins.setInt(2, count);
                    ins.executeUpdate();
                }
                return 1;
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT terakhir FROM reg_nomor_urut WHERE tahun = ?")) {
            q.setInt(1, year);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) - count + 1;
            }
        }
    }

    public static String format(int year, long n) {
        return String.format("REG-%d-%06d", year, n);
    }
}
