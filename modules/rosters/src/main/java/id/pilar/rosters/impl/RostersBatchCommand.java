package id.pilar.rosters.impl;

import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.WorkProgress;
import id.pilar.rosters.impl.imports.MemberImportImpl;
import id.pilar.rosters.impl.report.RosterReportsImpl;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Rosters jobs without a window: {@code --rosters-report KIND --rosters-out FILE.pdf|.xlsx
 * [--rosters-from DATE] [--rosters-to DATE]} and {@code --rosters-import FILE
 * [--rosters-rejects FILE.csv]}.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_rostersReport=membuat laporan pilar sosial KIND: jam-anggota, jam-organisasi, jam-jenis, penugasan, wilayah, pengabdian, jadwal",
    "OPT_rostersOut=berkas hasil laporan (.pdf atau .xlsx)",
    "OPT_rostersFrom=awal periode laporan (dd/mm/yyyy; bawaan 1 Januari tahun ini)",
    "OPT_rostersTo=akhir periode laporan (dd/mm/yyyy; bawaan hari ini)",
    "OPT_rostersImport=mengimpor daftar anggota dari berkas CSV atau XLSX (baris yang salah ditolak)",
    "OPT_rostersRejects=berkas CSV untuk laporan baris yang ditolak saat impor",
    "# {0} - kind", "ERR_UnknownReport=Jenis laporan tidak dikenal: {0}",
    "ERR_NoOut=Sebutkan berkas hasil dengan --rosters-out BERKAS.pdf atau .xlsx",
    "# {0} - text", "ERR_BadDate=Tanggal tidak terbaca: {0} (contoh 31/12/2026)",
    "# {0} - rows", "# {1} - file", "MSG_ReportWritten=Laporan {0} baris ditulis ke {1}",
    "# {0} - imported", "# {1} - rejected", "MSG_ImportDone=Impor selesai: {0} anggota diimpor, {1} baris ditolak.",
    "# {0} - file", "MSG_RejectsWritten=Laporan penolakan: {0}",
    "# {0} - message", "MSG_RostersFailed=GAGAL: {0}",
    "ERR_FileFailed=berkas tidak dapat dibaca atau ditulis; rinciannya tercatat di log."
})
public final class RostersBatchCommand implements BatchCommand {

    /** Exit code of a refused or failed job (core's FAILED). */
    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.rosters.impl.Bundle";

    static final Option REPORT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-report"), BUNDLE, "OPT_rostersReport");
    static final Option OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-out"), BUNDLE, "OPT_rostersOut");
    static final Option FROM = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-from"), BUNDLE, "OPT_rostersFrom");
    static final Option TO = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-to"), BUNDLE, "OPT_rostersTo");
    static final Option IMPORT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-import"), BUNDLE, "OPT_rostersImport");
    static final Option REJECTS = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "rosters-rejects"), BUNDLE, "OPT_rostersRejects");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(REPORT, OUT, FROM, TO, IMPORT, REJECTS));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(REPORT) || values.containsKey(IMPORT);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            if (values.containsKey(IMPORT)) {
                MemberImportImpl imports = new MemberImportImpl();
                ImportPreview preview = imports.preview(BatchCommand.resolve(values.get(IMPORT)[0]));
                preview.warnings().forEach(err::println);
                int n = imports.importValid(preview, WorkProgress.NONE);
                out.println(Bundle.MSG_ImportDone(n, preview.rejects().size()));
                if (values.containsKey(REJECTS)) {
                    Path rejects = BatchCommand.resolve(values.get(REJECTS)[0]);
                    imports.writeRejectReport(preview, rejects);
                    out.println(Bundle.MSG_RejectsWritten(rejects.toAbsolutePath()));
                }
            }
            if (values.containsKey(REPORT)) {
                if (!values.containsKey(OUT)) {
                    throw new RostersException("ERR_NoOut", Bundle.ERR_NoOut());
                }
                LocalDate today = LocalDate.now(ShiftTimes.JAKARTA);
                LocalDate from = values.containsKey(FROM) ? date(values.get(FROM)[0]) : today.withDayOfYear(1);
                LocalDate to = values.containsKey(TO) ? date(values.get(TO)[0]) : today;
                ReportTable table = report(values.get(REPORT)[0], new ReportPeriod(from, to));
                Path file = BatchCommand.resolve(values.get(OUT)[0]);
                RosterReportsImpl reports = new RosterReportsImpl();
                if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                    reports.exportXlsx(table, file);
                } else {
                    reports.exportPdf(table, file);
                }
                out.println(Bundle.MSG_ReportWritten(table.rows().size(), file.toAbsolutePath()));
            }
        } catch (PilarException e) {
            throw new CommandException(FAILED, Bundle.MSG_RostersFailed(e.getMessage()));
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(RostersBatchCommand.class.getName()).log(java.util.logging.Level.WARNING, "Rosters job failed", e);
            throw new CommandException(FAILED, Bundle.MSG_RostersFailed(Bundle.ERR_FileFailed()));
        }
    }

    static ReportTable report(String kind, ReportPeriod p) {
        RosterReportsImpl r = new RosterReportsImpl();
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "jam-anggota" -> r.hoursByMember(p);
            case "jam-organisasi" -> r.hoursByOrganisation(p);
            case "jam-jenis" -> r.hoursByPillarType(p);
            case "penugasan" -> r.deploymentsPerMember(p);
            case "wilayah" -> r.membersPerWilayah(p.to());
            case "pengabdian" -> r.continuousService(p.to());
            case "jadwal" -> r.roster(p.from(), p.to());
            default -> throw new RostersException("ERR_UnknownReport", Bundle.ERR_UnknownReport(kind), kind);
        };
    }

    static LocalDate date(String text) {
        for (String pattern : List.of("dd/MM/uuuu", "uuuu-MM-dd", "dd-MM-uuuu")) {
            try {
                return LocalDate.parse(text.trim(), DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // next spelling
            }
        }
        throw new RostersException("ERR_BadDate", Bundle.ERR_BadDate(text), text);
    }
}
