package id.pilar.core.spi;

import java.util.Random;

/**
 * What a demo-data contributor gets: a deterministic random source, a size, and progress.
 *
 * @param seed     seed of the whole run; contributors derive their own {@link Random} from it
 * @param size     the requested number of people; other modules scale from it
 * @param progress receives units of work and a message; may be a no-op
 */
public record DemoDataContext(long seed, int size, Progress progress) {

    /** Progress and cancellation of a long job, independent of any toolkit. */
    public interface Progress {
        void step(String message, int done, int total);

        boolean cancelled();

        Progress NONE = new Progress() {
            @Override
            public void step(String message, int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    public boolean cancelled() {
        return progress.cancelled();
    }

    /** A random source for one module, stable across runs with the same seed. */
    public Random randomFor(String moduleId) {
        return new Random(seed * 31 + moduleId.hashCode());
    }
}
