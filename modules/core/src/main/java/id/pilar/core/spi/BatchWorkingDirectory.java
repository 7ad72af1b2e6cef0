package id.pilar.core.spi;

import java.nio.file.Path;

/**
 * The folder the user typed the batch command in. The platform JVM may run elsewhere (and a
 * remote invocation certainly does), so file arguments must be resolved against this, through
 * {@link BatchCommand#resolve(String)}. Core sets it before running jobs.
 */
public final class BatchWorkingDirectory {

    private static volatile Path current = Path.of("").toAbsolutePath();

    private BatchWorkingDirectory() {
    }

    public static Path get() {
        return current;
    }

    /** Called by core's option processor with the invoking shell's directory. */
    public static void set(Path directory) {
        current = directory.toAbsolutePath();
    }
}
