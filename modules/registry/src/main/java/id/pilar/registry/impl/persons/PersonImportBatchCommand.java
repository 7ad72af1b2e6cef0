package id.pilar.registry.impl.persons;

import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import id.pilar.registry.api.PersonImport;
import id.pilar.registry.api.PersonImportResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code bin/pilar --nogui --db FILE --import-persons FILE.csv|.xlsx [--persons-rejects OUT.csv]}:
 * prints {@code imported N, updated U, rejected R} (fixed, for scripts), then the same as a
 * sentence, and exits 0; exits 3 with one message on stderr when the file cannot be read or no
 * column maps to the NIK or the name. Columns are found from the headers (no saved mapping).
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_ImportPersons=--import-persons FILE.csv|.xlsx : impor daftar penduduk dari sistem lain (OpenSID, daftar kelurahan)",
    "OPT_PersonsRejects=--persons-rejects OUT.csv : laporan baris yang ditolak (bawaan: FILE.rejects.csv di samping file)",
    "ERR_PersonsRejectsAlone=--persons-rejects hanya dipakai bersama --import-persons",
    "# {0} - reason",
    "ERR_PersonImportFailed=Impor daftar penduduk gagal: {0}",
    "# {0} - file",
    "ERR_PersonFileMissing=File tidak ditemukan: {0}",
    "ERR_PersonImportUnexpected=terjadi kesalahan tak terduga; rinciannya tercatat di log.",
    "# {0} - imported",
    "# {1} - updated",
    "# {2} - rejected",
    "# {3} - households",
    "MSG_PersonSummary=Impor daftar penduduk selesai: {0} orang baru, {1} diperbarui, {2} baris ditolak, {3} KK.",
    "# {0} - reject report",
    "MSG_PersonRejectReport=Baris yang ditolak beserta alasannya: {0}"
})
public final class PersonImportBatchCommand implements BatchCommand {

    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.registry.impl.persons.Bundle";

    static final Option IMPORT = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "import-persons"), BUNDLE, "OPT_ImportPersons");
    static final Option REJECTS = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "persons-rejects"), BUNDLE, "OPT_PersonsRejects");

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
            throw new CommandException(FAILED, Bundle.ERR_PersonsRejectsAlone());
        }
        Path file = BatchCommand.resolve(values.get(IMPORT)[0]);
        Path rejects = values.containsKey(REJECTS) ? BatchCommand.resolve(values.get(REJECTS)[0]) : null;
        lines(importFile(PersonImport.get(), file, rejects)).forEach(out::println);
    }

    /** What the command prints: the fixed line, then the sentence for people. */
    public static List<String> lines(PersonImportResult r) {
        List<String> lines = new ArrayList<>();
        lines.add(r.summaryLine());
        lines.add(Bundle.MSG_PersonSummary(r.imported(), r.updated(), r.rejected(), r.households()));
        if (r.rejectReport() != null) {
            lines.add(Bundle.MSG_PersonRejectReport(r.rejectReport()));
        }
        return lines;
    }

    /** The import as the command runs it; refusals become exit code 3 with their sentence. */
    public static PersonImportResult importFile(PersonImport importer, Path file, Path rejects) throws CommandException {
        if (!Files.isRegularFile(file)) {
            throw new CommandException(FAILED, Bundle.ERR_PersonImportFailed(Bundle.ERR_PersonFileMissing(file)));
        }
        try {
            return importer.importFile(file, null, null, rejects, null, () -> false);
        } catch (PilarException e) {
            throw new CommandException(FAILED, Bundle.ERR_PersonImportFailed(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            java.util.logging.Logger.getLogger(PersonImportBatchCommand.class.getName())
                    .log(java.util.logging.Level.WARNING, "Person import of " + file + " failed", e);
            throw new CommandException(FAILED, Bundle.ERR_PersonImportFailed(Bundle.ERR_PersonImportUnexpected()));
        }
    }
}
