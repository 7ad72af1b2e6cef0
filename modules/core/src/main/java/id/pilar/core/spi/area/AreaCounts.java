package id.pilar.core.spi.area;

import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.InstantText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The one way an {@link AreaIndicatorSource} turns an aggregate query into figures, so the four
 * sources differ only in their SQL. A query selects {@code (kode_kelurahan, kategori, count)}, or
 * {@code (kode_kelurahan, count)} for an indicator without categories; rows without a kelurahan
 * are left out (they cannot be placed on the map).
 */
public final class AreaCounts {

    private AreaCounts() {
    }

    /**
     * Runs {@code sql} with {@code params} (strings, numbers) and adds one figure per row.
     *
     * @param byCategory whether the query's second column is the category
     */
    public static void collect(Connection c, String sql, String indicator, boolean byCategory, List<AreaFigure> out,
            Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kelurahan = rs.getString(1);
                    if (kelurahan != null) {
                        String kategori = byCategory ? rs.getString(2) : null;
                        out.add(new AreaFigure(kelurahan, indicator, kategori, rs.getDouble(byCategory ? 3 : 2)));
                    }
                }
            }
        }
    }

    /** The UTC instant text ({@code created_at} columns) of the start of {@code day} in Jakarta. */
    public static String startOf(LocalDate day) {
        return InstantText.format(day.atStartOfDay(JakartaTime.ZONE).toInstant());
    }
}
