package id.pilar.intake.impl.points;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.core.spi.area.AreaPoint;
import id.pilar.core.spi.area.AreaPointSource;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.impl.IntakeSchema;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The intake's points for the atlas map: every active hotspot with coordinates, and the reports
 * of the period that carry coordinates (duplicates left out, as in the counts). Labels hold the
 * report's number, category and head count: never the reporter or the description. (A package
 * of its own: intake's atlas figures, {@code AreaIndicatorSource}, live in {@code impl.atlas}.)
 */
@ServiceProvider(service = AreaPointSource.class)
@Messages({
    "# {0} - report number", "# {1} - category", "# {2} - people", "POINT_Report={0}: {1}, {2} orang",
    "# {0} - hotspot name", "POINT_Hotspot=Titik rawan {0}"
})
public final class IntakeAreaPoints implements AreaPointSource {

    public static final String KIND_REPORT = "intake.report";
    public static final String KIND_HOTSPOT = "intake.hotspot";

    private final Transactions tx;

    public IntakeAreaPoints() {
        this(null);
    }

    public IntakeAreaPoints(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public String moduleId() {
        return IntakeSchema.MODULE_ID;
    }

    @Override
    public List<AreaPoint> points(AreaPeriod period) {
        AccessControl.get().require(IntakePermissions.READ);
        Transactions t = tx != null ? tx : Transactions.get();
        return t.query(c -> {
            List<AreaPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, nama, kode_kelurahan, lintang_e6, bujur_e6 FROM intake_hotspot"
                    + " WHERE aktif = 1 AND lintang_e6 IS NOT NULL AND bujur_e6 IS NOT NULL ORDER BY nama");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AreaPoint(KIND_HOTSPOT, rs.getString(1), Bundle.POINT_Hotspot(rs.getString(2)),
                            rs.getInt(4) / 1e6, rs.getInt(5) / 1e6, rs.getString(3), null));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, nomor, kategori_kode, jumlah_orang, lintang_e6, bujur_e6, kode_kelurahan, tanggal"
                    + " FROM intake_report WHERE tanggal >= ? AND tanggal < ? AND lintang_e6 IS NOT NULL AND bujur_e6 IS NOT NULL"
                    + " AND status <> 'DUPLIKAT' ORDER BY tanggal, nomor")) {
                ps.setString(1, period.from().toString());
                ps.setString(2, period.toExclusive().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String kategori = ReferenceData.get().kategori(rs.getString(3)).map(KategoriKesos::nama).orElse(rs.getString(3));
                        out.add(new AreaPoint(KIND_REPORT, rs.getString(1), Bundle.POINT_Report(rs.getString(2), kategori, rs.getInt(4)),
                                rs.getInt(5) / 1e6, rs.getInt(6) / 1e6, rs.getString(7), LocalDate.parse(rs.getString(8))));
                    }
                }
            }
            return out;
        });
    }
}
