package id.pilar.atlas.impl.geo;

import id.pilar.core.spi.area.AreaPeriod;
import id.pilar.core.spi.area.AreaPoint;
import id.pilar.core.spi.area.AreaPointSource;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A module's points as the tests set them (META-INF/services of the test classes). */
public final class FakePointSource implements AreaPointSource {

    static final List<AreaPoint> POINTS = new CopyOnWriteArrayList<>();

    static AreaPoint at(String id, double lat, double lng) {
        return new AreaPoint("test.report", id, "uji " + id, lat, lng, null, LocalDate.of(2026, 11, 20));
    }

    @Override
    public String moduleId() {
        return "test";
    }

    @Override
    public List<AreaPoint> points(AreaPeriod period) {
        return List.copyOf(POINTS);
    }
}
