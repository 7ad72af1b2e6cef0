package id.pilar.atlas.impl;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.area.AreaFigure;
import id.pilar.core.spi.area.AreaIndicator;
import id.pilar.core.spi.area.AreaIndicatorSource;
import id.pilar.core.spi.area.AreaPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Several periods asked at once: each answer lands in its own period, in the order asked. */
class AreaSourcesTest {

    static final AreaPeriod NOW = AreaPeriod.daysEndingOn(LocalDate.of(2026, 11, 30), 30);
    static final AreaPeriod BEFORE = AreaPeriod.daysEndingOn(LocalDate.of(2026, 10, 31), 30);

    /** Counts the period's last day of month, so each answer says which period it was for. */
    static final class DayOfMonth implements AreaIndicatorSource {
        final String module;
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final CountDownLatch bothAsked;

        DayOfMonth(String module, CountDownLatch bothAsked) {
            this.module = module;
            this.bothAsked = bothAsked;
        }

        @Override
        public String moduleId() {
            return module;
        }

        @Override
        public List<AreaIndicator> indicators() {
            return List.of(new AreaIndicator(module + ".x", "X", 0, true, false, true));
        }

        @Override
        public List<AreaFigure> figures(AreaPeriod period) {
            threads.add(Thread.currentThread());
            bothAsked.countDown();
            try {
                // Waits (bounded) for the other period's call: proves both run at the same time
                // where there are two cores, without making a one-core machine fail.
                bothAsked.await(AreaSources.THREADS > 1 ? 10 : 0, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new AreaFigure("31.71.01.1001", module + ".x", null, period.asOf().getDayOfMonth()));
        }
    }

    static final class Failing implements AreaIndicatorSource {
        @Override
        public String moduleId() {
            return "rusak";
        }

        @Override
        public List<AreaIndicator> indicators() {
            return List.of(new AreaIndicator("rusak.x", "X", 0, true, false, true));
        }

        @Override
        public List<AreaFigure> figures(AreaPeriod period) {
            throw new IllegalStateException("query failed");
        }
    }

    @Test
    void eachPeriodGetsItsOwnAnswersInTheOrderAsked() {
        CountDownLatch latch = new CountDownLatch(2);
        DayOfMonth source = new DayOfMonth("uji", latch);
        AreaSources sources = new AreaSources(() -> List.of(source, new Failing()));

        List<AreaSources.Figures> got = sources.figures(List.of(NOW, BEFORE));

        assertThat(got).hasSize(2);
        assertThat(got.get(0).figures()).extracting(AreaFigure::value).containsExactly((double) NOW.asOf().getDayOfMonth());
        assertThat(got.get(1).figures()).extracting(AreaFigure::value).containsExactly((double) BEFORE.asOf().getDayOfMonth());
        // The failing source is left out of both periods; the other one's indicator stays.
        assertThat(got.get(0).indicators()).extracting(AreaIndicator::id).containsExactly("uji.x");
        assertThat(got.get(1).moduleOf()).containsOnlyKeys("uji.x");
        if (AreaSources.THREADS > 1) {
            assertThat(latch.getCount()).isZero();
            assertThat(source.threads).hasSize(2);
        }
    }

    @Test
    void onePeriodAsBefore() {
        AreaSources sources = new AreaSources(() -> List.of(new DayOfMonth("uji", new CountDownLatch(0))));
        assertThat(sources.figures(NOW).figures()).extracting(AreaFigure::value).containsExactly(30.0);
    }
}
