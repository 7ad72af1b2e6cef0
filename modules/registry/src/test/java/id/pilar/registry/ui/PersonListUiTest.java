package id.pilar.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 item 6 as the clerk did it: type the name, ↓ Enter, and the person typed opens. */
@ExtendWith(ApplicationExtension.class)
class PersonListUiTest {

    static {
        HeadlessFx.configure();
    }

    static TestDatabase db;
    private final List<PersonRef> opened = new CopyOnWriteArrayList<>();
    private PersonListView view;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        PersonServiceImpl people = new PersonServiceImpl(db.transactions());
        for (String n : List.of("Stefanoes Sitoemorang", "Stefanus Situmorang", "Acep Cecep", "Cecep Acep")) {
            people.create(PersonDraft.named(n), true);
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        view = new PersonListView(new PersonSearchImpl(db.transactions()), UiExecutor.standard(), opened::add, () -> { });
        stage.setScene(new Scene(view.node(), 1000, 600));
        stage.show();
    }

    private String downEnter(FxRobot robot, String typed) throws Exception {
        opened.clear();
        robot.clickOn(view.box()).eraseText(view.box().getText().length()).write(typed);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER); // at once: the answer for the last key may still be on its way
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        return opened.get(0).nama();
    }

    @Test
    void downEnterOpensTheExactMatchNotTheNearDuplicate(FxRobot robot) throws Exception {
        assertThat(downEnter(robot, "stefanus situmorang")).isEqualTo("Stefanus Situmorang");
        assertThat(downEnter(robot, "cecep acep")).isEqualTo("Cecep Acep");
        assertThat(downEnter(robot, "stefanoes")).isEqualTo("Stefanoes Sitoemorang");
    }
}
