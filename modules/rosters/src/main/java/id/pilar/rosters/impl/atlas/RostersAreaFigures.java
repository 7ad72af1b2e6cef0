package id.pilar.rosters.impl.atlas;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaCounts;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.rosters.api.RostersPermissions;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The pillars' coverage for the atlas: members living in the kelurahan with a membership running
 * on the period's last day (more is better), and the TKSK on duty in the kelurahan's kecamatan.
 * A TKSK serves a whole kecamatan (its {@code tksk_kecamatan_kode}, SK in force that day), so every
 * kelurahan of the kecamatan gets the kecamatan's count.
 */
@Messages({
    "IND_ActiveMembers=Anggota pilar aktif",
    "IND_Tksk=TKSK bertugas di kecamatan"
})
@ServiceProvider(service = AreaIndicatorSource.class, position = 400)
public final class RostersAreaFigures implements AreaIndicatorSource {

    public static final String ACTIVE_MEMBERS = "rosters.active_members";
    public static final String TKSK = "rosters.tksk_kecamatan";

    private static final String MEMBERS = "SELECT m.kelurahan_kode, COUNT(DISTINCT m.id) FROM ros_member m"
            + " JOIN ros_membership ms ON ms.member_id = m.id"
            + " WHERE ms.start_date <= ? AND (ms.end_date IS NULL OR ms.end_date > ?) GROUP BY m.kelurahan_kode";

    private static final String TKSK_SQL = "SELECT k.kode, COUNT(m.id) FROM ref_kelurahan k"
            + " JOIN ros_member m ON m.tksk_kecamatan_kode = k.kode_kecamatan"
            + " WHERE (m.tksk_sk_valid_from IS NULL OR m.tksk_sk_valid_from <= ?)"
            + " AND (m.tksk_sk_valid_until IS NULL OR m.tksk_sk_valid_until >= ?) GROUP BY k.kode";

    private final Transactions tx;

    public RostersAreaFigures() {
        this(Transactions.get());
    }

    public RostersAreaFigures(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return "rosters";
    }

    @Override
    public List<AreaIndicator> indicators() {
        return List.of(
                new AreaIndicator(ACTIVE_MEMBERS, Bundle.IND_ActiveMembers(), 10_000, false, false, true),
                new AreaIndicator(TKSK, Bundle.IND_Tksk(), 0, false, false, false));
    }

    @Override
    public List<AreaFigure> figures(AreaPeriod period) {
        AccessControl.get().require(RostersPermissions.READ);
        String day = period.asOf().toString();
        return tx.query(c -> {
            List<AreaFigure> out = new ArrayList<>();
            AreaCounts.collect(c, MEMBERS, ACTIVE_MEMBERS, false, out, day, day);
            AreaCounts.collect(c, TKSK_SQL, TKSK, false, out, day, day);
            return out;
        });
    }
}
