package id.pilar.atlas.impl;

import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.openide.util.NbBundle.Messages;

/**
 * The monthly report's three tables from one set of figures: per kecamatan, per kelurahan (with
 * the index and rank at the month's end) and per PPKS category. Counts are the sources' raw
 * counts (never per inhabitant) so that the rows add up to the totals. An indicator whose id ends
 * in {@code _kecamatan} is a kecamatan's figure repeated in each of its kelurahan: a kecamatan
 * takes it once, and the total adds the kecamatan.
 */
@Messages({
    "TBL_Kecamatan=Rekap per kecamatan",
    "TBL_Kelurahan=Rekap per kelurahan",
    "TBL_Kategori=Rekap per kategori PPKS",
    "COL_Code=Kode", "COL_Kecamatan=Kecamatan", "COL_Kelurahan=Kelurahan", "COL_Kategori=Kategori",
    "COL_Population=Penduduk", "COL_Index=Indeks", "COL_Rank=Peringkat", "ROW_Total=Jumlah"
})
final class MonthlyTables {

    private MonthlyTables() {
    }

    /** Indicators of the report: every source's, without the atlas's own population (a column of its own). */
    static List<AreaIndicator> counted(List<AreaIndicator> indicators) {
        return indicators.stream().filter(i -> !AtlasServiceImpl.POPULATION.equals(i.id())).toList();
    }

    static boolean kecamatanLevel(AreaIndicator i) {
        return i.id().endsWith("_kecamatan");
    }

    static List<ReportTable> build(List<AreaIndicator> indicators, List<AreaFigure> figures, List<Kecamatan> kecamatan,
            List<Kelurahan> kelurahan, Map<String, Integer> population, VulnerabilityIndex index, List<KategoriKesos> kategori) {
        List<AreaIndicator> counted = counted(indicators);
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byCategory = new TreeMap<>();
        for (AreaFigure f : figures) {
            long v = Math.round(f.value());
            if (f.kategori() == null) {
                totals.computeIfAbsent(f.indicator(), x -> new LinkedHashMap<>()).merge(f.kelurahan(), v, Long::sum);
            } else {
                byCategory.computeIfAbsent(f.kategori(), x -> new LinkedHashMap<>()).merge(f.indicator(), v, Long::sum);
            }
        }
        return List.of(perKecamatan(counted, totals, kecamatan, kelurahan, population),
                perKelurahan(counted, totals, kecamatan, kelurahan, population, index),
                perKategori(counted, byCategory, kategori));
    }

    private static long count(Map<String, Map<String, Long>> totals, AreaIndicator i, String kel) {
        return totals.getOrDefault(i.id(), Map.of()).getOrDefault(kel, 0L);
    }

    /** A kecamatan's count: the sum of its kelurahan, or for a kecamatan-level figure the one value. */
    private static long kecamatanCount(Map<String, Map<String, Long>> totals, AreaIndicator i, List<Kelurahan> of) {
        long sum = 0;
        long max = 0;
        for (Kelurahan k : of) {
            long v = count(totals, i, k.kode());
            sum += v;
            max = Math.max(max, v);
        }
        return kecamatanLevel(i) ? max : sum;
    }

    private static ReportTable perKecamatan(List<AreaIndicator> counted, Map<String, Map<String, Long>> totals,
            List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, Map<String, Integer> population) {
        List<String> headers = new ArrayList<>(List.of(Bundle.COL_Code(), Bundle.COL_Kecamatan(), Bundle.COL_Population()));
        counted.forEach(i -> headers.add(i.label()));
        List<List<Object>> rows = new ArrayList<>();
        long[] sum = new long[counted.size() + 1];
        for (Kecamatan kc : kecamatan) {
            List<Kelurahan> of = kelurahan.stream().filter(k -> k.kodeKecamatan().equals(kc.kode())).toList();
            List<Object> row = new ArrayList<>(List.of(kc.kode(), kc.nama()));
            long pop = of.stream().mapToLong(k -> population.getOrDefault(k.kode(), 0)).sum();
            row.add(pop);
            sum[0] += pop;
            for (int j = 0; j < counted.size(); j++) {
                long v = kecamatanCount(totals, counted.get(j), of);
                row.add(v);
                sum[j + 1] += v;
            }
            rows.add(row);
        }
        rows.add(totalRow(2, sum, 0));
        return new ReportTable(Bundle.TBL_Kecamatan(), List.copyOf(headers), List.copyOf(rows), true);
    }

