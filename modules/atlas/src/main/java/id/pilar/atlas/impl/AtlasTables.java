package id.pilar.atlas.impl;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.persistence.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads of the atlas's own tables: saved weights and imported population. */
final class AtlasTables {

    private final Transactions tx;

    AtlasTables(Transactions tx) {
        this.tx = tx;
    }

    /** The weights a supervisor saved, by indicator id (empty until then). */
    Map<String, Double> savedWeights() {
        return tx.query(c -> {
            Map<String, Double> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT indicator_id, weight FROM atlas_weight ORDER BY indicator_id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getDouble(2));
                }
            }
            return out;
        });
    }

    /**
     * Inhabitants by kelurahan code: the latest imported year's figure, else the shipped 2024
     * figure (a kelurahan the import left out keeps its 2024 figure).
     */
    Map<String, Integer> population(List<Kelurahan> kelurahan) {
        Map<String, Integer> imported = tx.query(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kode_kelurahan, penduduk FROM atlas_population"
                    + " WHERE tahun = (SELECT MAX(tahun) FROM atlas_population)");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Kelurahan k : kelurahan) {
            out.put(k.kode(), imported.getOrDefault(k.kode(), k.penduduk2024()));
        }
        return out;
    }

    /** The latest year of imported population, or null while the shipped 2024 figures are used. */
    Integer populationYear() {
        return tx.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(tahun) FROM atlas_population");
                    ResultSet rs = ps.executeQuery()) {
                int y = rs.next() ? rs.getInt(1) : 0;
                return y > 0 ? y : null;
            }
        });
    }
}
