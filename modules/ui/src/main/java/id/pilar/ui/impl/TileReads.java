package id.pilar.ui.impl;

import id.pilar.ui.spi.HomeTile;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The start page's tile reads. A sign-in starts them at once ({@link #start}) for its database and
 * user; the page's reload, which may come a few hundred milliseconds later on the FX thread, takes
 * each tile's read when it is for the same database and user ({@link #take}) and starts a new one
 * otherwise. A read is taken once: a later reload reads again.
 */
final class TileReads {

    private final Executor executor;
    private final Function<HomeTile, HomeTile.Content> load;
    private volatile Started started;

    private record Started(Object key, Map<HomeTile, CompletableFuture<HomeTile.Content>> reads) {
    }

    /** @param load a tile's read, run on {@code executor}; a checked failure comes wrapped in a {@link CompletionException} */
    TileReads(Executor executor, Function<HomeTile, HomeTile.Content> load) {
        this.executor = executor;
        this.load = load;
    }

    /** Starts every tile's read for {@code key} (database and user), replacing reads not taken yet. */
    void start(Object key, Collection<? extends HomeTile> tiles) {
        Map<HomeTile, CompletableFuture<HomeTile.Content>> reads = new IdentityHashMap<>();
        for (HomeTile tile : tiles) {
            reads.put(tile, read(tile));
        }
        started = new Started(key, reads);
    }

    /** Forgets reads not taken (signed out). */
    void clear() {
        started = null;
    }

    /** The read started for this tile and key, or a new one. */
    CompletableFuture<HomeTile.Content> take(Object key, HomeTile tile) {
        Started s = started;
        if (s != null && s.key().equals(key)) {
            CompletableFuture<HomeTile.Content> f;
            synchronized (s.reads()) {
                f = s.reads().remove(tile);
            }
            if (f != null) {
                return f;
            }
        }
        return read(tile);
    }

    private CompletableFuture<HomeTile.Content> read(HomeTile tile) {
        return CompletableFuture.supplyAsync(() -> load.apply(tile), executor);
    }
}
