package id.pilar.cases.ui;

import id.pilar.cases.api.CaseImport;
import id.pilar.ui.api.DataChanges;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;

/**
 * The import window's steps: check the file (nothing written), save the reject report, import
 * the good rows (one transaction, in the caller's background job); afterwards every open case
 * view reloads ({@link DataChanges}).
 */
@Messages({
    "# {0} - new", "# {1} - again", "# {2} - rejected",
    "MSG_ImportPreview={0} kasus baru siap diimpor, {1} nomor sudah pernah diimpor (diperbarui bila berbeda), {2} baris ditolak.",
    "# {0} - result line", "MSG_ImportDone=Selesai: {0}.",
    "# {0} - file", "MSG_RejectsWritten=Laporan penolakan tersimpan: {0}"
})
public final class CaseImportModel {

    private final CaseImport imports;
    private final UiExecutor ui;
    private final Consumer<CaseImport.Preview> shown;
    private final Consumer<String> message;
    private volatile CaseImport.Preview preview;

    public CaseImportModel(CaseImport imports, UiExecutor ui, Consumer<CaseImport.Preview> shown, Consumer<String> message) {
        this.imports = imports;
        this.ui = ui;
        this.shown = shown;
        this.message = message;
    }

    public CaseImport.Preview preview() {
        return preview;
    }

    public void check(Path file) {
        preview = null;
        shown.accept(null);
        ui.load(() -> imports.preview(file), p -> {
            preview = p;
            shown.accept(p);
            long fresh = p.baru();
            message.accept(Bundle.MSG_ImportPreview(fresh, p.rows().size() - fresh, p.rejects().size()));
        }, e -> message.accept(UserMessages.of(e)));
    }

    public void saveRejects(Path file) {
        CaseImport.Preview p = preview;
        if (p != null) {
            ui.load(() -> {
                imports.writeRejects(p, file);
                return file;
            }, f -> message.accept(Bundle.MSG_RejectsWritten(f)), e -> message.accept(UserMessages.of(e)));
        }
    }

    /** The import itself; call from a background job (it may take seconds on a long list). */
    public CaseImport.Result run(CaseImport.Progress progress) {
        return imports.importValid(preview, progress);
    }

    /** The job ended well: say what was done and let open views reload. */
    public void imported(CaseImport.Result r) {
        preview = null;
        shown.accept(null);
        message.accept(Bundle.MSG_ImportDone(r.line()));
        DataChanges.fire();
    }

    public void failed(Throwable e) {
        message.accept(UserMessages.of(e));
    }
}
