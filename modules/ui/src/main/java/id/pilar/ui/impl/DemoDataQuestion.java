package id.pilar.ui.impl;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/**
 * The "load demo data?" question of a new database. "No" is the default button (Enter answers
 * it) and has the keyboard: sample people enter the database only after a click on "Yes".
 */
@Messages({
    "MSG_OfferDemoData=Basis data baru telah dibuat.\n\nMuat data contoh (2.000 orang rekaan, keluarga, pilar sosial di Jakarta Pusat) untuk latihan?\n\nJangan muat data contoh di basis data kantor yang sebenarnya.",
    "TTL_OfferDemoData=Selamat datang di Pilar",
    "BTN_LoadDemoData=Ya, muat data contoh",
    "BTN_StartEmpty=Tidak, mulai kosong"
})
final class DemoDataQuestion {

    enum Answer { LOAD, EMPTY }

    final Button load = new Button(Bundle.BTN_LoadDemoData());
    final Button empty = new Button(Bundle.BTN_StartEmpty());
    final VBox root;

    DemoDataQuestion(Consumer<Answer> answered) {
        Label text = new Label(Bundle.MSG_OfferDemoData());
        text.setWrapText(true);
        text.setMaxWidth(460);
        load.setId("demo-load");
        empty.setId("demo-empty");
        empty.setDefaultButton(true);
        load.setOnAction(e -> answered.accept(Answer.LOAD));
        empty.setOnAction(e -> answered.accept(Answer.EMPTY));
        HBox buttons = new HBox(8, load, empty);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root = new VBox(16, text, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(500);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(empty::requestFocus);
            }
        });
    }
}
