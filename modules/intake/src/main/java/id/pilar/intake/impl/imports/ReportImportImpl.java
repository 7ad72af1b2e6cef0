package id.pilar.intake.impl.imports;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.intake.api.Channel;
import id.pilar.intake.api.IntakeException;
import id.pilar.intake.api.IntakePermissions;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportImport;
import id.pilar.intake.impl.ImportWriter;
import id.pilar.intake.impl.Jakarta;
import id.pilar.intake.impl.JakartaBounds;
import id.pilar.lib.tables.api.Table;
import id.pilar.lib.tables.api.TableFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Report lists from files. Every row is checked before anything is written; the good rows (and
 * the hotspots they name for the first time) go in one transaction, the others to the reject
 * report with their line number and reason. A row already in the database (same time, channel,
 * place, category, number of people and description), or twice in the file, is refused, so a
 * file imported twice doubles nothing.
 */
@ServiceProvider(service = ReportImport.class)
@Messages({
    "# {0} - column", "REJ_MissingColumn=Kolom \"{0}\" tidak ada di baris judul.",
    "REJ_Date=Waktu diterima tidak sah: tulis dd/MM/yyyy HH:mm (mis. 05/03/2026 08:30).",
    "REJ_FutureDate=Waktu diterima di masa depan.",
    "# {0} - value", "REJ_Channel=Kanal \"{0}\" tidak dikenal (hotline, patroli, langsung, medsos, surat, rujukan).",
    "# {0} - value", "REJ_Category=Kategori \"{0}\" tidak dikenal (kode PPKS-nn atau nama PPKS).",
    "# {0} - value", "REJ_KelurahanOutside=Kelurahan \"{0}\" bukan kelurahan Jakarta Pusat.",
    "REJ_Place=Tempat tidak dapat ditentukan: titik rawan tidak dikenal dan kelurahan kosong atau tidak sah.",
    "# {0} - value", "REJ_People=Jumlah orang \"{0}\" harus bilangan bulat 1 atau lebih.",
    "REJ_Duplicate=Laporan yang sama sudah ada (diimpor sebelumnya atau dua kali di berkas ini).",
    "# {0} - latitude", "# {1} - longitude",
    "REJ_Coordinates=Koordinat \"{0}\", \"{1}\" tidak sah: isi lintang dan bujur bersama, dalam derajat desimal di wilayah Jakarta (mis. -6.1754 dan 106.8272).",
    "REJ_HeaderLine=baris",
    "REJ_HeaderReason=alasan",
    "ERR_NotText=Berkas bukan teks UTF-8 (CSV); simpan ulang sebagai CSV UTF-8 atau XLSX."
})
public final class ReportImportImpl implements ReportImport {

