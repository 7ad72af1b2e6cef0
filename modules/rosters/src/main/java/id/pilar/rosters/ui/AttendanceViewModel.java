package id.pilar.rosters.ui;

import id.pilar.rosters.api.AttendanceRow;
import id.pilar.rosters.api.AttendanceService;
import id.pilar.rosters.api.Correction;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The attendance sheet of a day: check-in/out, times entered afterwards, corrections with reasons. */
@Messages({
    "MSG_CheckedIn=Kedatangan tercatat.",
    "MSG_CheckedOut=Kepulangan tercatat.",
    "MSG_Recorded=Jam datang dan pulang tersimpan.",
    "MSG_Corrected=Koreksi tersimpan; catatan asli tetap utuh.",
    "ERR_Clock=Isi jam sebagai 07.30 (jam.menit).",
    "ERR_Minutes=Isi jumlah menit sebagai angka, mis. 30 atau -15.",
    "ERR_NoAttendance=Belum ada kehadiran untuk dikoreksi."
})
public final class AttendanceViewModel extends ViewModel {

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(LocalDate.now(Formats.JAKARTA));
    private final ObservableList<AttendanceRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AttendanceRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<Correction> corrections = FXCollections.observableArrayList();

    public AttendanceViewModel(UiExecutor ex) {
        super(ex);
        selected.addListener((o, a, b) -> loadCorrections(b));
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObservableList<AttendanceRow> rows() {
        return rows;
    }

    public ObjectProperty<AttendanceRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Correction> corrections() {
        return corrections;
    }

    public void load() {
        LocalDate d = day.get();
        String keep = selected.get() == null ? null : selected.get().assignmentId();
        call(() -> AttendanceService.get().sheet(d), list -> {
            rows.setAll(list);
            selected.set(list.stream().filter(r -> r.assignmentId().equals(keep)).findFirst().orElse(null));
        });
    }

    private void loadCorrections(AttendanceRow r) {
        if (r == null || r.attendance() == null) {
            corrections.clear();
            return;
        }
        call(() -> AttendanceService.get().corrections(r.attendance().attendanceId()), corrections::setAll);
    }

    public void checkInNow() {
        AttendanceRow r = selected.get();
        if (r != null) {
            Instant now = Instant.now();
            after(() -> AttendanceService.get().checkIn(r.assignmentId(), now), Bundle.MSG_CheckedIn());
        }
    }

    public void checkOutNow() {
        AttendanceRow r = selected.get();
        if (r != null) {
            Instant now = Instant.now();
            after(() -> AttendanceService.get().checkOut(r.assignmentId(), now), Bundle.MSG_CheckedOut());
        }
    }

    /** Times typed afterwards as 07.30; a check-out earlier on the clock is the next morning. */
    public void recordClock(String in, String out) {
        AttendanceRow r = selected.get();
        var ci = Fx.parseClock(in);
        var co = Fx.parseClock(out);
        if (r == null) {
            return;
        }
        if (ci == null || co == null) {
            messageProperty().set(Bundle.ERR_Clock());
            return;
        }
        after(() -> AttendanceService.get().recordClock(r.assignmentId(), ci, co), Bundle.MSG_Recorded());
    }

    public void correct(Correction.Kind kind, String minutes, String reason) {
        AttendanceRow r = selected.get();
        if (r == null) {
            return;
        }
        if (r.attendance() == null) {
            messageProperty().set(Bundle.ERR_NoAttendance());
            return;
        }
        int m;
        try {
            m = Integer.parseInt(minutes.trim().replace("+", ""));
        } catch (NumberFormatException e) {
            messageProperty().set(Bundle.ERR_Minutes());
            return;
        }
        after(() -> AttendanceService.get().correct(r.attendance().attendanceId(), kind, m, reason), Bundle.MSG_Corrected());
    }

    private void after(java.util.concurrent.Callable<?> work, String done) {
        call(work, x -> {
            messageProperty().set(done);
            load();
        });
    }
}
