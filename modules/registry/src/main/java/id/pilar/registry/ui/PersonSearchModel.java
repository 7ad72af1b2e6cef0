package id.pilar.registry.ui;

import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The person list's search: every query runs in the background; a result that arrives after a
 * newer query was typed is thrown away, so the list never jumps back to an older answer.
 * (The view debounces keystrokes before calling {@link #query}.)
 */
public final class PersonSearchModel {

    static final int LIMIT = 200;

    private final PersonSearch search;
    private final UiExecutor executor;
    private final Consumer<List<PersonSummary>> results;
    private final Consumer<Throwable> failure;
    private final AtomicLong generation = new AtomicLong();

    public PersonSearchModel(PersonSearch search, UiExecutor executor, Consumer<List<PersonSummary>> results, Consumer<Throwable> failure) {
        this.search = search;
        this.executor = executor;
        this.results = results;
        this.failure = failure;
    }

    public void query(String text) {
        long mine = generation.incrementAndGet();
        executor.background().execute(() -> {
            if (mine != generation.get()) {
                return;
            }
            try {
                List<PersonSummary> found = search.search(text, LIMIT);
                executor.fx().execute(() -> {
                    if (mine == generation.get()) {
                        results.accept(found);
                    }
                });
            } catch (RuntimeException e) {
                executor.fx().execute(() -> failure.accept(e));
            }
        });
    }
}