    private static ReportTable perKelurahan(List<AreaIndicator> counted, Map<String, Map<String, Long>> totals,
            List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, Map<String, Integer> population, VulnerabilityIndex index) {
        List<String> headers = new ArrayList<>(List.of(Bundle.COL_Code(), Bundle.COL_Kelurahan(), Bundle.COL_Kecamatan(),
                Bundle.COL_Population()));
        counted.forEach(i -> headers.add(i.label()));
        headers.add(Bundle.COL_Index());
        headers.add(Bundle.COL_Rank());
        Map<String, KelurahanScore> scores = new LinkedHashMap<>();
        if (index != null) {
            index.rows().forEach(s -> scores.put(s.kode(), s));
        }
        List<List<Object>> rows = new ArrayList<>();
        long[] sum = new long[counted.size() + 1];
        for (Kelurahan k : kelurahan) {
            List<Object> row = new ArrayList<>(List.of(k.kode(), k.nama(), k.namaKecamatan()));
            long pop = population.getOrDefault(k.kode(), 0);
            row.add(pop);
            sum[0] += pop;
            for (int j = 0; j < counted.size(); j++) {
                long v = count(totals, counted.get(j), k.kode());
                row.add(v);
                if (!kecamatanLevel(counted.get(j))) {
                    sum[j + 1] += v;
                }
            }
            KelurahanScore s = scores.get(k.kode());
            row.add(s == null ? "" : ReportTable.oneDecimal(s.index()));
            row.add(s == null ? "" : (Object) (long) s.rank());
            rows.add(row);
        }
        // Kecamatan-level figures count once per kecamatan in the total, as in the kecamatan table.
        for (int j = 0; j < counted.size(); j++) {
            if (kecamatanLevel(counted.get(j))) {
                AreaIndicator i = counted.get(j);
                for (Kecamatan kc : kecamatan) {
                    sum[j + 1] += kecamatanCount(totals, i, kelurahan.stream().filter(k -> k.kodeKecamatan().equals(kc.kode())).toList());
                }
            }
        }
        rows.add(totalRow(3, sum, 2));
        return new ReportTable(Bundle.TBL_Kelurahan(), List.copyOf(headers), List.copyOf(rows), true);
    }

    private static ReportTable perKategori(List<AreaIndicator> counted, Map<String, Map<String, Long>> byCategory,
            List<KategoriKesos> kategori) {
        List<AreaIndicator> split = counted.stream().filter(AreaIndicator::byCategory).toList();
        List<String> headers = new ArrayList<>(List.of(Bundle.COL_Code(), Bundle.COL_Kategori()));
        split.forEach(i -> headers.add(i.label()));
        Map<String, String> names = new LinkedHashMap<>();
        kategori.forEach(k -> names.put(k.kode(), k.nama()));
        Function<String, String> name = code -> names.getOrDefault(code, code);
        List<List<Object>> rows = new ArrayList<>();
        long[] sum = new long[split.size()];
        for (Map.Entry<String, Map<String, Long>> e : byCategory.entrySet()) {
            List<Object> row = new ArrayList<>(List.of(e.getKey(), name.apply(e.getKey())));
            boolean any = false;
            for (int j = 0; j < split.size(); j++) {
                long v = e.getValue().getOrDefault(split.get(j).id(), 0L);
                row.add(v);
                sum[j] += v;
                any |= v != 0;
            }
            if (any) {
                rows.add(row);
            }
        }
        rows.add(totalRow(1, sum, 0));
        return new ReportTable(Bundle.TBL_Kategori(), List.copyOf(headers), List.copyOf(rows), true);
    }

    /** The total: "Jumlah" over {@code textCells} text columns, then the sums, then {@code after} empty cells. */
    private static List<Object> totalRow(int textCells, long[] sums, int after) {
        List<Object> row = new ArrayList<>();
        row.add(Bundle.ROW_Total());
        for (int i = 1; i < textCells; i++) {
            row.add("");
        }
        for (long s : sums) {
            row.add(s);
        }
        for (int i = 0; i < after; i++) {
            row.add("");
        }
        return row;
    }
}
