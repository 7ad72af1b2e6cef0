package id.pilar.bench.atlas;

import id.pilar.bench.Figure;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A further measurement of the atlas suite, run on the suite's open database after the index
 * figures (the map's redraw, for one). Listed by class name in {@link AtlasBench#MORE} so a class
 * that is not there yet is skipped.
 */
public interface AtlasMeasure {

    void run(int size, Path workDir, Consumer<Figure> out) throws Exception;
}
