package id.pilar.ui.spi;

import javafx.scene.Node;

/**
 * Adds a tab to every window that shows a record of type {@code R} — a person, a member, an
 * organisation, a case, an award (the shape of VisualVM's {@code DataSourceViewProvider}). The
 * record types are the owning modules' api records ({@code PersonRef}, {@code MemberRef}, …).
 *
 * <p>Register with {@code @ServiceProvider(service = ViewProvider.class)}; the window's
 * {@link id.pilar.ui.api.RecordTabs} picks every provider whose {@link #recordType()} is its
 * record's type, orders them by {@link #position()} and hands each the same record.
 *
 * @param <R> the record the tab shows
 */
public interface ViewProvider<R> {

    /** The record type this tab is for, e.g. {@code PersonRef.class}. */
    Class<R> recordType();

    /** The tab's title, from the module's bundle. */
    String title();

    /**
     * Lower comes first. The owning module's own tabs use 100, 200, 300 …; other modules' tabs
     * default to 1000, after them.
     */
    default int position() {
        return 1000;
    }

    /**
     * Builds the tab's content; called on the JavaFX thread, so it must not touch the database:
     * start background work (a view model with a {@code UiExecutor}) and fill the node when it
     * returns.
     */
    Node createView(R record);
}
