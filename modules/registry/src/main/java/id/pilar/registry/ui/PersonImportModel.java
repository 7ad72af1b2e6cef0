package id.pilar.registry.ui;

import id.pilar.registry.api.PersonImport;
import id.pilar.registry.api.PersonImportField;
import id.pilar.registry.api.PersonImportPreview;
import id.pilar.registry.api.PersonImportResult;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.openide.util.NbBundle.Messages;

/**
 * The state of the person-list import page: the file read, its source, which column feeds each
 * field (first what the service proposed, then the clerk's choices) and the texts shown. The
 * import itself runs in {@link #runImport}, called by the page inside a background job.
 */
@Messages({
    "PI_Unused=(tidak dipakai)",
    "# {0} - fields",
    "PI_MissingRequired=Pilih kolom untuk {0}.",
    "# {0} - source",
    "PI_SavedMapping=Pemetaan kolom yang tersimpan untuk \"{0}\" dipakai; ubah bila perlu.",
    "PI_DetectedMapping=Kolom dikenali dari judulnya; periksa dan ubah bila perlu.",
    "# {0} - rows",
    "PI_Rows={0} baris data",
    "# {0} - imported",
    "# {1} - updated",
    "# {2} - rejected",
    "# {3} - households",
    "PI_Summary=Selesai: {0} orang baru, {1} diperbarui, {2} baris ditolak, {3} KK dibentuk atau dilengkapi.",
    "# {0} - path",
    "PI_RejectReport=Laporan baris yang ditolak: {0}",
    "PI_Cancelled=Impor dibatalkan; tidak ada data yang berubah."
})
public final class PersonImportModel {

    private final PersonImport service;
    private final UiExecutor ex;
    private PersonImportPreview preview;
    private final Map<PersonImportField, Integer> mapping = new EnumMap<>(PersonImportField.class);

    public PersonImportModel(PersonImport service, UiExecutor ex) {
        this.service = service;
        this.ex = ex;
    }

    /** Reads the file (in the background) and takes the proposed mapping; {@code shown} on the FX thread. */
    public void open(Path file, String source, Consumer<PersonImportPreview> shown, Consumer<Throwable> failed) {
        ex.background().execute(() -> {
            try {
                PersonImportPreview p = service.preview(file, source);
                ex.fx().execute(() -> {
                    take(p);
                    shown.accept(p);
                });
            } catch (IOException | RuntimeException e) {
                ex.fx().execute(() -> failed.accept(e));
            }
        });
    }

    /** Saved sources for the source box (in the background). */
    public void loadSources(Consumer<List<String>> shown) {
        ex.background().execute(() -> {
            try {
                List<String> sources = service.sources();
                ex.fx().execute(() -> shown.accept(sources));
            } catch (RuntimeException e) {
                ex.fx().execute(() -> shown.accept(List.of()));
            }
        });
    }

    void take(PersonImportPreview p) {
        preview = p;
        mapping.clear();
        mapping.putAll(p.mapping());
    }

    public PersonImportPreview preview() {
        return preview;
    }

    /** "(tidak dipakai)" and then the file's headers: what each field's box offers. */
    public List<String> choices() {
        List<String> out = new ArrayList<>();
        out.add(Bundle.PI_Unused());
        if (preview != null) {
            out.addAll(preview.header());
        }
        return out;
    }

    /** The box index of a field's column (0: unused). */
    public int choiceOf(PersonImportField f) {
        Integer c = mapping.get(f);
        return c == null ? 0 : c + 1;
    }

    /** The clerk picked box entry {@code choice} (0: unused) for {@code f}. */
    public void choose(PersonImportField f, int choice) {
        if (choice <= 0) {
            mapping.remove(f);
        } else {
            mapping.put(f, choice - 1);
        }
    }

    public Map<PersonImportField, Integer> mapping() {
        return Map.copyOf(mapping);
    }

    /** Why the import cannot start (a required field without a column), or null. */
    public String problem() {
        if (preview == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (PersonImportField f : PersonImportField.values()) {
            if (f.required() && !mapping.containsKey(f)) {
                missing.add(f.label());
            }
        }
        return missing.isEmpty() ? null : Bundle.PI_MissingRequired(String.join(", ", missing));
    }

    public boolean canImport() {
        return preview != null && problem() == null;
    }

    /** Where the proposed mapping came from, for the line above the boxes. */
    public String mappingNote() {
        if (preview == null) {
            return "";
        }
        String rows = Bundle.PI_Rows(Formats.number(preview.rows()));
        return rows + " · " + (preview.savedMapping() ? Bundle.PI_SavedMapping(preview.source()) : Bundle.PI_DetectedMapping());
    }

    /** The import with the current mapping, saved for {@code source}; on the calling (background) thread. */
    public PersonImportResult runImport(String source, IntConsumer rowsDone, BooleanSupplier cancelled) throws IOException {
        return service.importFile(preview.file(), source, mapping(), null, rowsDone, cancelled);
    }

    /** The summary shown after an import. */
    public static String summary(PersonImportResult r) {
        if (r.cancelled()) {
            return Bundle.PI_Cancelled();
        }
        String s = Bundle.PI_Summary(Formats.number(r.imported()), Formats.number(r.updated()), Formats.number(r.rejected()),
                Formats.number(r.households()));
        return r.rejectReport() == null ? s : s + "\n" + Bundle.PI_RejectReport(r.rejectReport());
    }
}
