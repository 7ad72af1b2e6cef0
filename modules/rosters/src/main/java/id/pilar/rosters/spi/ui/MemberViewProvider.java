package id.pilar.rosters.spi.ui;

import id.pilar.rosters.api.MemberRef;

/**
 * A tab on the member window, contributed by another module (awards adds "Penghargaan").
 * Register with {@code @ServiceProvider(service = MemberViewProvider.class, position = …)};
 * tabs appear after the rosters' own, in {@link #position()} order.
 *
 * <p>It lives in a {@code ui} sub-package because it hands out a JavaFX node, and the layering
 * rules keep JavaFX inside {@code ..ui..} packages.
 */
public interface MemberViewProvider {

    /** Tab title, Indonesian. */
    String title();

    /** Lower comes first. */
    default int position() {
        return 1000;
    }

    /**
     * Builds the tab's content for a member; called on the JavaFX thread, so it must not touch the
     * database: start background work and fill the node when it returns.
     */
    javafx.scene.Node createView(MemberRef member);
}
