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
     * A person counts as of a day when registered before its end, not merged into another record,
     * and holding a PPKS (or street-outreach) category that has begun and not ended by then.
     * PSKS categories are resources, not needs, and are left out.
     */
    private static final String PPKS_FROM = " FROM reg_person p JOIN reg_person_kategori k ON k.person_id = p.id"
            + " JOIN ref_kategori_kesos r ON r.kode = k.kode_kategori AND r.jenis <> 'PSKS'"
            + " WHERE p.status = 'AKTIF' AND p.kode_kelurahan IS NOT NULL AND p.created_at < ?"
            + " AND (k.mulai IS NULL OR k.mulai <= ?) AND (k.selesai IS NULL OR k.selesai > ?)";

    private static final String PPKS_BY_CATEGORY = "SELECT p.kode_kelurahan, k.kode_kategori, COUNT(DISTINCT p.id)"
            + PPKS_FROM + " GROUP BY p.kode_kelurahan, k.kode_kategori";

    private static final String PPKS_TOTAL = "SELECT p.kode_kelurahan, COUNT(DISTINCT p.id)" + PPKS_FROM
            + " GROUP BY p.kode_kelurahan";

    /** DTSEN is a snapshot: the latest import's deciles, whatever the day (its history is per person). */
    private static final String DTSEN = "SELECT kode_kelurahan, COUNT(DISTINCT COALESCE(nomor_kk, iddtks)) FROM dtsen_person"
            + " WHERE desil BETWEEN 1 AND 4 AND kode_kelurahan IS NOT NULL GROUP BY kode_kelurahan";

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
        String end = AreaCounts.startOf(period.toExclusive());
        String day = period.asOf().toString();
        return tx.query(c -> {
            List<AreaFigure> out = new ArrayList<>();
            AreaCounts.collect(c, PPKS_BY_CATEGORY, PPKS_PEOPLE, true, out, end, day, day);
            AreaCounts.collect(c, PPKS_TOTAL, PPKS_PEOPLE, false, out, end, day, day);
            AreaCounts.collect(c, DTSEN, DTSEN_POOR, false, out);
            return out;
        });
    }
}
