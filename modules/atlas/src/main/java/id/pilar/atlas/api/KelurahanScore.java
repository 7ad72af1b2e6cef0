package id.pilar.atlas.api;

import java.util.List;
import java.util.Map;

/**
 * A kelurahan's place in the vulnerability index.
 *
 * @param kode           Kemendagri code
 * @param nama           name
 * @param kodeKecamatan  Kemendagri code of its kecamatan
 * @param namaKecamatan  its kecamatan's name
 * @param population     inhabitants used for the per-capita figures
 * @param index          0..100
 * @param rank           1 = most vulnerable
 * @param previousIndex  the index one period earlier, null when it cannot be computed
 * @param previousRank   the rank one period earlier, null likewise
 * @param values         every indicator's shown value by indicator id (absent: source not installed)
 * @param drivers        contributions, largest first
 */
public record KelurahanScore(String kode, String nama, String kodeKecamatan, String namaKecamatan, int population,
        double index, int rank, Double previousIndex, Integer previousRank, Map<String, Double> values,
        List<Contribution> drivers) {
}
