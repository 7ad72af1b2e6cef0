package id.pilar.registry.ui;

import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The person list's search, run as one types: every query runs in the background, at most one at
 * a time. Text typed while a query runs waits; when it ends only the newest waiting text is
 * searched (the ones in between are skipped), and a result whose text is no longer the newest is
 * thrown away, so the list never jumps back to an older answer. No fixed delay: a search takes a
 * millisecond or two even on a million people, so results follow each key press.
 */
public final class PersonSearchModel {

    static final int LIMIT = 200;

    private final PersonSearch search;
    private final UiExecutor executor;
    private final BiConsumer<String, List<PersonSummary>> results;
    private final Consumer<Throwable> failure;
    private final Object lock = new Object();
    private String newest; // null: nothing wanted (the box is empty)
    private boolean running;

    public PersonSearchModel(PersonSearch search, UiExecutor executor, Consumer<List<PersonSummary>> results, Consumer<Throwable> failure) {
        this(search, executor, (text, found) -> results.accept(found), failure);
    }

    /** @param results gets the text searched with its results, so a view knows which text the list answers */
    public PersonSearchModel(PersonSearch search, UiExecutor executor, BiConsumer<String, List<PersonSummary>> results,
            Consumer<Throwable> failure) {
        this.search = search;
        this.executor = executor;
        this.results = results;
        this.failure = failure;
    }

    /** Asks for the results of {@code text}; call on the FX thread on every change of the box. */
    public void query(String text) {
        synchronized (lock) {
            newest = text;
            if (running) {
                return; // the running query picks this text up when it ends
            }
            running = true;
        }
        executor.background().execute(() -> run(text));
    }

    /** The box was emptied: whatever is running or waiting is no longer wanted. */
    public void clear() {
        synchronized (lock) {
            newest = null;
        }
    }

    private void run(String text) {
        String next = text;
        while (next != null) {
            String current = next;
            try {
                List<PersonSummary> found = search.search(current, LIMIT);
                executor.fx().execute(() -> {
                    if (current.equals(newestText())) {
                        results.accept(current, found);
                    }
                });
            } catch (RuntimeException e) {
                executor.fx().execute(() -> failure.accept(e));
            }
            synchronized (lock) {
                if (newest == null || current.equals(newest)) {
                    running = false;
                    next = null;
                } else {
                    next = newest;
                }
            }
        }
    }

    private String newestText() {
        synchronized (lock) {
            return newest;
        }
    }
}
