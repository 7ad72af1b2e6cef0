package id.pilar.registry.ui;

import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.FxDialog;
import id.pilar.ui.api.Formats;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;

/** The dialog of a KK move: which members living at the old address get the new one too. */
@Messages({
    "MOVE_Title=Pindah alamat KK",
    "# {0} - new address",
    "MOVE_Question=Anggota berikut tinggal di alamat lama KK. Alamat siapa yang ikut diubah menjadi {0}?",
    "MOVE_Note=Setiap perubahan tercatat di riwayat orang tersebut.",
    "MOVE_Apply=Pindahkan KK dan anggota yang dicentang",
    "MOVE_Cancel=Batal"
})
final class MoveMembersDialog {

    private MoveMembersDialog() {
    }

    /** A {@link HouseholdMoveModel.Chooser} that asks in a modal dialog; {@code newAddress} as shown. */
    static HouseholdMoveModel.Chooser asking(String newAddress) {
        return choice -> FxDialog.<List<String>>ask(Bundle.MOVE_Title(), answer -> {
            VBox list = new VBox(6);
            for (PersonSummary p : choice.residents()) {
                CheckBox c = new CheckBox(p.nama() + " — " + p.nomorRegistri()
                        + (p.tanggalLahir() == null ? "" : ", " + Formats.date(p.tanggalLahir())));
                c.setSelected(choice.isTicked(p));
                c.selectedProperty().addListener((o, was, on) -> choice.tick(p, on));
                list.getChildren().add(c);
            }
            Label question = new Label(Bundle.MOVE_Question(newAddress));
            question.setWrapText(true);
            question.setMaxWidth(520);
            Button apply = new Button(Bundle.MOVE_Apply());
            apply.setDefaultButton(true);
            apply.setOnAction(e -> answer.accept(choice.tickedIds()));
            Button cancel = new Button(Bundle.MOVE_Cancel());
            cancel.setCancelButton(true);
            cancel.setOnAction(e -> answer.accept(null));
            VBox box = new VBox(12, question, list, new Label(Bundle.MOVE_Note()), new HBox(8, apply, cancel));
            box.setPadding(new Insets(16));
            box.setPrefWidth(560);
            return box;
        });
    }
}
