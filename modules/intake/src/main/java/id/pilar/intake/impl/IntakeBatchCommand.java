package id.pilar.intake.impl;

import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import id.pilar.intake.api.AlertService;
import id.pilar.intake.api.IntakeException;
import id.pilar.intake.api.ReportImport;
import id.pilar.intake.impl.imports.ReportImportImpl;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
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
 * Intake jobs without a window: {@code --reports-import FILE [--reports-rejects OUT.csv]} prints
 * {@code imported N, rejected R}; {@code --alerts --alerts-as-of dd/MM/yyyy --alerts-out FILE.csv}
 * recomputes and writes the alerts of the 7 days ending on that date.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_reportsImport=mengimpor laporan sosial dari berkas CSV atau XLSX (baris yang salah ditolak)",
    "OPT_reportsRejects=berkas CSV untuk laporan baris yang ditolak saat impor laporan sosial",
    "OPT_alerts=menghitung peringatan dini 7 hari yang berakhir pada --alerts-as-of",
    "OPT_alertsAsOf=hari terakhir periode peringatan dini (dd/MM/yyyy); bawaan hari ini",
    "OPT_alertsOut=berkas CSV hasil --alerts",
    "ERR_NoAlertsOut=Sebutkan berkas hasil dengan --alerts-out BERKAS.csv",
    "# {0} - value", "ERR_AsOf=Tanggal --alerts-as-of \"{0}\" tidak sah: tulis dd/MM/yyyy.",
    "# {0} - names", "MSG_NewHotspots=Titik rawan baru: {0}",
    "# {0} - file", "MSG_ReportRejectsWritten=Laporan penolakan: {0}",
    "# {0} - count", "# {1} - file", "MSG_AlertsWritten={0} peringatan ditulis ke {1}",
    "# {0} - message", "MSG_IntakeFailed=GAGAL: {0}"
})
public final class IntakeBatchCommand implements BatchCommand {

    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.intake.impl.Bundle";
    static final List<String> ALERT_COLUMNS = List.of("minggu_mulai", "minggu_akhir", "tingkat", "tempat", "kategori_kode", "kategori", "jumlah", "dasar", "batas", "keterangan");

    static final Option IMPORT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "reports-import"), BUNDLE, "OPT_reportsImport");
    static final Option REJECTS = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "reports-rejects"), BUNDLE, "OPT_reportsRejects");
    static final Option ALERTS = Option.shortDescription(Option.withoutArgument(Option.NO_SHORT_NAME, "alerts"), BUNDLE, "OPT_alerts");
    static final Option AS_OF = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "alerts-as-of"), BUNDLE, "OPT_alertsAsOf");
    static final Option OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "alerts-out"), BUNDLE, "OPT_alertsOut");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(IMPORT, REJECTS, ALERTS, AS_OF, OUT));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(IMPORT) || values.containsKey(ALERTS);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            if (values.containsKey(IMPORT)) {
                ReportImportImpl imports = new ReportImportImpl();
                ReportImport.Preview preview = imports.preview(BatchCommand.resolve(values.get(IMPORT)[0]));
                ReportImport.Result result = imports.importValid(preview);
                if (values.containsKey(REJECTS)) {
                    Path rejects = BatchCommand.resolve(values.get(REJECTS)[0]);
                    imports.writeRejects(preview, rejects);
                    err.println(Bundle.MSG_ReportRejectsWritten(rejects.toAbsolutePath()));
                }
                if (!result.newHotspots().isEmpty()) {
                    err.println(Bundle.MSG_NewHotspots(String.join(", ", result.newHotspots())));
                }
                out.println(result.line());
            }
            if (values.containsKey(ALERTS)) {
                if (!values.containsKey(OUT)) {
                    throw new IntakeException("ERR_NoAlertsOut", Bundle.ERR_NoAlertsOut());
                }
                LocalDate asOf = values.containsKey(AS_OF) ? parseDate(values.get(AS_OF)[0]) : Jakarta.today();
                List<AlertService.Alert> alerts = new AlertServiceImpl().recompute(asOf);
                Path file = BatchCommand.resolve(values.get(OUT)[0]);
                writeAlerts(alerts, asOf, file);
                out.println(Bundle.MSG_AlertsWritten(alerts.size(), file.toAbsolutePath()));
            }
        } catch (PilarException | IOException e) {
            throw new CommandException(FAILED, Bundle.MSG_IntakeFailed(e.getMessage()));
        }
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeException e) {
            throw new IntakeException("ERR_AsOf", Bundle.ERR_AsOf(text), text);
        }
    }

    static void writeAlerts(List<AlertService.Alert> alerts, LocalDate asOf, Path file) throws IOException {
        DateTimeFormatter d = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(ALERT_COLUMNS);
            for (AlertService.Alert a : alerts) {
                p.printRecord(a.minggu().format(d), asOf.format(d), a.tingkat(), a.tempat(), a.kategoriKode(), a.kategori(), a.jumlah(),
                        String.format(Locale.ROOT, "%.1f", a.dasar()), a.batas(), a.keterangan());
            }
        }
    }
}
