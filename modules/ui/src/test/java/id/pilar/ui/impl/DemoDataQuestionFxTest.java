package id.pilar.ui.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start's demo-data question, driven like a clerk would under headless Monocle: a
 * hurried Enter (the one that created the Admin, or a reflex) must never load sample people.
 */
@ExtendWith(ApplicationExtension.class)
class DemoDataQuestionFxTest {

    private final List<DemoDataQuestion.Answer> answers = new ArrayList<>();
    private DemoDataQuestion question;

    @BeforeAll
    static void headless() {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    @Start
    void start(Stage stage) {
        question = new DemoDataQuestion(answers::add);
        stage.setScene(new Scene(question.root));
        stage.show();
    }

    @Test
    void enterAnswersNoAndNothingIsLoaded(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(question.empty.isDefaultButton()).isTrue();
        assertThat(question.load.isDefaultButton()).isFalse();
        assertThat(question.empty.isFocused()).as("the keyboard is on \"No\"").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).containsExactly(DemoDataQuestion.Answer.EMPTY);
    }

    @Test
    void noAnswerYetMeansNoLoad(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).isEmpty();
        assertThat(robot.lookup("#demo-load").queryButton().getText()).isEqualTo(Bundle.BTN_LoadDemoData());
    }

    @Test
    void onlyAClickOnYesLoads(FxRobot robot) {
        robot.clickOn("#demo-load");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).containsExactly(DemoDataQuestion.Answer.LOAD);
    }
}
