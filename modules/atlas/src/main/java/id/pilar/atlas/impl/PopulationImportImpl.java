package id.pilar.atlas.impl;

import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasPermissions;
import id.pilar.atlas.api.PopulationImport;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** Reads the population CSV, rejects what it cannot place, saves the rest in one transaction. */
@Messages({
    "# {0} - file", "ERR_PopulationFile=Berkas penduduk \"{0}\" tidak dapat dibaca.",
    "ERR_PopulationColumns=Berkas penduduk harus memiliki kolom kode_kemendagri (atau kode_bps), tahun dan jumlah_penduduk.",
    "# {0} - code", "REJ_Kelurahan=Kode \"{0}\" bukan kelurahan Jakarta Pusat.",
    "# {0} - value", "REJ_Year=Tahun \"{0}\" tidak sah (tulis misalnya 2025).",
    "# {0} - value", "REJ_Population=Jumlah penduduk \"{0}\" bukan bilangan bulat nol atau lebih.",
    "# {0} - kelurahan", "REJ_Twice=Kelurahan {0} muncul dua kali untuk tahun yang sama."
})
@ServiceProvider(service = PopulationImport.class)
public final class PopulationImportImpl implements PopulationImport {

    private static final List<String> CODE_COLUMNS = List.of("kode_kemendagri", "kode_bps", "kode");

    private final Transactions tx;

    public PopulationImportImpl() {
        this(Transactions.get());
    }

    PopulationImportImpl(Transactions tx) {
        this.tx = tx;
    }

    private record Row(String kode, int tahun, int penduduk) {
    }

    @Override
    public Result importCsv(Path file) {
        AccessControl.get().require(AtlasPermissions.IMPORT);
        List<Row> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                        .build().parse(r)) {
            Map<String, Integer> header = lowerCase(csv.getHeaderMap());
            String codeColumn = CODE_COLUMNS.stream().filter(header::containsKey).findFirst().orElse(null);
            if (codeColumn == null || !header.containsKey("tahun") || !header.containsKey("jumlah_penduduk")) {
                throw new AtlasException("ERR_PopulationColumns", Bundle.ERR_PopulationColumns());
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord rec : csv) {
                int line = (int) rec.getRecordNumber() + 1;
                String kode = field(rec, header, codeColumn);
                Optional<Kelurahan> k = ReferenceData.get().findKelurahan(kode);
                Integer tahun = number(field(rec, header, "tahun"));
                Integer penduduk = number(field(rec, header, "jumlah_penduduk"));
                String reason = null;
                if (k.isEmpty()) {
                    reason = Bundle.REJ_Kelurahan(kode);
                } else if (tahun == null || tahun < 1900 || tahun > 2200) {
                    reason = Bundle.REJ_Year(field(rec, header, "tahun"));
                } else if (penduduk == null) {
                    reason = Bundle.REJ_Population(field(rec, header, "jumlah_penduduk"));
                } else if (!seen.add(k.get().kode() + "|" + tahun)) {
                    reason = Bundle.REJ_Twice(k.get().nama());
                }
                if (reason != null) {
                    rejects.add(new Reject(line, kode, reason));
                } else {
                    rows.add(new Row(k.get().kode(), tahun, penduduk));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new AtlasException("ERR_PopulationFile", Bundle.ERR_PopulationFile(file.getFileName()), e, file.getFileName());
        }
        save(rows, file.getFileName().toString());
        Set<Integer> years = new TreeSet<>();
        rows.forEach(row -> years.add(row.tahun()));
        return new Result(rows.size(), List.copyOf(years), List.copyOf(rejects));
    }

    private void save(List<Row> rows, String sumber) {
        String at = InstantText.format(JakartaTime.now());
        tx.jdbc(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM atlas_population WHERE kode_kelurahan = ? AND tahun = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO atlas_population"
                            + " (kode_kelurahan, tahun, penduduk, sumber, imported_at) VALUES (?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    del.setString(1, row.kode());
                    del.setInt(2, row.tahun());
                    del.addBatch();
                    ins.setString(1, row.kode());
                    ins.setInt(2, row.tahun());
                    ins.setInt(3, row.penduduk());
                    ins.setString(4, sumber);
                    ins.setString(5, at);
                    ins.addBatch();
                }
                del.executeBatch();
                ins.executeBatch();
            }
            return null;
        });
    }

    private static Map<String, Integer> lowerCase(Map<String, Integer> header) {
        Map<String, Integer> out = new java.util.HashMap<>();
        header.forEach((k, v) -> out.put(k.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), v));
        return out;
    }

    private static String field(CSVRecord rec, Map<String, Integer> header, String column) {
        int i = header.get(column);
        return i < rec.size() ? rec.get(i).strip() : "";
    }

    private static Integer number(String text) {
        String digits = text.replace(".", "").replace(",", "").strip();
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
