package id.pilar.registry.impl.dtsen;

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
 * {@code bin/pilar --nogui --db FILE --import-dtsen CSV [--rejects OUT.csv]}: prints one line
 * {@code imported N, updated U, rejected R} and exits 0; exits 3 with one clear message on
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
    "ERR_RejectsWithoutImport=--rejects hanya dipakai bersama --import-dtsen"
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
        out.println(run(new DtsenImportImpl(), csv, rejects));
    }

    /** The summary line; the part the launcher-free tests drive. */
    static String run(DtsenImportImpl importer, Path csv, Path rejects) throws CommandException {
        if (!Files.isRegularFile(csv)) {
            throw new CommandException(FAILED, Bundle.ERR_ImportFailed(Bundle.ERR_FileMissing(csv)));
        }
        try {
            DtsenImportResult r = importer.importFile(csv, null, rejects, null, () -> false);
            return r.summaryLine();
        } catch (IOException | RuntimeException e) {
            throw new CommandException(FAILED, Bundle.ERR_ImportFailed(e.getMessage()));
        }
    }

    /** Relative to the folder the command was typed in, like --db. */
    private static Path absolute(String p) {
        return BatchCommand.resolve(p);
    }
}
