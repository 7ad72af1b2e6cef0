package id.pilar.bench.atlas;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.atlas.api.Contribution;
import id.pilar.atlas.api.KelurahanScore;
import id.pilar.atlas.api.VulnerabilityIndex;
import id.pilar.atlas.api.geo.BoundaryService;
import id.pilar.atlas.impl.geo.BoundaryServiceImpl;
import id.pilar.atlas.ui.map.MapLayer;
import id.pilar.atlas.ui.map.MapModel;
import id.pilar.atlas.ui.map.MapView;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Issue 15 item 7: recolouring the map with another indicator, the map window's own view at
 * 1366×768 with the 44 schematic cells, names and legend. Measured from the layer change to the
 * end of the second pulse after it (layout, then the frame rendered), against the same two pulses
 * with nothing changed (the toolkit's floor) in the same run. In the application the same change
 * logs {@code PILAR-TRACE event=atlas.map.redraw} with {@code -J-Dpilar.trace=true}.
 *
 * <p>Headless (Monocle, software rendering) unless {@code -Dpilar.bench.atlas.display=true}, which
 * uses the DISPLAY (Xvfb or a desktop) and the hardware pipeline where there is one.
 */
public final class MapRedrawBench implements AtlasMeasure {

    private static final int WARMUPS = 20;
    private static final int RUNS = 60;
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        if (!Boolean.getBoolean("pilar.bench.atlas.display")) {
            for (String[] kv : new String[][] {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
                {"headless.geometry", "1400x900-32"}}) {
                System.setProperty(kv[0], System.getProperty(kv[0], kv[1]));
            }
        }
        Files.createDirectories(workDir);
        Path db = workDir.resolve("atlas-map.db");
        Files.deleteIfExists(db);
        DataKernel.get().open(DatabaseTarget.sqlite(db));
        BoundaryService boundaries = new BoundaryServiceImpl(Transactions.get());
        AtlasService atlas = syntheticAtlas(ReferenceData.get().kelurahan());
        Executor background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-atlas-load");
            t.setDaemon(true);
            return t;
        });
        UiExecutor ui = new UiExecutor() {
            @Override
            public Executor background() {
                return background;
            }

            @Override
            public Executor fx() {
                return Platform::runLater;
            }
        };
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        MapModel model = new MapModel(() -> atlas, () -> boundaries, ui);
        MapView[] view = new MapView[1];
        Scene[] scene = new Scene[1];
        onFx(() -> {
            view[0] = new MapView(model, p -> { });
            scene[0] = new Scene(view[0], 1366, 768);
            scene[0].getStylesheets().add(FxTopComponent.stylesheet());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            view[0].reload();
        });
        long deadline = System.currentTimeMillis() + 60_000;
        while (onFxGet(() -> view[0].layerChoice().getItems().size()) < 2) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the map did not load within 60 s");
            }
            Thread.sleep(50);
        }
        List<MapLayer> layers = onFxGet(() -> List.copyOf(view[0].layerChoice().getItems()));
        System.out.println("# atlas: map of " + model.loaded().shapes().kelurahan().size() + " kelurahan, " + layers.size()
                + " layers, " + (Boolean.getBoolean("pilar.bench.atlas.display") ? "display" : "headless software rendering"));
        double[] redraw = new double[RUNS];
        double[] floor = new double[RUNS];
        double[] fxWork = new double[RUNS];
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            MapLayer next = layers.get((i + 1) % layers.size());
            double[] work = new double[1];
            double r = twoPulses(scene[0], () -> {
                long t0 = System.nanoTime();
                view[0].selectLayer(next);
                work[0] = (System.nanoTime() - t0) / 1e6;
            });
            double f = twoPulses(scene[0], () -> { });
            if (i >= WARMUPS) {
                redraw[i - WARMUPS] = r;
                floor[i - WARMUPS] = f;
                fxWork[i - WARMUPS] = work[0];
            }
        }
        out.accept(new Figure("atlas.map.redraw.p50", Stats.percentile(redraw, 50), "ms", Stats.percentile(floor, 50), "<=100 ms"));
        out.accept(new Figure("atlas.map.redraw.p95", Stats.percentile(redraw, 95), "ms", Stats.percentile(floor, 95), "<=100 ms"));
        out.accept(new Figure("atlas.map.recolour_fx_thread.p50", Stats.percentile(fxWork, 50), "ms", Double.NaN,
                "informative: the FX thread's own work of a redraw (fills, tooltips, legend)"));
        onFx(() -> ((Stage) scene[0].getWindow()).close());
        DataKernel.get().close();
    }

    /** Runs {@code change} on the FX thread, then waits for two pulses: ms from the change to the second's end. */
    private static double twoPulses(Scene scene, Runnable change) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[2];
        Platform.runLater(() -> {
            t[0] = System.nanoTime();
            change.run();
            int[] pulses = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (++pulses[0] == 2) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    t[1] = System.nanoTime();
                    done.countDown();
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse within 30 s");
        }
        return (t[1] - t[0]) / 1e6;
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Object[] result = new Object[2];
        Platform.runLater(() -> {
            try {
                result[0] = c.call();
            } catch (Exception | Error e) {
                result[1] = e;
            }
            done.countDown();
        });
        done.await();
        if (result[1] instanceof Exception e) {
            throw e;
        }
        if (result[1] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Eight indicators with seeded values for the 44 kelurahan: the redraw does not depend on where figures come from. */
    private static AtlasService syntheticAtlas(List<Kelurahan> kelurahan) {
        List<AtlasIndicator> indicators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            indicators.add(new AtlasIndicator("bench.i" + i, "Indikator " + i, "bench", "per 1.000 penduduk", i != 7));
        }
        Random random = new Random(20261202L);
        List<KelurahanScore> rows = new ArrayList<>();
        for (Kelurahan k : kelurahan) {
            Map<String, Double> values = new LinkedHashMap<>();
            indicators.forEach(i -> values.put(i.id(), random.nextDouble() * 50));
            rows.add(new KelurahanScore(k.kode(), k.nama(), k.kodeKecamatan(), k.namaKecamatan(), k.penduduk2024(),
                    random.nextDouble() * 100, 0, null, null, values, List.<Contribution>of()));
        }
        rows.sort((a, b) -> Double.compare(b.index(), a.index()));
        List<KelurahanScore> ranked = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            KelurahanScore s = rows.get(r);
            ranked.add(new KelurahanScore(s.kode(), s.nama(), s.kodeKecamatan(), s.namaKecamatan(), s.population(), s.index(), r + 1,
                    null, null, s.values(), s.drivers()));
        }
        VulnerabilityIndex index = new VulnerabilityIndex(AS_OF, AS_OF.minusMonths(1), indicators, Map.of(), ranked);
        return new AtlasService() {
            @Override
            public List<AtlasIndicator> indicators() {
                return indicators;
            }

            @Override
            public VulnerabilityIndex index(LocalDate asOf) {
                return index;
            }

            @Override
            public Map<String, Double> weights() {
                return Map.of();
            }

            @Override
            public void saveWeights(Map<String, Double> weights) {
                throw new UnsupportedOperationException("bench");
            }
        };
    }
}
