package id.pilar.security.ui;

import id.pilar.security.api.Backups;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/**
 * First start, right after the Admin account: the passphrase of the automatic backups. Without
 * it no backup is ever made, so the step says so; "Nanti saja" leaves them "belum aktif" (the
 * status line and the start page keep saying it in red).
 */
@Messages({
    "TTL_PassphraseSetup=Cadangan otomatis",
    "# {0} - minimum length",
    "MSG_PassphraseSetup=Pilar membuat cadangan terenkripsi setiap hari dan saat ditutup, di folder \"cadangan\" di samping basis data. Tentukan kata sandi cadangan (minimal {0} karakter). Tanpa kata sandi ini cadangan tidak dapat dibuka: tulis di kertas dan simpan di tempat aman, terpisah dari disk cadangan.",
    "LBL_SetupPassphrase=Kata sandi cadangan:",
    "LBL_SetupPassphraseAgain=Ulangi kata sandi cadangan:",
    "BTN_PassphraseActivate=Simpan dan aktifkan",
    "BTN_PassphraseLater=Nanti saja (cadangan belum aktif)",
    "# {0} - minimum length",
    "MSG_SetupTooShort=Kata sandi cadangan minimal {0} karakter.",
    "MSG_SetupMismatch=Kedua kata sandi cadangan tidak sama."
})
final class PassphraseSetupPane {

    final PasswordField first = new PasswordField();
    final PasswordField second = new PasswordField();
    final Label problem = new Label();
    final Button activate = new Button(Bundle.BTN_PassphraseActivate());
    final Button later = new Button(Bundle.BTN_PassphraseLater());
    final VBox root;

    /** @param answered gets the passphrase, or an empty array for "later" */
    PassphraseSetupPane(Consumer<char[]> answered) {
        Label text = new Label(Bundle.MSG_PassphraseSetup(Backups.PASSPHRASE_MIN));
        text.setWrapText(true);
        text.setMaxWidth(520);
        first.setId("passphrase");
        second.setId("passphrase-again");
        activate.setId("passphrase-activate");
        later.setId("passphrase-later");
        problem.setId("passphrase-problem");
        problem.setStyle("-fx-text-fill: #c0392b;");
        problem.setWrapText(true);
        activate.setDefaultButton(true);
        activate.setOnAction(e -> {
            String p = problem(first.getText(), second.getText());
            if (p != null) {
                problem.setText(p);
                return;
            }
            answered.accept(first.getText().toCharArray());
        });
        later.setOnAction(e -> answered.accept(new char[0]));
        HBox buttons = new HBox(8, later, activate);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root = new VBox(8, text, new Label(Bundle.LBL_SetupPassphrase()), first, new Label(Bundle.LBL_SetupPassphraseAgain()),
                second, problem, buttons);
        root.setPadding(new Insets(20));
        root.setPrefWidth(560);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(first::requestFocus);
            }
        });
    }

    /** What is wrong with the two entries, or null. */
    static String problem(String passphrase, String again) {
        if (passphrase == null || passphrase.length() < Backups.PASSPHRASE_MIN) {
            return Bundle.MSG_SetupTooShort(Backups.PASSPHRASE_MIN);
        }
        if (!Arrays.equals(passphrase.toCharArray(), again == null ? new char[0] : again.toCharArray())) {
            return Bundle.MSG_SetupMismatch();
        }
        return null;
    }
}