    static final List<String> COLUMNS = List.of("diterima", "kanal", "titik", "kelurahan", "kategori", "jumlah_orang", "uraian");
    /** Optional coordinates: {@code lat}/{@code lng} or {@code latitude}/{@code longitude}; the reject report names them lat, lng. */
    static final List<String> COORDINATES = List.of("lat", "lng");
    private static final Map<String, String> COORDINATE_ALIASES = Map.of("latitude", "lat", "longitude", "lng", "lintang", "lat", "bujur", "lng");
    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    /** A date-and-time cell of a workbook as the table reader gives it. */
    private static final DateTimeFormatter RECEIVED_CELL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT);

    private final Transactions tx;

    public ReportImportImpl() {
        this(Transactions.get());
    }

    public ReportImportImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Preview preview(Path file) throws IOException {
        AccessControl.get().require(IntakePermissions.ENTER);
        refuseWorkbookAsText(file);
        Table table = TableFiles.read(file);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            col.putIfAbsent(COORDINATE_ALIASES.getOrDefault(name, name), i);
        }
        for (String c : COLUMNS) {
            if (!c.equals("uraian") && !c.equals("titik") && !col.containsKey(c)) {
                throw new IOException(Bundle.REJ_MissingColumn(c));
            }
        }
        Map<String, String> hotspots = ImportWriter.hotspotsByKey(tx);
        Set<String> existing = ImportWriter.existingKeys(tx);
        Set<String> seen = new HashSet<>();
        Map<String, String> newHotspots = new HashMap<>(); // key -> kelurahan code
        Set<String> newNames = new LinkedHashSet<>();
        List<Row> valid = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        Instant now = Instant.now();
        for (Table.Row line : table.rows()) {
            try {
                Row row = parse(line, col, hotspots, newHotspots, newNames, now);
                String key = ImportWriter.key(row.draft(), row.hotspotBaru() == null ? row.draft().hotspotId() : "baru:" + row.hotspotBaru().toLowerCase(Locale.ROOT));
                if (existing.contains(key) || !seen.add(key)) {
                    throw new IntakeException("REJ_Duplicate", Bundle.REJ_Duplicate());
                }
                valid.add(row);
            } catch (IntakeException e) {
                rejects.add(new Reject(line.number(), e.getMessage(), java.util.stream.Stream.concat(COLUMNS.stream(), COORDINATES.stream())
                        .map(c -> cell(line, col, c)).toList()));
            }
        }
        newNames.removeIf(n -> valid.stream().noneMatch(r -> n.equals(r.hotspotBaru())));
        return new Preview(file.getFileName().toString(), valid, List.copyOf(newNames), rejects);
    }

    /** A workbook renamed {@code .csv} would be read as Windows-1252 noise: say what it is instead. */
    private static void refuseWorkbookAsText(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((name.endsWith(".csv") || name.endsWith(".txt")) && Files.isRegularFile(file)) {
            byte[] head = new byte[2];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 2) == 2 && head[0] == 'P' && head[1] == 'K') {
                    throw new IntakeException("ERR_NotText", Bundle.ERR_NotText());
                }
            }
        }
    }

    private static String cell(Table.Row line, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : line.value(i).replace("\uFEFF", "").strip();
    }

    /** {@code dd/MM/yyyy HH:mm} as typed, or a workbook's date-and-time cell. */
    private static Instant received(String text) {
        DateTimeFormatter f = text.length() > 4 && text.charAt(4) == '-' ? RECEIVED_CELL : RECEIVED;
        return LocalDateTime.parse(text, f).atZone(Jakarta.ZONE).toInstant();
    }

    private static Row parse(Table.Row line, Map<String, Integer> col, Map<String, String> hotspots,
            Map<String, String> newHotspots, Set<String> newNames, Instant now) {
        String received = cell(line, col, "diterima");
        Instant at;
        try {
            at = received(received);
        } catch (DateTimeException e) {
            throw new IntakeException("REJ_Date", Bundle.REJ_Date());
        }
        if (at.isAfter(now)) {
            throw new IntakeException("REJ_FutureDate", Bundle.REJ_FutureDate());
        }
        String kanal = cell(line, col, "kanal");
        Channel channel = Channel.byWord(kanal).orElseThrow(() -> new IntakeException("REJ_Channel", Bundle.REJ_Channel(kanal), kanal));
        String kat = cell(line, col, "kategori");
        KategoriKesos category = category(kat).orElseThrow(() -> new IntakeException("REJ_Category", Bundle.REJ_Category(kat), kat));
        String kelText = cell(line, col, "kelurahan");
        Optional<Kelurahan> kel = kelText.isEmpty() ? Optional.empty() : ReferenceData.get().findKelurahan(kelText);
        if (!kelText.isEmpty() && kel.isEmpty()) {
            throw new IntakeException("REJ_KelurahanOutside", Bundle.REJ_KelurahanOutside(kelText), kelText);
        }
        String jumlah = cell(line, col, "jumlah_orang");
        int people;
        try {
            people = jumlah.isEmpty() ? 1 : Integer.parseInt(jumlah.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            throw new IntakeException("REJ_People", Bundle.REJ_People(jumlah), jumlah);
        }
        if (people < 1) {
            throw new IntakeException("REJ_People", Bundle.REJ_People(jumlah), jumlah);
        }
        String titik = cell(line, col, "titik").replaceAll("\\s+", " ");
        String uraian = cell(line, col, "uraian");
        String hotspotId = null;
        String hotspotBaru = null;
        String kelCode = kel.map(Kelurahan::kode).orElse(null);
        if (!titik.isEmpty()) {
            String k = titik.toLowerCase(Locale.ROOT);
            hotspotId = hotspots.get(k);
            if (hotspotId == null) {
                if (kelCode == null) {
                    throw new IntakeException("REJ_Place", Bundle.REJ_Place());
                }
                String first = newHotspots.putIfAbsent(k, kelCode);
                kelCode = first == null ? kelCode : first; // a new hotspot keeps the kelurahan it was first named with
                hotspotBaru = newNames.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(k)).findFirst().orElse(titik);
                newNames.add(hotspotBaru);
            }
        } else if (kelCode == null) {
            throw new IntakeException("REJ_Place", Bundle.REJ_Place());
        }
        double[] point = coordinates(cell(line, col, "lat"), cell(line, col, "lng"));
        ReportDraft d = new ReportDraft(at, channel, null, null, true, hotspotId, kelCode, null, point == null ? null : point[0],
                point == null ? null : point[1], category.kode(), people, uraian.isEmpty() ? null : uraian);
        return new Row(line.number(), d, hotspotBaru);
    }

    /** Both empty: none. Decimal point or (from a {@code ;} file of a spreadsheet in Indonesian) decimal comma. */
    static double[] coordinates(String lat, String lng) {
        if (lat.isEmpty() && lng.isEmpty()) {
            return null;
        }
        try {
            double[] p = {Double.parseDouble(lat.replace(',', '.')), Double.parseDouble(lng.replace(',', '.'))};
            if (JakartaBounds.contains(p[0], p[1])) {
                return p;
            }
        } catch (NumberFormatException e) {
            // falls through to the reject
        }
        throw new IntakeException("REJ_Coordinates", Bundle.REJ_Coordinates(lat, lng), lat, lng);
    }

    static Optional<KategoriKesos> category(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<KategoriKesos> byCode = ReferenceData.get().kategori(text.toUpperCase(Locale.ROOT))
                .filter(k -> KategoriKesos.PPKS.equals(k.jenis()));
        if (byCode.isPresent()) {
            return byCode;
        }
        String t = text.toLowerCase(Locale.ROOT);
        return ReferenceData.get().kategori(KategoriKesos.PPKS, false).stream()
                .filter(k -> k.nama().toLowerCase(Locale.ROOT).equals(t) || (k.singkatan() != null && k.singkatan().equalsIgnoreCase(text)))
                .findFirst();
    }

    @Override
    public Result importValid(Preview preview) {
        AccessControl.get().require(IntakePermissions.ENTER);
        ImportWriter.write(tx, preview.valid());
        return new Result(preview.valid().size(), preview.rejects().size(), preview.newHotspotNames());
    }

    @Override
    public void writeRejects(Preview preview, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of(Bundle.REJ_HeaderLine(), Bundle.REJ_HeaderReason()));
            header.addAll(COLUMNS);
            header.addAll(COORDINATES);
            p.printRecord(header);
            for (Reject r : preview.rejects()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(r.baris()), r.alasan()));
                row.addAll(r.nilai());
                p.printRecord(row);
            }
        }
    }
}
