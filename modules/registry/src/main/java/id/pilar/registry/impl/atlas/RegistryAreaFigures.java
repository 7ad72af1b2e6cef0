package id.pilar.registry.impl.atlas;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaCounts;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.registry.api.RegistryPermissions;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The registry's figures for the atlas: people in need (PPKS) by kelurahan of residence, per
 * category and in total, and DTSEN households in the poorest four deciles. Counts only, by plain
 * aggregate SQL (no entity is loaded), so it stays fast over a million people.
 */
@Messages({
    "IND_PpksPeople=Penduduk PPKS terdaftar",
    "IND_DtsenPoor=Keluarga DTSEN desil 1–4"
})
@ServiceProvider(service = AreaIndicatorSource.class, position = 100)
public final class RegistryAreaFigures implements AreaIndicatorSource {

    public static final String PPKS_PEOPLE = "registry.ppks_people";
    public static final String DTSEN_POOR = "registry.dtsen_d1_4";

    /**
     * A person counts as of a day when not merged into another record and holding a PPKS (or
     * street-outreach) category that has begun ({@code mulai}, or no start recorded) and not ended
     * by then: the category's dates say since when the need is known, not the day the record was
     * typed in. PSKS categories are resources, not needs, and are left out.
     *
     * <p>One pass gives both the per-category counts and the total (a person with two categories
     * counts once in the total): the categories in force, person by person in the order of
     * {@code ix_reg_person_kategori_atlas}, each joined to its person through
     * {@code ix_reg_person_atlas} (both covering, registry V6). {@code CROSS JOIN} keeps SQLite
     * from starting at the people (a million probes instead of one per category row); the counting
     * is done while reading, so no temporary B-tree sorts the rows (the two {@code COUNT(DISTINCT)}
     * queries this replaces sorted them twice per period).
     */
    static final String PPKS_ROWS = "SELECT k.person_id, p.kode_kelurahan, k.kode_kategori"
            + " FROM reg_person_kategori k CROSS JOIN reg_person p"
            + " WHERE p.id = k.person_id AND p.status = 'AKTIF' AND p.kode_kelurahan IS NOT NULL"
            + " AND k.kode_kategori IN (SELECT r.kode FROM ref_kategori_kesos r WHERE r.jenis <> 'PSKS')"
            + " AND (k.mulai IS NULL OR k.mulai <= ?) AND (k.selesai IS NULL OR k.selesai > ?)"
            + " ORDER BY k.person_id, k.kode_kategori";

    /**
     * DTSEN is a snapshot: the latest import's deciles, whatever the day (its history is per
     * person). The import keeps the count per kelurahan in {@code dtsen_kelurahan_miskin}
     * (registry V8, {@code PoorHouseholds}): 44 rows, whatever the extract's size.
     */
    private static final String DTSEN = "SELECT kode_kelurahan, jumlah_kk FROM dtsen_kelurahan_miskin";

    private final Transactions tx;

    public RegistryAreaFigures() {
        this(Transactions.get());
    }

    public RegistryAreaFigures(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return "registry";
    }

    @Override
    public List<AreaIndicator> indicators() {
        return List.of(
                new AreaIndicator(PPKS_PEOPLE, Bundle.IND_PpksPeople(), 1_000, true, true, true),
                new AreaIndicator(DTSEN_POOR, Bundle.IND_DtsenPoor(), 1_000, true, false, true));
    }

    @Override
    public List<AreaFigure> figures(AreaPeriod period) {
        AccessControl.get().require(RegistryPermissions.READ);
        String day = period.asOf().toString();
        return tx.query(c -> {
            List<AreaFigure> out = new ArrayList<>();
            PpksTally.count(c, PPKS_ROWS, day).addTo(PPKS_PEOPLE, out);
            AreaCounts.collect(c, DTSEN, DTSEN_POOR, false, out);
            return out;
        });
    }
}
