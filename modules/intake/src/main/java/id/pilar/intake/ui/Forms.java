package id.pilar.intake.ui;

import id.pilar.core.api.reference.KategoriKesos;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small layout helpers shared by the intake views. */
final class Forms {

    private Forms() {
    }

    /** A label column that never shrinks below its labels (every label readable at 1366×768), fields taking the rest. */
    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Categories shown by their name (and abbreviation), not as records. */
    static ComboBox<KategoriKesos> categories(ComboBox<KategoriKesos> box) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(KategoriKesos k) {
                return k == null ? "" : k.label();
            }

            @Override
            public KategoriKesos fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
