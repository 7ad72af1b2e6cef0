package id.pilar.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.DuplicateService;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 item 9: the scan shows its result, the pair shows its differences, and a merge asks first. */
@ExtendWith(ApplicationExtension.class)
class DuplicateReviewUiTest {

    static {
        HeadlessFx.configure();
    }

    static TestDatabase db;
    static DuplicateServiceImpl duplicates;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        PersonServiceImpl people = new PersonServiceImpl(db.transactions());
        duplicates = new DuplicateServiceImpl(db.transactions());
        people.create(PersonDraft.named("Rahmat Hidayatullah").withBirth(Sex.LAKI_LAKI, "Bogor", LocalDate.of(1971, 3, 9))
                .withAddress("Jl. Pasar Baru 1", "3", "4", "31.71.01.1002").withMother("Saminah"), true);
        people.create(PersonDraft.named("Rachmat Hidayatulah").withBirth(Sex.LAKI_LAKI, "Bogor", LocalDate.of(1971, 3, 9))
                .withAddress("Jl. Ps. Baru", "3", "4", "31.71.01.1002").withMother("Saminah"), true);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        DuplicateReviewView.Scanner inBackground = (job, done, failed) -> new Thread(() -> {
            try {
                DuplicateService.ScanResult r = job.apply(() -> false);
                Platform.runLater(() -> done.accept(r));
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept(e));
            }
        }).start();
        DuplicateReviewView view = new DuplicateReviewView(duplicates, new PersonServiceImpl(db.transactions()), UiExecutor.standard(),
                inBackground);
        stage.setScene(new Scene(view.node(), 1366, 700));
        stage.show();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean labelStarting(FxRobot robot, String prefix) {
        return robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith(prefix) && l.isVisible()).tryQuery().isPresent();
    }

    @Test
    void scanThenMergeOnlyAfterTheClerkConfirms(FxRobot robot) throws Exception {
        robot.clickOn(Bundle.LBL_Scan());
        String done = Bundle.LBL_ScanDone(1, 0);
        waitUntil(() -> labelStarting(robot, done.substring(0, done.indexOf(':'))));
        ListView<?> queue = robot.lookup(".list-view").queryAs(ListView.class);
        waitUntil(() -> !queue.getItems().isEmpty());

        robot.clickOn(robot.from(queue).lookup(".list-cell").nth(0).queryLabeled());
        waitUntil(() -> labelStarting(robot, Bundle.F_Nama() + " ≠"));

        robot.clickOn(Bundle.LBL_Merge());
        waitUntil(() -> labelStarting(robot, "Gabungkan B · "));
        robot.clickOn(Bundle.LBL_ConfirmNo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labelStarting(robot, "Gabungkan B · ")).isFalse();
        assertThat(duplicates.merges(10)).as("no merge without a yes").isEmpty();

        robot.clickOn(Bundle.LBL_Merge());
        waitUntil(() -> labelStarting(robot, "Gabungkan B · "));
        robot.clickOn(Bundle.LBL_ConfirmYes());
        waitUntil(() -> duplicates.merges(10).size() == 1);
        waitUntil(() -> labelStarting(robot, Bundle.LBL_Done()));
    }
}
