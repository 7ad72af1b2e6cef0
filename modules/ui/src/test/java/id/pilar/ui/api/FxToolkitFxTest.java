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
 * FX work asked for before the first JavaFX panel (the start page's reload when the database
 * opens, while the main window is still being shown) waits and then runs in order on the FX thread.
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
    void workBeforeTheFirstPanelWaitsThenRunsInOrderOnTheFxThread() {
        List<String> ran = new CopyOnWriteArrayList<>();
        FxToolkit.runLater(() -> ran.add("first:" + Platform.isFxApplicationThread()));
        FxToolkit.runLater(() -> ran.add("second:" + Platform.isFxApplicationThread()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).as("nothing runs before a panel has started the toolkit").isEmpty();

        FxToolkit.started();
        FxToolkit.runLater(() -> ran.add("after:" + Platform.isFxApplicationThread()));
        FxToolkit.started(); // a second panel: nothing runs twice
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).containsExactly("first:true", "second:true", "after:true");
    }
}
