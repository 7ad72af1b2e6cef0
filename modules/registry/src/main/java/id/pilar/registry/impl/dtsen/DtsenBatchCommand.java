package id.pilar.registry.impl.dtsen;

import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import id.pilar.registry.api.DtsenImportResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code bin/pilar --nogui --db FILE --import-dtsen CSV [--rejects OUT.csv]}: prints the
 * machine-readable line {@code imported N, updated U, rejected R} first (scripts parse it; the same
 * in every locale), then the same in a sentence of the user's language, and exits 0; exits 3 with one clear message on
 * stderr when the file cannot be read at all (missing, empty, not CSV, no usable columns).
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_ImportDtsen=--import-dtsen CSV : impor data DTSEN/DTKS dari file CSV",
    "OPT_Rejects=--rejects OUT.csv : laporan baris yang ditolak (bawaan: CSV.rejects.csv di samping file)",
    "# {0} - file",
    "ERR_FileMissing=File tidak ditemukan: {0}",
    "# {0} - reason",
    "ERR_ImportFailed=Impor DTSEN gagal: {0}",
    "ERR_RejectsWithoutImport=--rejects hanya dipakai bersama --import-dtsen",
    "# {0} - imported, {1} - updated, {2} - rejected",
    "MSG_Summary=Impor DTSEN selesai: {0} baris baru diimpor, {1} diperbarui, {2} ditolak.",
    "# {0} - reject report",
    "MSG_RejectReport=Baris yang ditolak beserta alasannya: {0}",
    "ERR_Unexpected=terjadi kesalahan tak terduga; rinciannya tercatat di log."
})
public final class DtsenBatchCommand implements BatchCommand {

    /** Exit code for "the file cannot be read at all" (core's FAILED). */
    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.registry.impl.dtsen.Bundle";

    static final Option IMPORT = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "import-dtsen"), BUNDLE, "OPT_ImportDtsen");
    static final Option REJECTS = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "rejects"), BUNDLE, "OPT_Rejects");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(IMPORT, REJECTS));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(IMPORT) || values.containsKey(REJECTS);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        if (!values.containsKey(IMPORT)) {
            throw new CommandException(FAILED, Bundle.ERR_RejectsWithoutImport());
        }
        Path csv = absolute(values.get(IMPORT)[0]);
        Path rejects = values.containsKey(REJECTS) ? absolute(values.get(REJECTS)[0]) : null;
        summary(importFile(new DtsenImportImpl(), csv, rejects)).forEach(out::println);
    }

    /** The machine-readable summary line; the part the launcher-free tests drive. */
    static String run(DtsenImportImpl importer, Path csv, Path rejects) throws CommandException {
        return importFile(importer, csv, rejects).summaryLine();
    }

    /** What the command prints: the fixed summary line, then the sentence for people. */
    static List<String> summary(DtsenImportResult r) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(r.summaryLine());
        lines.add(Bundle.MSG_Summary(r.imported(), r.updated(), r.rejected()));
        if (r.rejectReport() != null) {
            lines.add(Bundle.MSG_RejectReport(r.rejectReport()));
        }
        return lines;
    }

    static DtsenImportResult importFile(DtsenImportImpl importer, Path csv, Path rejects) throws CommandException {
        if (!Files.isRegularFile(csv)) {
            throw new CommandException(FAILED, Bundle.ERR_ImportFailed(Bundle.ERR_FileMissing(csv)));
        }
        try {
            return importer.importFile(csv, null, rejects, null, () -> false);
        } catch (PilarException e) {
            throw new CommandException(FAILED, Bundle.ERR_ImportFailed(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(DtsenBatchCommand.class.getName())
                    .log(java.util.logging.Level.WARNING, "DTSEN import of " + csv + " failed", e);
            throw new CommandException(FAILED, Bundle.ERR_ImportFailed(Bundle.ERR_Unexpected()));
        }
    }

    /** Relative to the folder the command was typed in, like --db. */
    private static Path absolute(String p) {
        return BatchCommand.resolve(p);
    }
}
