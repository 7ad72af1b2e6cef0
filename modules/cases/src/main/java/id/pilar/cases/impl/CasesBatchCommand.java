package id.pilar.cases.impl;

import id.pilar.cases.api.CaseImport;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseSummaryExport;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.impl.export.CaseSummaryPdf;
import id.pilar.cases.impl.imports.CaseImportImpl;
import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import java.io.IOException;
import java.io.PrintStream;
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
 * Case jobs without a window: {@code --cases-import FILE.csv|.xlsx [--cases-rejects OUT.csv]}
 * prints {@code imported N, updated U, rejected R}; {@code --case-summary NUMBER --cases-out FILE.pdf}
 * writes the summary of the case with that number or old number.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_casesImport=mengimpor daftar kasus lama dari berkas CSV atau XLSX (baris yang salah ditolak)",
    "OPT_casesRejects=berkas CSV untuk laporan baris yang ditolak saat impor kasus",
    "OPT_caseSummary=mencetak ringkasan kasus NOMOR (nomor kasus atau nomor lama) ke PDF",
    "OPT_casesOut=berkas PDF hasil --case-summary",
    "ERR_NoCasesOut=Sebutkan berkas hasil dengan --cases-out BERKAS.pdf",
    "# {0} - number", "ERR_NoSuchCase=Kasus {0} tidak ditemukan.",
    "# {0} - file", "MSG_CaseRejectsWritten=Laporan penolakan: {0}",
    "# {0} - file", "MSG_CaseSummaryWritten=Ringkasan kasus ditulis ke {0}",
    "# {0} - message", "MSG_CasesFailed=GAGAL: {0}"
})
public final class CasesBatchCommand implements BatchCommand {

    /** Exit code of a refused or failed job (core's FAILED). */
    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.cases.impl.Bundle";

    static final Option IMPORT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "cases-import"), BUNDLE, "OPT_casesImport");
    static final Option REJECTS = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "cases-rejects"), BUNDLE, "OPT_casesRejects");
    static final Option SUMMARY = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "case-summary"), BUNDLE, "OPT_caseSummary");
    static final Option OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "cases-out"), BUNDLE, "OPT_casesOut");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(IMPORT, REJECTS, SUMMARY, OUT));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(IMPORT) || values.containsKey(SUMMARY);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            if (values.containsKey(IMPORT)) {
                CaseImportImpl imports = new CaseImportImpl();
                CaseImport.Preview preview = imports.preview(BatchCommand.resolve(values.get(IMPORT)[0]));
                CaseImport.Result result = imports.importValid(preview, CaseImport.Progress.NONE);
                if (values.containsKey(REJECTS)) {
                    Path rejects = BatchCommand.resolve(values.get(REJECTS)[0]);
                    imports.writeRejects(preview, rejects);
                    err.println(Bundle.MSG_CaseRejectsWritten(rejects.toAbsolutePath()));
                }
                out.println(result.line());
            }
            if (values.containsKey(SUMMARY)) {
                if (!values.containsKey(OUT)) {
                    throw new CasesException("ERR_NoCasesOut", Bundle.ERR_NoCasesOut());
                }
                String nomor = values.get(SUMMARY)[0];
                CaseService.CaseDetail c = new CaseServiceImpl().findByNumber(nomor)
                        .orElseThrow(() -> new CasesException("ERR_NoSuchCase", Bundle.ERR_NoSuchCase(nomor), nomor));
                Path file = BatchCommand.resolve(values.get(OUT)[0]);
                new CaseSummaryPdf().write(c.id(), CaseSummaryExport.everything(), file);
                out.println(Bundle.MSG_CaseSummaryWritten(file.toAbsolutePath()));
            }
        } catch (PilarException | IOException e) {
            throw new CommandException(FAILED, Bundle.MSG_CasesFailed(e.getMessage()));
        }
    }
}
