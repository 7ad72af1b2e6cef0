package id.pilar.atlas.ui.index;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UserMessages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/**
 * The ranking window's state: the day asked for, the rows with their sentences, a status line.
 * The index is computed as long work (progress bar, cancel); tests run it on the calling thread.
 */
@Messages({
    "PRG_Index=Menghitung indeks kerentanan",
    "# {0} - as of", "# {1} - previous as of", "# {2} - indicators",
    "MSG_Computed=Indeks per {0}, dibandingkan dengan {1}; {2} indikator tersedia.",
    "MSG_NoPrevious=tidak dapat dibandingkan",
    "MSG_PickDate=Pilih tanggal dulu."
})
public final class IndexViewModel {

    /** Long work with progress and cancel; production uses {@link BackgroundWork}, tests run it directly. */
    public interface LongWork {
        <T> void submit(String title, BackgroundWork.Job<T> job, Consumer<T> done, Consumer<Throwable> failed);

        LongWork BACKGROUND = BackgroundWork::submit;

        LongWork DIRECT = new LongWork() {
            @Override
            public <T> void submit(String title, BackgroundWork.Job<T> job, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = job.run(null);
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }
        };
    }

    /** A line of the table, already in words. */
    public record Line(KelurahanScore score, String index, String change, String previousRank, String drivers) {
    }

    private final AtlasService atlas;
    private final LongWork work;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<VulnerabilityIndex> index = new SimpleObjectProperty<>();

    public IndexViewModel(AtlasService atlas, LongWork work, LocalDate today) {
        this.atlas = atlas;
        this.work = work;
        asOf.set(today);
    }

    public ObjectProperty<LocalDate> asOf() {
        return asOf;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<VulnerabilityIndex> index() {
        return index;
    }

    public void compute() {
        LocalDate day = asOf.get();
        if (day == null) {
            status.set(Bundle.MSG_PickDate());
            return;
        }
        work.submit(Bundle.PRG_Index(), p -> atlas.index(day), this::show, e -> status.set(UserMessages.of(e)));
    }

    void show(VulnerabilityIndex v) {
        Map<String, AtlasIndicator> byId = new LinkedHashMap<>();
        v.indicators().forEach(i -> byId.put(i.id(), i));
        lines.setAll(v.rows().stream().map(s -> line(s, byId)).toList());
        index.set(v);
        long withWeight = v.weights().values().stream().filter(w -> w > 0).count();
        status.set(Bundle.MSG_Computed(Formats.date(v.asOf()), Formats.date(v.previousAsOf()), withWeight));
    }

    static Line line(KelurahanScore s, Map<String, AtlasIndicator> byId) {
        String change;
        if (s.previousIndex() == null) {
            change = Bundle.MSG_NoPrevious();
        } else {
            double d = s.index() - s.previousIndex();
            change = (d > 0.05 ? "+" : "") + Formats.decimal(Math.abs(d) < 0.05 ? 0.0 : d, 1);
        }
        String previousRank = s.previousRank() == null ? "—" : Integer.toString(s.previousRank());
        return new Line(s, Formats.decimal(s.index(), 1), change, previousRank, DriverSentence.of(s, byId));
    }
}
