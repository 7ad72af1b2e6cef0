package id.pilar.ui.api;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Shows validation results on a JavaFX form: the field gets a red border (style class
 * {@code field-error} or {@code field-warning}), the message appears in the label under it and
 * as a tooltip, and {@link #focusFirstError()} takes the keyboard to the first problem.
 */
public final class FormValidation {

    private final Map<Control, Label> fields = new LinkedHashMap<>();

    /** Binds a field to the label that shows its message. */
    public void bind(Control field, Label message) {
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        fields.put(field, message);
    }

    public void error(Control field, String text) {
        show(field, text, "field-error");
    }

    public void warning(Control field, String text) {
        show(field, text, "field-warning");
    }

    private void show(Control field, String text, String style) {
        Label l = fields.get(field);
        field.getStyleClass().removeAll("field-error", "field-warning");
        field.getStyleClass().add(style);
        field.setTooltip(new Tooltip(text));
        if (l != null) {
            l.getStyleClass().removeAll("field-error", "field-warning");
            l.getStyleClass().add(style);
            l.setText(text);
            l.setManaged(true);
            l.setVisible(true);
        }
    }

    public void clear() {
        fields.forEach((f, l) -> {
            f.getStyleClass().removeAll("field-error", "field-warning");
            f.setTooltip(null);
            l.setText("");
            l.setManaged(false);
            l.setVisible(false);
        });
    }

    public boolean hasErrors() {
        return fields.keySet().stream().anyMatch(f -> f.getStyleClass().contains("field-error"));
    }

    public void focusFirstError() {
        fields.keySet().stream().filter(f -> f.getStyleClass().contains("field-error")).findFirst()
                .ifPresent(Control::requestFocus);
    }
}
