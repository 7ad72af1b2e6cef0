package id.pilar.bench;

import java.nio.file.Path;
import java.util.function.Consumer;

/** The benchmarks of one module. Implementations are listed in {@link Bench#SUITES}. */
public interface BenchSuite {

    /** Short name used by {@code --only}. */
    String name();

    /**
     * Runs the module's benchmarks at {@code size} (people; other counts scale from it) in
     * {@code workDir}, reporting each figure as soon as it is measured.
     */
    void run(int size, Path workDir, Consumer<Figure> out) throws Exception;
}
