package id.pilar.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * FX work handed over before the first JavaFX panel: in the application it waits until a panel
 * starts the toolkit (the start page's reload when the database opens, while the main window is
 * still being shown); where the toolkit was started otherwise (here by the FX robot, as in every UI
 * test of the modules) it must run at once, in order, on the FX thread, or those views never fill.
 */
@ExtendWith(ApplicationExtension.class)
class FxToolkitFxTest {

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

    @Test
    void aToolkitStartedWithoutAPanelRunsTheWorkInOrderOnTheFxThreadOnce() {
        List<String> ran = new CopyOnWriteArrayList<>();
        FxToolkit.runLater(() -> ran.add("first:" + Platform.isFxApplicationThread()));
        FxToolkit.runLater(() -> ran.add("second:" + Platform.isFxApplicationThread()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).containsExactly("first:true", "second:true");

        FxToolkit.started(); // a panel afterwards: nothing runs twice
        FxToolkit.runLater(() -> ran.add("after:" + Platform.isFxApplicationThread()));
        FxToolkit.started();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).containsExactly("first:true", "second:true", "after:true");
    }
}
