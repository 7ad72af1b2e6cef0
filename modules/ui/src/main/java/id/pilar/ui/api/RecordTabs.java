package id.pilar.ui.api;

import id.pilar.ui.spi.ViewProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/**
 * The tab host of every record window: one tab per {@link ViewProvider} of the record's type, in
 * position order, each handed the same record (loaded once by the window). A tab that fails to
 * build is logged and replaced by a clear message, so one module's broken tab never takes the
 * window down.
 */
@Messages({
    "# {0} - tab title",
    "LBL_TabFailed=Tab \u201c{0}\u201d tidak dapat ditampilkan karena kesalahan tak terduga. Rinciannya tercatat di log; jendela lain tetap dapat dipakai."
})
public final class RecordTabs {

    private static final Logger LOG = Logger.getLogger(RecordTabs.class.getName());

    private RecordTabs() {
    }

    /** The providers for {@code type}, in position order (ties by title, so the order is stable). */
    @SuppressWarnings("unchecked")
    public static <R> List<ViewProvider<R>> providers(Class<R> type) {
        List<ViewProvider<R>> found = new ArrayList<>();
        for (ViewProvider<?> p : Lookup.getDefault().lookupAll(ViewProvider.class)) {
            if (p.recordType() == type) {
                found.add((ViewProvider<R>) p);
            }
        }
        found.sort(Comparator.<ViewProvider<R>>comparingInt(ViewProvider::position).thenComparing(ViewProvider::title));
        return found;
    }

    /** Builds the tab pane for {@code record}; call on the JavaFX thread. */
    public static <R> TabPane create(Class<R> type, R record) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ViewProvider<R> p : providers(type)) {
            tabs.getTabs().add(tab(p, record));
        }
        return tabs;
    }

    /**
     * One provider's tab for {@code record}; a window whose own tabs are not providers (they share
     * its form) adds the contributed ones with this. Call on the JavaFX thread.
     */
    public static <R> Tab tab(ViewProvider<R> provider, R record) {
        Tab tab = new Tab(provider.title());
        try {
            tab.setContent(provider.createView(record));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Tab " + provider.getClass().getName() + " failed for " + record, e);
            Label message = new Label(Bundle.LBL_TabFailed(provider.title()));
            message.setWrapText(true);
            VBox box = new VBox(message);
            box.setPadding(new Insets(12));
            tab.setContent(box);
        }
        return tab;
    }
}
