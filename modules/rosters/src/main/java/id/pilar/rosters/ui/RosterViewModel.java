package id.pilar.rosters.ui;

import id.pilar.rosters.api.AssignmentResult;
import id.pilar.rosters.api.DutyDraft;
import id.pilar.rosters.api.DutyService;
import id.pilar.rosters.api.Member;
import id.pilar.rosters.api.MemberService;
import id.pilar.rosters.api.RosterIssue;
import id.pilar.rosters.api.RosterShift;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The week or month roster: which period, its shifts, the selected shift, and planning actions. */
@Messages({
    "# {0} - first day", "# {1} - last day",
    "LBL_Week=Minggu {0} – {1}",
    "# {0} - member", "MSG_Assigned={0} ditugaskan.",
    "# {0} - warnings", "MSG_AssignedWithWarnings=Ditugaskan dengan peringatan: {0}",
    "MSG_Unassigned=Penugasan dihapus.",
    "# {0} - shifts", "MSG_Planned=Tugas direncanakan ({0} shift)."
})
public final class RosterViewModel extends ViewModel {

    public enum Mode { WEEK, MONTH }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.WEEK);
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>(LocalDate.now(Formats.JAKARTA));
    private final ObservableList<RosterShift> shifts = FXCollections.observableArrayList();
    private final ObjectProperty<RosterShift> selected = new SimpleObjectProperty<>();
    private final ObservableList<Member> candidates = FXCollections.observableArrayList();

    public RosterViewModel(UiExecutor ex) {
        super(ex);
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public ObservableList<RosterShift> shifts() {
        return shifts;
    }

    public ObjectProperty<RosterShift> selectedProperty() {
        return selected;
    }

    public ObservableList<Member> candidates() {
        return candidates;
    }

    /** First day shown: the Monday of the week, or the Monday on or before the 1st of the month. */
    public LocalDate from() {
        LocalDate a = mode.get() == Mode.WEEK ? anchor.get() : anchor.get().withDayOfMonth(1);
        return a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Last day shown: Sunday of the week, or the Sunday on or after the month's end. */
    public LocalDate to() {
        LocalDate a = mode.get() == Mode.WEEK ? anchor.get() : anchor.get().with(TemporalAdjusters.lastDayOfMonth());
        return a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public String periodLabel() {
        return mode.get() == Mode.WEEK ? Bundle.LBL_Week(Formats.date(from()), Formats.date(to())) : Formats.monthYear(anchor.get());
    }

    public void load() {
        LocalDate f = from();
        LocalDate t = to();
        String keep = selected.get() == null ? null : selected.get().shiftId();
        call(() -> DutyService.get().roster(f, t), list -> {
            shifts.setAll(list);
            selected.set(list.stream().filter(s -> s.shiftId().equals(keep)).findFirst().orElse(null));
        });
    }

    public void step(int direction) {
        anchor.set(mode.get() == Mode.WEEK ? anchor.get().plusWeeks(direction) : anchor.get().plusMonths(direction));
        load();
    }

    public void today() {
        anchor.set(LocalDate.now(Formats.JAKARTA));
        load();
    }

    public void setMode(Mode m) {
        mode.set(m);
        load();
    }

    public List<RosterShift> on(LocalDate day) {
        return shifts.stream().filter(s -> s.date().equals(day)).toList();
    }

    public void searchMembers(String text) {
        call(() -> MemberService.get().search(text, 30), candidates::setAll);
    }

    public void assign(Member m) {
        RosterShift s = selected.get();
        if (s == null || m == null) {
            return;
        }
        call(() -> DutyService.get().assign(s.shiftId(), m.id(), null), (AssignmentResult r) -> {
            messageProperty().set(r.warnings().isEmpty() ? Bundle.MSG_Assigned(m.fullName())
                    : Bundle.MSG_AssignedWithWarnings(r.warnings().stream().map(RosterIssue::message).collect(Collectors.joining(" "))));
            load();
        });
    }

    public void unassign(String assignmentId) {
        call(() -> {
            DutyService.get().unassign(assignmentId);
            return true;
        }, ok -> {
            messageProperty().set(Bundle.MSG_Unassigned());
            load();
        });
    }

    public void plan(DutyDraft draft, Runnable onSaved) {
        call(() -> DutyService.get().plan(draft), list -> {
            messageProperty().set(Bundle.MSG_Planned(list.size()));
            anchor.set(draft.date());
            onSaved.run();
            load();
        });
    }
}
