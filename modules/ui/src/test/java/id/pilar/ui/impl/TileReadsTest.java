package id.pilar.ui.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.pilar.ui.spi.HomeTile;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The start page's reads started at sign-in are the ones its reload shows, for the same database and user only. */
class TileReadsTest {

    private final ConcurrentHashMap<String, AtomicInteger> loads = new ConcurrentHashMap<>();
    private final TileReads reads = new TileReads(Runnable::run, tile -> {
        int n = loads.computeIfAbsent(tile.title(), t -> new AtomicInteger()).incrementAndGet();
        return HomeTile.Content.of(tile.title() + " #" + n);
    });

    private static HomeTile tile(String title) {
        return new HomeTile() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Content load() {
                throw new AssertionError("read through TileReads' load only");
            }
        };
    }

    @Test
    void theReloadTakesWhatTheSignInStarted() throws Exception {
        HomeTile registry = tile("Registri");
        HomeTile cases = tile("Kasus");
        Object key = List.of("pilar.db", "bench");
        reads.start(key, List.of(registry, cases));
        assertEquals(1, loads.get("Registri").get(), "the sign-in read each tile once");

        CompletableFuture<HomeTile.Content> r = reads.take(List.of("pilar.db", "bench"), registry);
        assertEquals("Registri #1", r.get(5, TimeUnit.SECONDS).headline());
        assertEquals(1, loads.get("Registri").get(), "the reload did not read again");
        assertEquals("Kasus #1", reads.take(key, cases).get(5, TimeUnit.SECONDS).headline());

        // A later reload (Refresh, data changed) reads anew: a read is taken once.
        assertEquals("Registri #2", reads.take(key, registry).get(5, TimeUnit.SECONDS).headline());
    }

    @Test
    void anotherUserOrDatabaseGetsItsOwnReads() throws Exception {
        HomeTile registry = tile("Registri");
        reads.start(List.of("pilar.db", "bench"), List.of(registry));
        CompletableFuture<HomeTile.Content> other = reads.take(List.of("pilar.db", "admin"), registry);
        assertEquals("Registri #2", other.get(5, TimeUnit.SECONDS).headline());

        reads.start(List.of("pilar.db", "bench"), List.of(registry));
        reads.clear(); // signed out before the reload came
        CompletableFuture<HomeTile.Content> after = reads.take(List.of("pilar.db", "bench"), registry);
        assertEquals("Registri #4", after.get(5, TimeUnit.SECONDS).headline());
    }

    @Test
    void aFailedReadReachesTheReload() {
        TileReads failing = new TileReads(Runnable::run, tile -> {
            throw new IllegalStateException("basis data terkunci");
        });
        HomeTile registry = tile("Registri");
        failing.start("k", List.of(registry));
        CompletableFuture<HomeTile.Content> f = failing.take("k", registry);
        assertSame(IllegalStateException.class,
                org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class, f::get).getCause().getClass());
        assertNotSame(f, failing.take("k", registry), "taken once");
    }
}
