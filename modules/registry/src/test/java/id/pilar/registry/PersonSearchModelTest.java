package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.ui.PersonSearchModel;
import id.pilar.ui.api.UiExecutor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Search as one types: one query at a time, stale text skipped, stale results dropped. */
class PersonSearchModelTest {

    /** Background work waits in a queue until the test runs it; FX work runs at once. */
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final UiExecutor executor = new UiExecutor() {
        @Override
        public Executor background() {
            return background::add;
        }

        @Override
        public Executor fx() {
            return Runnable::run;
        }
    };
    private final List<String> searched = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Runnable> duringSearch = new ArrayList<>();

    private PersonSearchModel model() {
        return new PersonSearchModel((q, limit) -> {
            searched.add(q);
            if (!duringSearch.isEmpty()) {
                duringSearch.remove(0).run(); // the clerk types on while this query runs
            }
            return List.of();
        }, executor, r -> shown.add(searched.get(searched.size() - 1)), e -> shown.add("failed: " + e.getMessage()));
    }

    @Test
    void eachKeyPressSearchesAtOnceWhenNothingRuns() {
        PersonSearchModel m = model();
        m.query("bu");
        background.poll().run();
        m.query("bud");
        background.poll().run();
        assertThat(searched).containsExactly("bu", "bud");
        assertThat(shown).containsExactly("bu", "bud");
    }

    @Test
    void textTypedDuringASearchWaitsAndOnlyTheNewestRuns() {
        PersonSearchModel m = model();
        duringSearch.add(() -> {
            m.query("bud");
            m.query("budi");
            m.query("budi s");
        });
        m.query("bu");
        assertThat(background).hasSize(1);
        background.poll().run();
        assertThat(searched).containsExactly("bu", "budi s");
        assertThat(shown).containsExactly("budi s"); // "bu" arrived after newer text: dropped
        assertThat(background).isEmpty();
        m.query("budi sa");
        assertThat(background).hasSize(1); // idle again: the next key starts a query
    }

    @Test
    void emptyingTheBoxDropsWhatIsRunning() {
        PersonSearchModel m = model();
        duringSearch.add(m::clear);
        m.query("bu");
        background.poll().run();
        assertThat(searched).containsExactly("bu");
        assertThat(shown).isEmpty();
        m.query("s");
        assertThat(background).hasSize(1);
    }

    @Test
    void aFailureIsReportedAndTheNextQueryStillRuns() {
        List<String> calls = new ArrayList<>();
        PersonSearchModel m = new PersonSearchModel((q, limit) -> {
            calls.add(q);
            if (q.equals("x")) {
                throw new IllegalStateException("disk");
            }
            return List.<PersonSummary>of();
        }, executor, r -> shown.add("ok"), e -> shown.add("failed: " + e.getMessage()));
        m.query("x");
        background.poll().run();
        m.query("y");
        background.poll().run();
        assertThat(calls).containsExactly("x", "y");
        assertThat(shown).containsExactly("failed: disk", "ok");
    }
}
