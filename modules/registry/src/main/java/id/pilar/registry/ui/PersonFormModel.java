package id.pilar.registry.ui;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the person form does, without JavaFX: saves in the background, and stops twice before
 * saving when the clerk should look first — at NIK warnings (date or sex disagrees) and, for a
 * new person, at possible duplicates. Pressing Save again with the same entries goes ahead.
 */
public final class PersonFormModel {

    /** What the form shows. Called on the FX thread. */
    public interface View {
        void problems(List<IdentityProblem> problems, boolean onlyWarnings);

        void duplicates(List<DuplicateCandidate> candidates);

        void saved(PersonSummary person);

        void failed(String message);
    }

    private final PersonService people;
    private final DuplicateService duplicates;
    private final UiExecutor executor;
    private final View view;
    private final String personId;
    private final int version;
    /** Counts checks and saves: only the newest one's problems reach the view, so messages follow the current values. */
    private final AtomicInteger generation = new AtomicInteger();
    private PersonDraft warned;
    private PersonDraft duplicatesShown;

    /**
     * @param personId null for a new person
     * @param version  the version loaded, for an edit
     */
    public PersonFormModel(PersonService people, DuplicateService duplicates, UiExecutor executor, View view, String personId, int version) {
        this.people = people;
        this.duplicates = duplicates;
        this.executor = executor;
        this.view = view;
        this.personId = personId;
        this.version = version;
    }

    public void save(PersonDraft draft) {
        save(draft, null);
    }

    /** Saves the person and, when given, the photo chosen in the form, in one transaction. */
    public void save(PersonDraft draft, id.pilar.registry.api.PersonPhoto photo) {
        boolean confirmed = draft.equals(warned);
        boolean duplicatesSeen = personId != null || draft.equals(duplicatesShown);
        generation.incrementAndGet(); // a check still running must not replace what the save says
        executor.background().execute(() -> {
            try {
                if (!duplicatesSeen) {
                    List<DuplicateCandidate> c = duplicates.candidatesFor(draft, 5);
                    if (!c.isEmpty()) {
                        duplicatesShown = draft;
                        executor.fx().execute(() -> view.duplicates(c));
                        return;
                    }
                }
                PersonSummary s = personId == null ? people.create(draft, confirmed, photo)
                        : people.update(personId, version, draft, confirmed, photo);
                executor.fx().execute(() -> view.saved(s));
            } catch (RegistryValidationException e) {
                if (e.onlyWarnings()) {
                    warned = draft;
                }
                executor.fx().execute(() -> view.problems(e.problems(), e.onlyWarnings()));
            } catch (RuntimeException e) {
                executor.fx().execute(() -> view.failed(UserMessages.of(e)));
            }
        });
    }

    /**
     * Checks the current entries without saving (the form calls it on every change). Only the
     * answer for the newest entries is shown: an older one arriving late is dropped.
     */
    public void check(PersonDraft draft) {
        int mine = generation.incrementAndGet();
        executor.background().execute(() -> {
            try {
                List<IdentityProblem> p = people.validate(personId, draft);
                boolean onlyWarnings = p.stream().allMatch(x -> x.severity() == IdentityProblem.Severity.WARNING);
                executor.fx().execute(() -> {
                    if (mine == generation.get()) {
                        view.problems(p, onlyWarnings);
                    }
                });
            } catch (RuntimeException e) {
                executor.fx().execute(() -> view.failed(UserMessages.of(e)));
            }
        });
    }
}
