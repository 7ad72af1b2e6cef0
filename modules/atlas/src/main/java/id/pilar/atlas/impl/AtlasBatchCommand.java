package id.pilar.atlas.impl;

import id.pilar.atlas.api.AtlasException;
import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.MonthlyReport;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.core.api.error.PilarException;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.spi.BatchCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Atlas jobs without a window. {@code --report-monthly YYYY-MM --report-out DIR} writes
 * {@code rekap-bulanan-YYYY-MM.xlsx} and {@code .pdf}; {@code --atlas-index [--atlas-as-of dd/MM/yyyy]
 * --atlas-out FILE.csv} writes one row per kelurahan with the columns of {@link #INDEX_COLUMNS}
 * followed by one column per indicator (its id; the value as shown, per inhabitants where the
 * indicator says so).
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_reportMonthly=membuat rekap bulanan (XLSX dan PDF) untuk bulan YYYY-MM",
    "OPT_reportOut=folder tujuan rekap bulanan",
    "OPT_atlasIndex=menulis indeks kerentanan per kelurahan ke --atlas-out",
    "OPT_atlasAsOf=hari terakhir periode indeks (dd/MM/yyyy); bawaan hari ini",
    "OPT_atlasOut=berkas CSV hasil --atlas-index",
    "# {0} - value", "ERR_Month=Bulan --report-monthly \"{0}\" tidak sah: tulis YYYY-MM, misalnya 2026-11.",
    "ERR_NoReportOut=Sebutkan folder tujuan dengan --report-out FOLDER.",
    "ERR_NoAtlasOut=Sebutkan berkas hasil dengan --atlas-out BERKAS.csv.",
    "# {0} - value", "ERR_AsOfDate=Tanggal --atlas-as-of \"{0}\" tidak sah: tulis dd/MM/yyyy.",
    "# {0} - file", "ERR_CsvWrite=Berkas \"{0}\" tidak dapat ditulis.",
    "# {0} - xlsx", "# {1} - pdf", "MSG_ReportWritten=Rekap bulanan ditulis: {0} dan {1}",
    "# {0} - count", "# {1} - file", "MSG_IndexWritten=Indeks {0} kelurahan ditulis ke {1}",
    "# {0} - message", "MSG_AtlasFailed=GAGAL: {0}"
})
public final class AtlasBatchCommand implements BatchCommand {

    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.atlas.impl.Bundle";

    /** The fixed first columns of {@code --atlas-out}; indicator ids follow. */
    public static final List<String> INDEX_COLUMNS = List.of("kode_kemendagri", "kelurahan", "kecamatan", "indeks", "peringkat");

    static final Option REPORT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "report-monthly"), BUNDLE, "OPT_reportMonthly");
    static final Option REPORT_OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "report-out"), BUNDLE, "OPT_reportOut");
    static final Option INDEX = Option.shortDescription(Option.withoutArgument(Option.NO_SHORT_NAME, "atlas-index"), BUNDLE, "OPT_atlasIndex");
    static final Option AS_OF = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "atlas-as-of"), BUNDLE, "OPT_atlasAsOf");
    static final Option OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "atlas-out"), BUNDLE, "OPT_atlasOut");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(REPORT, REPORT_OUT, INDEX, AS_OF, OUT));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(REPORT) || values.containsKey(INDEX);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            if (values.containsKey(REPORT)) {
                YearMonth month = parseMonth(values.get(REPORT)[0]);
                if (!values.containsKey(REPORT_OUT)) {
                    throw new AtlasException("ERR_NoReportOut", Bundle.ERR_NoReportOut());
                }
                MonthlyReport.Written w = new MonthlyReportImpl().write(month, BatchCommand.resolve(values.get(REPORT_OUT)[0]), () -> false);
                out.println(Bundle.MSG_ReportWritten(w.xlsx(), w.pdf()));
            }
            if (values.containsKey(INDEX)) {
                if (!values.containsKey(OUT)) {
                    throw new AtlasException("ERR_NoAtlasOut", Bundle.ERR_NoAtlasOut());
                }
                LocalDate asOf = values.containsKey(AS_OF) ? parseDate(values.get(AS_OF)[0]) : JakartaTime.today();
                Path file = BatchCommand.resolve(values.get(OUT)[0]);
                VulnerabilityIndex index = new AtlasServiceImpl().index(asOf);
                writeIndex(index, file);
                out.println(Bundle.MSG_IndexWritten(index.rows().size(), file));
            }
        } catch (PilarException e) {
            throw new CommandException(FAILED, Bundle.MSG_AtlasFailed(e.getMessage()));
        }
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.strip(), DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeException e) {
            throw new AtlasException("ERR_Month", Bundle.ERR_Month(text), text);
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeException e) {
            throw new AtlasException("ERR_AsOfDate", Bundle.ERR_AsOfDate(text), text);
        }
    }

    /** The CSV of {@code --atlas-out}: header {@link #INDEX_COLUMNS} then the indicator ids; dot decimals. */
    static void writeIndex(VulnerabilityIndex index, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".pilar-indeks", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
                List<String> header = new ArrayList<>(INDEX_COLUMNS);
                index.indicators().forEach(i -> header.add(i.id()));
                p.printRecord(header);
                for (KelurahanScore s : index.rows()) {
                    List<String> row = new ArrayList<>(List.of(s.kode(), s.nama(), s.namaKecamatan(),
                            String.format(Locale.ROOT, "%.2f", s.index()), Integer.toString(s.rank())));
                    for (AtlasIndicator i : index.indicators()) {
                        row.add(String.format(Locale.ROOT, "%.3f", s.values().getOrDefault(i.id(), 0.0)));
                    }
                    p.printRecord(row);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AtlasException("ERR_CsvWrite", Bundle.ERR_CsvWrite(file), e, file);
        }
    }
}
