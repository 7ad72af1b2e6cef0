package id.pilar.ui.api;

import java.util.concurrent.Executor;

/**
 * Where view models run work: {@link #background()} for database and file work, {@link #fx()}
 * to hand results back to the JavaFX thread.
 *
 * <p>View models take one in their constructor; tests pass {@link #DIRECT}, which runs
 * everything on the calling thread, so no toolkit is needed.
 */
public interface UiExecutor {

    Executor background();

    Executor fx();

    /**
     * The usual shape of a view's load: {@code work} in the background, then {@code show} with its
     * result on the FX thread, or {@code failed} with the exception on the FX thread.
     */
    default <T> void load(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> show,
            java.util.function.Consumer<Exception> failed) {
        background().execute(() -> {
            try {
                T result = work.call();
                fx().execute(() -> show.accept(result));
            } catch (Exception e) {
                fx().execute(() -> failed.accept(e));
            }
        });
    }

    /** Runs everything on the calling thread: for tests of view models. */
    UiExecutor DIRECT = new UiExecutor() {
        @Override
        public Executor background() {
            return Runnable::run;
        }

        @Override
        public Executor fx() {
            return Runnable::run;
        }
    };

    /** The application's executors: a shared background pool and {@code Platform.runLater}. */
    static UiExecutor standard() {
        return StandardUiExecutor.INSTANCE;
    }
}
