package id.pilar.cases.ui;

import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.AttachmentService;
import id.pilar.cases.api.CaseConsents;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.BansosProposal;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseService.Note;
import id.pilar.cases.api.CaseService.ServiceRecord;
import id.pilar.cases.api.CaseService.Task;
import id.pilar.cases.api.CaseService.TimelineEntry;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.api.ReferralService;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What the case window shows and does. Every action runs in the background and reloads the
 * whole case afterwards, so the window never shows a state the database does not hold; a
 * refusal (or someone else's newer save) arrives as a message and the typed values stay.
 */
public final class CaseWindowModel {

    /** Everything of one case the window shows. */
    public record Snapshot(CaseDetail detail, List<TimelineEntry> timeline, List<Note> notes, List<Task> tasks,
            List<ServiceRecord> services, List<PlanService.Plan> plans, List<ReferralService.Referral> referrals,
            List<AssessmentService.Domain> assessment, List<BansosProposal> bansos, List<ReferralService.Institution> institutions,
            List<AttachmentService.Attachment> attachments, List<CaseConsents.Consent> consents) {
    }

    private final String caseId;
    private final UiExecutor ui;
    private final Consumer<Snapshot> show;
    private final Consumer<String> message;
    private volatile Snapshot current;

    public CaseWindowModel(String caseId, UiExecutor ui, Consumer<Snapshot> show, Consumer<String> message) {
        this.caseId = caseId;
        this.ui = ui;
        this.show = show;
        this.message = message;
    }

    /**
     * The header's button for a lifecycle step. Each step has a mnemonic of its own: the steps
     * offered together (all four after a reopening) and the buttons beside them must not share a
     * letter, nor take one of the main menu's (Alt+A would be "Alat"), so not simply the first letter.
     */
    static String stepButton(CaseStatus to) {
        return switch (to) {
            case ASESMEN -> Bundle.BTN_StepASESMEN();
            case RENCANA -> Bundle.BTN_StepRENCANA();
            case LAYANAN -> Bundle.BTN_StepLAYANAN();
            case PEMANTAUAN -> Bundle.BTN_StepPEMANTAUAN();
            default -> Bundle.BTN_Step(to.label()); // never a step button (opened, closed, reopened)
        };
    }

    /**
     * The timeline row to bring into view once a reload shows {@code after}: the newest of the
     * entries that {@code before} did not have (the one just added), else the last row. Not
     * simply the last: the timeline is in time order, and an entry dated later (another PC's
     * clock, an imported record) would keep the one just added out of sight.
     *
     * @param before the entries shown until now, or null on the first load
     * @return -1 for an empty timeline
     */
    static int newestIndex(List<TimelineEntry> before, List<TimelineEntry> after) {
        if (after.isEmpty()) {
            return -1;
        }
        if (before != null) {
            java.util.Map<TimelineEntry, Integer> shown = new java.util.HashMap<>();
            before.forEach(e -> shown.merge(e, 1, Integer::sum));
            int pick = -1;
            for (int i = 0; i < after.size(); i++) {
                TimelineEntry e = after.get(i);
                if (shown.merge(e, -1, Integer::sum) >= 0) {
                    continue; // shown before
                }
                if (pick < 0 || !e.waktu().isBefore(after.get(pick).waktu())) {
                    pick = i;
                }
            }
            if (pick >= 0) {
                return pick;
            }
        }
        return after.size() - 1;
    }

    public String caseId() {
        return caseId;
    }

    public Snapshot current() {
        return current;
    }

    public void reload() {
        ui.load(this::snapshot, s -> {
            current = s;
            show.accept(s);
        }, e -> message.accept(UserMessages.of(e)));
    }

    Snapshot snapshot() {
        CaseService cases = CaseService.get();
        CaseDetail d = cases.find(caseId).orElseThrow();
        CaseService.Activity a = cases.activity(caseId);
        return new Snapshot(d, a.timeline(), a.notes(), a.tasks(), a.services(),
                PlanService.get().revisions(caseId), ReferralService.get().forCase(caseId), AssessmentService.get().form(caseId),
                AssessmentService.get().bansos(caseId), ReferralService.get().institutions(), AttachmentService.get().list(caseId),
                CaseConsents.get().forCase(caseId));
    }

    /** The version the user is looking at: a change made on it is refused if someone saved since. */
    public int version() {
        return current == null ? -1 : current.detail().version();
    }

    /** Runs a change, then reloads; {@code done} runs on success (e.g. to clear the form), {@code okText} is shown. */
    public void act(Callable<?> change, String okText, Runnable done) {
        ui.load(() -> {
            change.call();
            return snapshot();
        }, s -> {
            current = s;
            show.accept(s);
            if (done != null) {
                done.run();
            }
            if (okText != null) {
                message.accept(okText);
            }
        }, e -> message.accept(UserMessages.of(e)));
    }

    /** Only the approvals of this case (for the decision buttons a supervisor sees in the window). */
    public List<ApprovalService.Approval> approvals() {
        return ApprovalService.get().forCase(caseId);
    }
}
