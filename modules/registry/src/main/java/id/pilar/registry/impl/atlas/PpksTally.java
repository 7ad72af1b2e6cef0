package id.pilar.registry.impl.atlas;

import id.pilar.core.spi.area.AreaFigure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People in need per kelurahan, per category and in total, counted in one pass over rows
 * {@code (person, kelurahan, category)} ordered by person and category: a person counts once per
 * category (a category recorded twice for the same period counts once) and once in the total,
 * however many categories they hold.
 */
final class PpksTally {

    private final Map<String, Integer> total = new TreeMap<>();
    private final Map<String, Map<String, Integer>> byCategory = new TreeMap<>();

    /** Runs {@code sql}, whose two parameters are both the day, and counts its rows. */
    static PpksTally count(Connection c, String sql, String day) throws SQLException {
        PpksTally tally = new PpksTally();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, day);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                String person = null;
                String kategori = null;
                while (rs.next()) {
                    String p = rs.getString(1);
                    String kelurahan = rs.getString(2);
                    String k = rs.getString(3);
                    boolean newPerson = !p.equals(person);
                    if (newPerson) {
                        tally.total.merge(kelurahan, 1, Integer::sum);
                    }
                    if (newPerson || !Objects.equals(k, kategori)) {
                        tally.byCategory.computeIfAbsent(kelurahan, x -> new TreeMap<>()).merge(k, 1, Integer::sum);
                    }
                    person = p;
                    kategori = k;
                }
            }
        }
        return tally;
    }

    /** Adds one figure per kelurahan and category, and one total per kelurahan, of {@code indicator}. */
    void addTo(String indicator, List<AreaFigure> out) {
        byCategory.forEach((kelurahan, counts) -> counts.forEach((kategori, n) ->
                out.add(new AreaFigure(kelurahan, indicator, kategori, n))));
        total.forEach((kelurahan, n) -> out.add(new AreaFigure(kelurahan, indicator, null, n)));
    }
}
