package id.pilar.rosters.ui;

import id.pilar.rosters.api.AttendanceRow;
import id.pilar.rosters.api.Correction;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Attendance entry: check-in/out at the time or afterwards, and corrections with a reason. */
@ConvertAsProperties(dtd = "-//id.pilar.rosters.ui//Attendance//EN", autostore = false)
@TopComponent.Description(preferredID = "RosterAttendanceTopComponent", persistenceType = TopComponent.PERSISTENCE_ONLY_OPENED)
@TopComponent.Registration(mode = "editor", openAtStartup = false)
@ActionID(category = "Window", id = "id.pilar.rosters.ui.AttendanceTopComponent")
@ActionReference(path = "Menu/Pilar Sosial", position = 200)
@TopComponent.OpenActionRegistration(displayName = "#CTL_AttendanceAction", preferredID = "RosterAttendanceTopComponent")
@Messages({
    "CTL_AttendanceAction=Kehadiran",
    "CTL_AttendanceTopComponent=Kehadiran dan jam layanan",
    "LBL_Day=Tanggal tugas", "LBL_Load=Tampilkan",
    "COL_Shift=Shift", "COL_CheckIn=Datang", "COL_CheckOut=Pulang", "COL_Minutes=Menit", "COL_Effective=Jam diakui",
    "COL_Corrections=Koreksi", "COL_Source=Sumber", "LBL_Later=susulan", "LBL_AtTime=langsung",
    "LBL_CheckInNow=Datang sekarang", "LBL_CheckOutNow=Pulang sekarang",
    "LBL_In=Datang", "LBL_Out=Pulang", "LBL_SaveTimes=Simpan jam (susulan)",
    "LBL_CorrectionKind=Koreksi", "LBL_KindDelta=Tambah/kurang menit", "LBL_KindReplace=Ganti jumlah menit",
    "LBL_Minutes=Menit", "LBL_Reason=Alasan", "LBL_SaveCorrection=Simpan koreksi",
    "COL_By=Oleh", "COL_At=Waktu", "COL_Change=Perubahan (menit)"
})
public final class AttendanceTopComponent extends FxTopComponent {

    private AttendanceViewModel vm;

    public AttendanceTopComponent() {
        setName(Bundle.CTL_AttendanceTopComponent());
    }

    @Override
    protected Parent createContent() {
        vm = new AttendanceViewModel(UiExecutor.standard());
        DatePicker day = Fx.datePicker();
        day.valueProperty().bindBidirectional(vm.dayProperty());
        Button load = new Button(Bundle.LBL_Load());
        load.setOnAction(e -> vm.load());
        day.valueProperty().addListener((o, a, b) -> vm.load());

        TableView<AttendanceRow> sheet = Fx.table();
        sheet.setItems(vm.rows());
        sheet.getColumns().add(Fx.column(Bundle.COL_Name(), AttendanceRow::memberName, 160));
        sheet.getColumns().add(Fx.column(Bundle.COL_Duty(), AttendanceRow::dutyTitle, 160));
        sheet.getColumns().add(Fx.column(Bundle.COL_Shift(), r -> Fx.clock(r.shiftStart()) + "–" + Fx.clock(r.shiftEnd()), 90));
        sheet.getColumns().add(Fx.column(Bundle.COL_CheckIn(), r -> r.attendance() == null ? "" : Formats.dateTime(r.attendance().checkIn()), 120));
        sheet.getColumns().add(Fx.column(Bundle.COL_CheckOut(), r -> r.attendance() == null ? "" : Formats.dateTime(r.attendance().checkOut()), 120));
        sheet.getColumns().add(Fx.column(Bundle.COL_Minutes(), r -> r.attendance() == null ? "" : String.valueOf(r.attendance().minutes()), 60));
        sheet.getColumns().add(Fx.column(Bundle.COL_Effective(), r -> r.attendance() == null ? "" : Fx.hours(r.attendance().effectiveMinutes()), 80));
        sheet.getColumns().add(Fx.column(Bundle.COL_Corrections(), r -> r.attendance() == null || r.attendance().corrections() == 0 ? ""
                : String.valueOf(r.attendance().corrections()), 60));
        sheet.getColumns().add(Fx.column(Bundle.COL_Source(), r -> r.attendance() == null ? ""
                : r.attendance().enteredLater() ? Bundle.LBL_Later() : Bundle.LBL_AtTime(), 70));
        sheet.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));

        Button in = new Button(Bundle.LBL_CheckInNow());
        in.setOnAction(e -> vm.checkInNow());
        Button out = new Button(Bundle.LBL_CheckOutNow());
        out.setOnAction(e -> vm.checkOutNow());
        TextField inAt = new TextField();
        inAt.setPromptText("07.00");
        inAt.setPrefColumnCount(5);
        TextField outAt = new TextField();
        outAt.setPromptText("12.00");
        outAt.setPrefColumnCount(5);
        Button saveTimes = new Button(Bundle.LBL_SaveTimes());
        saveTimes.setOnAction(e -> vm.recordClock(inAt.getText(), outAt.getText()));
        FlowPane timeBar = new FlowPane(6, 6, in, out, new Label(Bundle.LBL_In()), inAt, new Label(Bundle.LBL_Out()), outAt, saveTimes);

        ComboBox<Correction.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Correction.Kind.values());
        kind.setValue(Correction.Kind.DELTA);
        Fx.labels(kind, k -> k == Correction.Kind.DELTA ? Bundle.LBL_KindDelta() : Bundle.LBL_KindReplace());
        TextField minutes = new TextField();
        minutes.setPrefColumnCount(5);
        TextField reason = new TextField();
        reason.setPrefColumnCount(30);
        Button correct = new Button(Bundle.LBL_SaveCorrection());
        correct.setOnAction(e -> vm.correct(kind.getValue(), minutes.getText(), reason.getText()));
        FlowPane correctionBar = new FlowPane(6, 6, new Label(Bundle.LBL_CorrectionKind()), kind, new Label(Bundle.LBL_Minutes()), minutes,
                new Label(Bundle.LBL_Reason()), reason, correct);
        for (var b : new javafx.scene.Node[] {in, out, saveTimes, correct}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }

        TableView<Correction> history = Fx.table();
        history.setItems(vm.corrections());
        history.setPrefHeight(140);
        history.getColumns().add(Fx.column(Bundle.COL_At(), c -> Formats.dateTime(c.at()), 120));
        history.getColumns().add(Fx.column(Bundle.COL_By(), Correction::by, 100));
        history.getColumns().add(Fx.column(Bundle.LBL_CorrectionKind(), c -> c.kind() == Correction.Kind.DELTA ? Bundle.LBL_KindDelta()
                : Bundle.LBL_KindReplace() + " → " + c.replacementMinutes(), 160));
        history.getColumns().add(Fx.column(Bundle.COL_Change(), c -> (c.deltaMinutes() > 0 ? "+" : "") + c.deltaMinutes(), 90));
        history.getColumns().add(Fx.column(Bundle.LBL_Reason(), Correction::reason, 260));

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox bottom = new VBox(6, timeBar, correctionBar, history, message);
        bottom.setPadding(new Insets(8));
        HBox top = new HBox(8, new Label(Bundle.LBL_Day()), day, load);
        top.setPadding(new Insets(8));
        BorderPane root = new BorderPane(sheet);
        root.setTop(top);
        root.setBottom(bottom);
        vm.load();
        return root;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // always opens on today
    }
}
