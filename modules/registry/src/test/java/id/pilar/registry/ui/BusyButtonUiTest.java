package id.pilar.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import views keep their place when the import starts: the clerk still sees the status line. */
@ExtendWith(ApplicationExtension.class)
class BusyButtonUiTest {

    static {
        HeadlessFx.configure();
    }

    private Button first;
    private TableView<String> sample;
    private Button importButton;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        first = new Button("Pilih file CSV...");
        Region mapping = new Region();
        mapping.setMinHeight(1200);
        sample = new TableView<>();
        sample.setPrefHeight(200);
        importButton = new Button("Impor");
        scroll = new ScrollPane(new VBox(10, first, mapping, sample, importButton));
        stage.setScene(new Scene(scroll, 800, 400));
        stage.show();
    }

    /** The clerk scrolled down to the button and pressed it. */
    private void pressedAtTheBottom() {
        Platform.runLater(() -> {
            scroll.setVvalue(1.0);
            importButton.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isFocused()).isTrue();
        assertThat(scroll.getVvalue()).isEqualTo(1.0);
    }

    @Test
    void theViewStaysWhereTheClerkIs() {
        pressedAtTheBottom();
        Platform.runLater(() -> BusyButton.disableInPlace(importButton, sample));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(sample.isFocused()).isTrue();
        assertThat(scroll.getVvalue()).isGreaterThan(0.9);
    }

    @Test
    void aPlainDisableSendsTheViewToTheTop() {
        // Why BusyButton exists: the focus jumps to the first control and the scroll pane follows.
        pressedAtTheBottom();
        Platform.runLater(() -> importButton.setDisable(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isFocused()).isTrue();
        assertThat(scroll.getVvalue()).isLessThan(0.1);
    }
}
