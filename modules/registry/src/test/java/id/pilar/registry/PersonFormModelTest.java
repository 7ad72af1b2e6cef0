package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.ui.PersonFormModel;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The form's save flow without a toolkit: warnings and possible duplicates stop the first Save only. */
class PersonFormModelTest {

    static TestDatabase db;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static final class Recorder implements PersonFormModel.View {
        final List<String> events = new ArrayList<>();

        @Override
        public void problems(List<IdentityProblem> problems, boolean onlyWarnings) {
            events.add((onlyWarnings ? "warnings:" : "errors:") + problems.stream().map(IdentityProblem::code).toList());
        }

        @Override
        public void duplicates(List<DuplicateCandidate> candidates) {
            events.add("duplicates:" + candidates.size());
        }

        @Override
        public void saved(PersonSummary person) {
            events.add("saved:" + person.nama());
        }

        @Override
        public void failed(String message) {
            events.add("failed:" + message);
        }
    }

    private PersonFormModel model(Recorder r) {
        return new PersonFormModel(new PersonServiceImpl(db.transactions()), new DuplicateServiceImpl(db.transactions()),
                UiExecutor.DIRECT, r, null, 0);
    }

    @Test
    void nikWarningNeedsASecondSaveAndErrorsNeverSave() {
        Recorder r = new Recorder();
        PersonFormModel m = model(r);
        PersonDraft d = PersonDraft.named("Wulan Sari").withNik("3171015708450003").withBirth(Sex.LAKI_LAKI, "Jakarta", LocalDate.of(1945, 8, 17));
        m.save(d);
        m.save(d);
        m.save(PersonDraft.named("").withNik("123"));
        assertThat(r.events).containsExactly("warnings:[NIK_BEDA_JK]", "saved:Wulan Sari", "errors:[NAMA_KOSONG, NIK_FORMAT]");
    }

    @Test
    void possibleDuplicatesAreShownBeforeTheFirstSave() {
        Recorder r = new Recorder();
        PersonDraft d = PersonDraft.named("Bambang Sutrisno").withBirth(Sex.LAKI_LAKI, "Solo", LocalDate.of(1966, 6, 6))
                .withAddress("Jl. Galur 1", "1", "1", "31.71.08.1001");
        model(r).save(d);
        PersonFormModel second = model(r);
        PersonDraft again = PersonDraft.named("Bambang Soetrisno").withBirth(Sex.LAKI_LAKI, "Solo", LocalDate.of(1966, 6, 6))
                .withAddress("Jl. Galur 1", "1", "1", "31.71.08.1001");
        second.save(again);
        second.save(again);
        assertThat(r.events).containsExactly("saved:Bambang Sutrisno", "duplicates:1", "saved:Bambang Soetrisno");
    }

    @Test
    void onlyTheNewestCheckReachesTheForm() {
        Recorder r = new Recorder();
        List<Runnable> background = new ArrayList<>();
        UiExecutor queued = new UiExecutor() {
            @Override
            public java.util.concurrent.Executor background() {
                return background::add;
            }

            @Override
            public java.util.concurrent.Executor fx() {
                return Runnable::run;
            }
        };
        PersonFormModel m = new PersonFormModel(new PersonServiceImpl(db.transactions()), new DuplicateServiceImpl(db.transactions()),
                queued, r, null, 0);
        m.check(PersonDraft.named(""));          // "Nama wajib diisi"…
        m.check(PersonDraft.named("Sari Dewi")); // …then the name is typed
        background.get(1).run();
        background.get(0).run();                  // the older answer arrives last
        assertThat(r.events).containsExactly("warnings:[]");
    }

    @Test
    void anEditDoesNotFindItsOwnNikTaken() {
        PersonServiceImpl people = new PersonServiceImpl(db.transactions());
        PersonDraft d = PersonDraft.named("Yohanes Pardede").withNik("3171011212800001");
        PersonSummary p = people.create(d, true);
        assertThat(people.validate(p.id(), d)).extracting(IdentityProblem::code).doesNotContain("NIK_TERDAFTAR");
        assertThat(people.validate(null, d)).extracting(IdentityProblem::code).contains("NIK_TERDAFTAR");
    }
}
