package id.pilar.rosters.ui;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.rosters.api.DutyDraft;
import id.pilar.rosters.api.DutyKind;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.ShiftDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.openide.util.NbBundle.Messages;

/** The form for a new duty: kind, title, date, place, organiser, required skills and shifts. */
@Messages({
    "DLG_NewDuty=Tugas baru",
    "LBL_Kind=Jenis tugas", "LBL_Title=Nama tugas", "LBL_Date=Tanggal", "LBL_Kelurahan=Kelurahan",
    "LBL_Place=Nama lokasi (hotspot)", "LBL_Organiser=Penyelenggara", "LBL_Skills=Sertifikat wajib (pisahkan koma)",
    "LBL_Shifts=Shift (satu per baris: mulai-selesai jumlah)",
    "HINT_Shifts=07.00-12.00 5\n22.00-06.00 3   (melewati tengah malam)",
    "LBL_Notes=Catatan",
    "# {0} - line", "ERR_ShiftLine=Baris shift tidak terbaca: \"{0}\". Contoh: 07.00-12.00 5",
    "ERR_NoShift=Isi sedikitnya satu shift.",
    "ERR_NoDate=Tanggal tugas wajib diisi."
})
final class DutyDialog {

    private static final Pattern SHIFT = Pattern.compile("\\s*(\\d{1,2}[.:]\\d{2})\\s*[-–]\\s*(\\d{1,2}[.:]\\d{2})\\s+(\\d+)\\s*");

    private DutyDialog() {
    }

    /** Shows the dialog; {@code onOk} gets a draft the service will validate further. */
    static void show(Choices choices, LocalDate day, java.util.function.Consumer<DutyDraft> onOk) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Bundle.DLG_NewDuty());
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<DutyKind> kind = new ComboBox<>();
        kind.getItems().setAll(DutyKind.values());
        kind.setValue(DutyKind.APEL);
        Fx.labels(kind, DutyKind::label);
        TextField title = new TextField();
        DatePicker date = Fx.datePicker();
        date.setValue(day);
        ComboBox<Kelurahan> kelurahan = new ComboBox<>();
        kelurahan.getItems().add(null);
        kelurahan.getItems().addAll(choices.kelurahan());
        Fx.labels(kelurahan, k -> k == null ? "—" : k.toString());
        TextField place = new TextField();
        ComboBox<Organisation> organiser = new ComboBox<>();
        organiser.getItems().add(null);
        organiser.getItems().addAll(choices.organisations());
        Fx.labels(organiser, o -> o == null ? "—" : o.name());
        TextField skills = new TextField();
        TextArea shifts = new TextArea("07.00-12.00 5");
        shifts.setPrefRowCount(3);
        shifts.setPrefColumnCount(24);
        shifts.setPromptText(Bundle.HINT_Shifts());
        TextField notes = new TextField();
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane g = Fx.form();
        Fx.row(g, Bundle.LBL_Kind(), kind);
        Fx.row(g, Bundle.LBL_Title(), title);
        Fx.row(g, Bundle.LBL_Date(), date);
        Fx.row(g, Bundle.LBL_Kelurahan(), kelurahan);
        Fx.row(g, Bundle.LBL_Place(), place);
        Fx.row(g, Bundle.LBL_Organiser(), organiser);
        Fx.row(g, Bundle.LBL_Skills(), skills);
        Fx.row(g, Bundle.LBL_Shifts(), shifts);
        Fx.row(g, Bundle.LBL_Notes(), notes);
        g.add(error, 0, g.getRowCount(), 2, 1);
        d.getDialogPane().setContent(g);
        // Wide enough for the longest label at its full length (Fx.form never cuts a label) and a
        // usable field; a resizable dialog came up collapsed under some window managers.
        d.getDialogPane().setPrefWidth(700);
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Keep the dialog open while the shift lines cannot be read.
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> problems = new ArrayList<>();
            if (date.getValue() == null) {
                problems.add(Bundle.ERR_NoDate());
            }
            parseShifts(shifts.getText(), problems);
            if (!problems.isEmpty()) {
                error.setText(String.join("\n", problems));
                e.consume();
            }
        });
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> onOk.accept(new DutyDraft(kind.getValue(), title.getText(),
                date.getValue(), kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), place.getText(),
                organiser.getValue() == null ? null : organiser.getValue().id(),
                Arrays.stream(skills.getText().split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList(), notes.getText(),
                parseShifts(shifts.getText(), new ArrayList<>()))));
    }

    /** Lines like {@code 22.00-06.00 3}; unreadable lines are reported in {@code problems}. */
    static List<ShiftDraft> parseShifts(String text, List<String> problems) {
        List<ShiftDraft> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = SHIFT.matcher(line);
            LocalTime start = m.matches() ? Fx.parseClock(m.group(1)) : null;
            LocalTime end = m.matches() ? Fx.parseClock(m.group(2)) : null;
            if (start == null || end == null) {
                problems.add(Bundle.ERR_ShiftLine(line.trim()));
            } else {
                out.add(new ShiftDraft(start, end, Integer.parseInt(m.group(3))));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Bundle.ERR_NoShift());
        }
        return out;
    }
}
