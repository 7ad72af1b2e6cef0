package id.pilar.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.impl.DuplicateServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 11 item 7, typed as a clerk types: validation marks fields, never takes the cursor, and follows the values. */
@ExtendWith(ApplicationExtension.class)
class PersonFormUiTest {

    static {
        HeadlessFx.configure();
    }

    static TestDatabase db;
    private final List<PersonSummary> saved = new CopyOnWriteArrayList<>();
    private PersonForm form;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        form = new PersonForm(null, new PersonServiceImpl(db.transactions()), new DuplicateServiceImpl(db.transactions()),
                UiExecutor.standard(), new PersonForm.Host() {
                    @Override
                    public void saved(PersonSummary person, byte[] photo, String photoMime) {
                        saved.add(person);
                    }

                    @Override
                    public void close() {
                    }

                    @Override
                    public void openPerson(PersonSummary person) {
                    }

                    @Override
                    public void editing(String name) {
                    }
                });
        stage.setScene(new Scene(form.build(), 900, 700));
        stage.show();
    }

    @BeforeEach
    void formReady() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> form.ready());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean marked(Node field) {
        return field.getStyleClass().contains("field-error");
    }

    private static boolean showing(FxRobot robot, String text) {
        return robot.lookup((Label l) -> text.equals(l.getText()) && l.isVisible()).tryQuery().isPresent();
    }

    @Test
    void leavingAnInvalidNikMarksItAndTheNameGoesIntoTheNameField(FxRobot robot) throws Exception {
        TextField nik = robot.lookup("#nik").queryAs(TextField.class);
        TextField nama = robot.lookup("#nama").queryAs(TextField.class);
        robot.clickOn(nik).write("3171");
        robot.type(KeyCode.TAB);
        robot.write("Budi Santoso");
        waitUntil(() -> marked(nik));

        assertThat(nik.getText()).isEqualTo("3171");
        assertThat(nama.getText()).isEqualTo("Budi Santoso");
        assertThat(nama.isFocused()).as("the cursor stays where the clerk types").isTrue();
        assertThat(marked(nama)).isFalse();
        assertThat(showing(robot, "Nama wajib diisi.")).as("no message on a field not yet left").isFalse();
    }

    @Test
    void aMessageGoesAsSoonAsTheValueIsRight(FxRobot robot) throws Exception {
        TextField nama = robot.lookup("#nama").queryAs(TextField.class);
        robot.clickOn(nama);
        robot.type(KeyCode.ENTER); // Save with no name
        waitUntil(() -> marked(nama) && showing(robot, "Nama wajib diisi."));
        assertThat(nama.isFocused()).isTrue();

        robot.write("Sari Dewi");
        waitUntil(() -> !marked(nama) && !showing(robot, "Nama wajib diisi."));
        assertThat(saved).isEmpty();
    }
}
