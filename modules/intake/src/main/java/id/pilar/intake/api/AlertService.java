package id.pilar.intake.api;

import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;

/**
 * Early warning: weekly (Monday–Sunday) counts of reports per hotspot, kelurahan and category
 * compared with a robust baseline of the previous weeks (rule in the module README).
 */
public interface AlertService {

    /**
     * Recomputes the alerts of the 7 days ending on {@code hariTerakhir} for every hotspot,
     * kelurahan and category (one transaction); alerts that no longer hold are withdrawn, and
     * acknowledgements are kept.
     */
    List<Alert> recompute(LocalDate hariTerakhir);

    /** The alerts of the last computation, unacknowledged first, biggest rise first. */
    List<Alert> current();

    Alert acknowledge(String alertId, int version, String catatan);

    /** Weekly counts of one hotspot (all categories) with the baseline band, oldest first. */
    default List<WeekPoint> trend(String hotspotId, LocalDate hariTerakhir, int minggu) {
        return trend(hotspotId, null, hariTerakhir, minggu);
    }

    /**
     * Weekly counts of one hotspot and one PPKS category ({@code null}: all categories summed) with
     * the baseline band the rule computes for exactly that series, oldest first: the trend an alert
     * of that hotspot and category was raised on.
     */
    List<WeekPoint> trend(String hotspotId, String kategoriKode, LocalDate hariTerakhir, int minggu);

    /** Daily counts of the 7 days ending on {@code hariTerakhir} per hotspot. */
    List<DayCount> daily(LocalDate hariTerakhir);

    Thresholds thresholds();

    /** Supervisor: edits the rule's thresholds. */
    Thresholds setThresholds(Thresholds t);

    static AlertService get() {
        return Lookup.getDefault().lookup(AlertService.class);
    }

    /**
     * @param tingkat   {@code TITIK} (hotspot) or {@code KELURAHAN}
     * @param dasar     expected count (the baseline)
     * @param batas     the count from which the rise is significant
     */
    record Alert(String id, int version, LocalDate minggu, String tingkat, String tempatKode, String tempat,
            String kategoriKode, String kategori, int jumlah, double dasar, int batas, String keterangan,
            boolean diakui, String diakuiOleh, String catatanAkui) {
    }

    /** One week of a trend: its Monday, the count, and the baseline band (null without history). */
    record WeekPoint(LocalDate minggu, int jumlah, Double dasar, Integer batas) {
    }

    record DayCount(LocalDate tanggal, String hotspotId, String tempat, int jumlah) {
    }

    /**
     * @param jumlahMinimum a week needs at least this many reports to alert
     * @param peluang       the Poisson tail probability below which a count is a significant rise
     * @param mingguDasar   weeks of history for the baseline (8–12)
     */
    record Thresholds(int jumlahMinimum, double peluang, int mingguDasar) {
    }
}
