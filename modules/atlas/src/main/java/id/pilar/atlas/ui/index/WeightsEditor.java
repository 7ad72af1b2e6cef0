package id.pilar.atlas.ui.index;

import id.pilar.atlas.api.AtlasIndicator;
import id.pilar.atlas.api.AtlasService;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxDialog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;

/**
 * The supervisor's weights of the index: one field per available indicator, any non-negative
 * numbers (the index rescales them to sum 1). Loading, asking and saving run off the UI threads.
 */
@Messages({
    "TTL_Weights=Bobot indikator indeks kerentanan",
    "LBL_WeightsHelp=Bobot nol atau lebih; indeks membaginya dengan jumlah semua bobot.\nIndikator yang lebih tinggi = lebih baik (cakupan) menaikkan indeks bila nilainya rendah.",
    "BTN_Save=_Simpan", "BTN_Cancel=_Batal",
    "# {0} - text", "MSG_NotANumber=\"{0}\" bukan angka.",
    "COL_Indicator=Indikator", "COL_Unit=Satuan", "COL_Weight=Bobot"
})
final class WeightsEditor {

    private static final RequestProcessor RP = new RequestProcessor(WeightsEditor.class);

    private WeightsEditor() {
    }

    static void open(Runnable afterSave) {
        RP.post(() -> {
            try {
                AtlasService atlas = AtlasService.get();
                List<AtlasIndicator> indicators = atlas.indicators();
                Map<String, Double> current = atlas.weights();
                Map<String, Double> answer = FxDialog.ask(Bundle.TTL_Weights(), done -> form(indicators, current, done));
                if (answer != null) {
                    atlas.saveWeights(answer);
                    Platform.runLater(afterSave);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                BackgroundWork.showError(Bundle.TTL_Weights(), e);
            }
        });
    }

    static Parent form(List<AtlasIndicator> indicators, Map<String, Double> current, Consumer<Map<String, Double>> done) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, bold(Bundle.COL_Indicator()), bold(Bundle.COL_Unit()), bold(Bundle.COL_Weight()));
        Map<String, TextField> fields = new LinkedHashMap<>();
        int r = 1;
        for (AtlasIndicator i : indicators) {
            TextField f = new TextField(Formats.decimal(current.getOrDefault(i.id(), 0.0), 2));
            f.setPrefColumnCount(6);
            fields.put(i.id(), f);
            Label name = new Label(i.label());
            name.setLabelFor(f);
            grid.addRow(r++, name, new Label(i.unit()), f);
        }
        Label error = new Label();
        error.setStyle("-fx-text-fill: #b00020;");
        Button save = new Button(Bundle.BTN_Save());
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Map<String, Double> out = new LinkedHashMap<>();
            for (Map.Entry<String, TextField> f : fields.entrySet()) {
                Double w = parse(f.getValue().getText());
                if (w == null) {
                    error.setText(Bundle.MSG_NotANumber(f.getValue().getText()));
                    f.getValue().requestFocus();
                    return;
                }
                out.put(f.getKey(), w);
            }
            done.accept(out);
        });
        Button cancel = new Button(Bundle.BTN_Cancel());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.accept(null));
        Label help = new Label(Bundle.LBL_WeightsHelp());
        help.setWrapText(true);
        help.setMaxWidth(520);
        VBox root = new VBox(10, help, grid, error, new HBox(8, save, cancel));
        root.setPadding(new Insets(14));
        return root;
    }

    /** Reads {@code 0,25} or {@code 0.25}; null when it is not a number. */
    static Double parse(String text) {
        try {
            return Double.valueOf(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
