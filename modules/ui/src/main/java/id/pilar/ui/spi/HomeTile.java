package id.pilar.ui.spi;

import java.util.List;

/**
 * A tile on the start page (Beranda). Modules register tiles with
 * {@code @ServiceProvider(service = HomeTile.class, position = …)}; lower positions come first.
 */
public interface HomeTile {

    /** Short Indonesian title, e.g. "Registri". */
    String title();

    /**
     * Computes what the tile shows; runs in the background once someone is signed in and the
     * schema is migrated, which at start-up is before Hibernate's SessionFactory is built. Read
     * through services that use plain JDBC ({@code Transactions.query}) and the tile shows its
     * figures at once; a service on Hibernate works too, but waits until the kernel is ready.
     */
    Content load() throws Exception;

    /** Opens the window the tile stands for; runs on the EDT. Only called when {@link #canOpen()}. */
    default void open() {
    }

    /** True when the tile has a window to open (shows the "Buka" button). */
    default boolean canOpen() {
        return false;
    }

    /**
     * What a tile shows.
     *
     * @param headline the main figure, e.g. "12.345 orang"
     * @param lines    details, one per line
     * @param alert    true to draw attention (expiring certificates, alerts)
     */
    record Content(String headline, List<String> lines, boolean alert) {
        public Content {
            lines = List.copyOf(lines);
        }

        public static Content of(String headline, String... lines) {
            return new Content(headline, List.of(lines), false);
        }
    }
}
