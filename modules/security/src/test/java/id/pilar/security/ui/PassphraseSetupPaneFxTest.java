package id.pilar.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.security.api.Backups;
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

/** The first start's backup-passphrase step, typed into under headless Monocle. */
@ExtendWith(ApplicationExtension.class)
class PassphraseSetupPaneFxTest {

    private final List<String> answers = new ArrayList<>();
    private PassphraseSetupPane pane;

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
        pane = new PassphraseSetupPane(p -> answers.add(new String(p)));
        stage.setScene(new Scene(pane.root));
        stage.show();
    }

    @Test
    void enterOnEmptyFieldsExplainsAndDoesNotClose(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.first.isFocused()).as("the keyboard is in the passphrase field").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).isEmpty();
        assertThat(pane.problem.getText()).isEqualTo(Bundle.MSG_SetupTooShort(Backups.PASSPHRASE_MIN));
    }

    @Test
    void twoDifferentEntriesAreRefused(FxRobot robot) {
        robot.clickOn("#passphrase").write("kata-sandi-cadangan-1");
        robot.clickOn("#passphrase-again").write("kata-sandi-cadangan-2");
        robot.clickOn("#passphrase-activate");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).isEmpty();
        assertThat(pane.problem.getText()).isEqualTo(Bundle.MSG_SetupMismatch());
    }

    @Test
    void matchingEntriesActivate(FxRobot robot) {
        robot.clickOn("#passphrase").write("kata-sandi-cadangan-1");
        robot.clickOn("#passphrase-again").write("kata-sandi-cadangan-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).containsExactly("kata-sandi-cadangan-1");
    }

    @Test
    void laterLeavesBackupsOff(FxRobot robot) {
        robot.clickOn("#passphrase-later");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answers).containsExactly("");
    }
}
