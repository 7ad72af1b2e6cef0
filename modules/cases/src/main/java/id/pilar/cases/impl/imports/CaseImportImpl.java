package id.pilar.cases.impl.imports;

import id.pilar.cases.api.CaseImport;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.ClosureReason;
import id.pilar.core.api.identity.NikCheck;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.lib.tables.api.Headers;
import id.pilar.lib.tables.api.Table;
import id.pilar.lib.tables.api.TableFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The old-case-list import. Checking costs little (reference lookups in memory, one query for
 * the numbers imported before); writing is plain JDBC in one transaction, with the audit rows
 * of one Envers revision written alongside, so the history shows the import like any change.
 */
@ServiceProvider(service = CaseImport.class)
@Messages({
    "# {0} - columns", "ERR_MissingColumns=Kolom wajib tidak ada: {0}",
    "ERR_NoNumber=nomor_kasus kosong",
    "# {0} - number", "# {1} - row", "ERR_DuplicateInFile=nomor_kasus {0} sudah ada di baris {1} berkas ini",
    "# {0} - reason", "ERR_BadNik=NIK tidak sah: {0}",
    "ERR_NoName=nama kosong",
    "# {0} - value", "ERR_BadSex=jenis_kelamin tidak dikenal: {0}",
    "# {0} - column", "# {1} - value", "ERR_BadDate={0} tidak terbaca: {1} (format dd/MM/yyyy)",
    "# {0} - column", "ERR_FutureDate={0} setelah hari ini",
    "# {0} - column", "ERR_Required={0} wajib diisi",
    "# {0} - value", "ERR_BadSource=sumber tidak dikenal: {0} (penjangkauan, laporan, datang langsung, rujukan, hotline)",
    "# {0} - value", "ERR_BadCategory=kategori tidak dikenal: {0}",
    "# {0} - value", "ERR_BadStatus=status tidak dikenal: {0}",
    "# {0} - value", "ERR_BadKelurahan=kelurahan tidak dikenal: {0}",
    "ERR_ClosedNeedsDate=status Ditutup perlu tanggal_tutup",
    "ERR_ClosedNeedsReason=status Ditutup perlu alasan_tutup",
    "# {0} - value", "ERR_BadReason=alasan_tutup tidak dikenal: {0} (selesai, dirujuk, dipulangkan, meninggal, hilang kontak, lainnya)",
    "ERR_CloseBeforeOpen=tanggal_tutup sebelum tanggal_buka",
    "ERR_OpenHasClosing=tanggal_tutup atau alasan_tutup diisi, tetapi status bukan Ditutup",
    "# {0} - file", "LOG_Imported=Diimpor dari daftar kasus lama ({0})",
    "ERR_Cancelled=Impor dibatalkan; tidak ada kasus yang disimpan.",
    "COL_Row=baris", "COL_Reason=alasan"
})
public final class CaseImportImpl implements CaseImport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** A date cell of a workbook, as the shared reader gives it (a typed or CSV date is dd/MM/yyyy). */
    private static final java.util.regex.Pattern ISO_CELL = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private final Transactions tx;

    public CaseImportImpl() {
        this(Transactions.get());
    }

    public CaseImportImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Preview preview(Path file) throws IOException {
        AccessControl.get().require(CasesPermissions.IMPORT);
        Table table = TableFiles.read(file);
        List<String> keys = table.header().stream().map(Headers::normalise).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !keys.contains(Headers.normalise(c))).toList();
        if (!missing.isEmpty()) {
            throw new IOException(Bundle.ERR_MissingColumns(String.join(", ", missing)));
        }
        Map<String, Integer> col = new HashMap<>();
        for (String c : COLUMNS) {
            col.put(c, keys.indexOf(Headers.normalise(c)));
        }
        Map<String, String> imported = tx.query(c -> {
            Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT nomor_lama, id FROM case_file WHERE nomor_lama IS NOT NULL");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
        LocalDate today = LocalDate.now(id.pilar.ui.api.Formats.JAKARTA);
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Table.Row line : table.rows()) {
            java.util.function.Function<String, String> v = name -> line.value(col.get(name));
            try {
                String nomor = v.apply("nomor_kasus");
                if (nomor.isEmpty()) {
                    throw new CasesException("ERR_NoNumber", Bundle.ERR_NoNumber());
                }
                Integer earlier = seen.putIfAbsent(nomor, line.number());
                if (earlier != null) {
                    throw new CasesException("ERR_DuplicateInFile", Bundle.ERR_DuplicateInFile(nomor, earlier), nomor, earlier);
                }
                rows.add(check(line.number(), v, today, imported.get(nomor), nomor));
            } catch (CasesException e) {
                rejects.add(new Reject(line.number(), e.getMessage(), line.values()));
            }
        }
        return new Preview(file, table.header(), rows, rejects);
    }

    private static Row check(int number, java.util.function.Function<String, String> v, LocalDate today, String existing, String nomor) {
        String nik = v.apply("nik");
        if (!nik.isEmpty()) {
            NikCheck c = NikValidator.check(nik);
            if (!c.valid()) {
                throw new CasesException("ERR_BadNik", Bundle.ERR_BadNik(c.firstError()), c.firstError());
            }
            nik = c.nik();
        }
        String nama = v.apply("nama");
        if (nama.isEmpty()) {
            throw new CasesException("ERR_NoName", Bundle.ERR_NoName());
        }
        Sex sex = null;
        if (!v.apply("jenis_kelamin").isEmpty()) {
            sex = Sex.parse(v.apply("jenis_kelamin"));
            if (sex == null) {
                throw new CasesException("ERR_BadSex", Bundle.ERR_BadSex(v.apply("jenis_kelamin")), v.apply("jenis_kelamin"));
            }
        }
        LocalDate born = date("tanggal_lahir", v.apply("tanggal_lahir"), today, false);
        LocalDate opened = date("tanggal_buka", v.apply("tanggal_buka"), today, true);
        CaseSource source = CaseSource.byWord(v.apply("sumber"))
                .orElseThrow(() -> new CasesException("ERR_BadSource", Bundle.ERR_BadSource(v.apply("sumber")), v.apply("sumber")));
        String kategori = null;
        if (!v.apply("kategori").isEmpty()) {
            kategori = category(v.apply("kategori"))
                    .orElseThrow(() -> new CasesException("ERR_BadCategory", Bundle.ERR_BadCategory(v.apply("kategori")), v.apply("kategori")));
        }
        CaseStatus status = CaseStatus.byName(v.apply("status"))
                .orElseThrow(() -> new CasesException("ERR_BadStatus", Bundle.ERR_BadStatus(v.apply("status")), v.apply("status")));
        String kelurahan = null;
        if (!v.apply("kelurahan").isEmpty()) {
            kelurahan = ReferenceData.get().findKelurahan(v.apply("kelurahan")).map(k -> k.kode())
                    .orElseThrow(() -> new CasesException("ERR_BadKelurahan", Bundle.ERR_BadKelurahan(v.apply("kelurahan")), v.apply("kelurahan")));
        }
        LocalDate closed = date("tanggal_tutup", v.apply("tanggal_tutup"), today, false);
        ClosureReason reason = null;
        if (!v.apply("alasan_tutup").isEmpty()) {
            reason = ClosureReason.byFirstWords(v.apply("alasan_tutup"))
                    .orElseThrow(() -> new CasesException("ERR_BadReason", Bundle.ERR_BadReason(v.apply("alasan_tutup")), v.apply("alasan_tutup")));
        }
        if (status == CaseStatus.DITUTUP) {
            if (closed == null) {
                throw new CasesException("ERR_ClosedNeedsDate", Bundle.ERR_ClosedNeedsDate());
            }
            if (reason == null) {
                throw new CasesException("ERR_ClosedNeedsReason", Bundle.ERR_ClosedNeedsReason());
            }
            if (closed.isBefore(opened)) {
                throw new CasesException("ERR_CloseBeforeOpen", Bundle.ERR_CloseBeforeOpen());
            }
        } else if (closed != null || reason != null) {
            throw new CasesException("ERR_OpenHasClosing", Bundle.ERR_OpenHasClosing());
        }
        return new Row(number, nomor, nik.isEmpty() ? null : nik, nama, sex, born, opened, source, kategori, status, kelurahan, closed, reason, existing);
    }

    private static LocalDate date(String column, String text, LocalDate today, boolean required) {
        if (text.isEmpty()) {
            if (required) {
                throw new CasesException("ERR_Required", Bundle.ERR_Required(column), column);
            }
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text, ISO_CELL.matcher(text).matches() ? DateTimeFormatter.ISO_LOCAL_DATE : DATE);
        } catch (DateTimeParseException e) {
            throw new CasesException("ERR_BadDate", Bundle.ERR_BadDate(column, text), column, text);
        }
        if (d.isAfter(today)) {
            throw new CasesException("ERR_FutureDate", Bundle.ERR_FutureDate(column), column);
        }
        return d;
    }

    /** By product code ({@code PPKS-11}) or by name ("Gelandangan"), any case. */
    static Optional<String> category(String text) {
        Optional<KategoriKesos> byCode = ReferenceData.get().kategori(text.trim().toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode.map(KategoriKesos::kode);
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        // current PPKS names first: "Gelandangan" is PPKS-11, not its 2007 legacy code
        for (boolean legacy : new boolean[] {false, true}) {
            for (KategoriKesos k : ReferenceData.get().kategori(KategoriKesos.PPKS, legacy)) {
                if (k.nama().toLowerCase(Locale.ROOT).equals(t) || (k.singkatan() != null && k.singkatan().toLowerCase(Locale.ROOT).equals(t))
                        || k.label().toLowerCase(Locale.ROOT).equals(t)) {
                    return Optional.of(k.kode());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Result importValid(Preview preview, Progress progress) {
        AccessControl.get().require(CasesPermissions.IMPORT);
        List<Row> fresh = preview.rows().stream().filter(r -> r.existingCaseId() == null).toList();
        String why = Bundle.LOG_Imported(preview.file().getFileName());
        int[] counts;
        try {
            counts = tx.jdbc(c -> {
                int rev = ImportWriter.revision(c);
                Map<Row, ImportClients.Client> clients = ImportClients.resolve(c, rev, fresh, progress);
                return ImportWriter.write(c, rev, preview.rows(), clients, why, progress);
            });
        } catch (CancellationException e) {
            throw new CasesException("ERR_Cancelled", Bundle.ERR_Cancelled());
        }
        return new Result(counts[0], counts[1], preview.rejects().size());
    }

    @Override
    public void writeRejects(Preview preview, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "pilar", ".csv.tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                    List<String> head = new ArrayList<>(List.of(Bundle.COL_Row(), Bundle.COL_Reason()));
                    head.addAll(preview.header());
                    p.printRecord(head);
                    for (Reject r : preview.rejects()) {
                        List<String> line = new ArrayList<>(List.of(Integer.toString(r.baris()), r.alasan()));
                        line.addAll(r.values());
                        p.printRecord(line);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

}
