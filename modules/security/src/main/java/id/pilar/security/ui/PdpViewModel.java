package id.pilar.security.ui;

import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.Consents;
import id.pilar.security.api.Consents.ConsentInfo;
import id.pilar.security.api.DataRequests;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.DataRequests.RequestInfo;
import id.pilar.security.api.SubjectAccess;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/** The UU PDP window: consents of one person, erasure/restriction requests, subject-access export. */
@Messages({
    "MSG_PersonNeeded=Cari dan pilih orangnya dulu.",
    "MSG_DateInvalid=Tanggal tidak valid; tulis seperti 21/06/2026.",
    "MSG_ConsentSaved=Persetujuan dicatat.",
    "MSG_ConsentWithdrawn=Persetujuan ditarik.",
    "MSG_ChooseConsent=Pilih persetujuan di tabel dulu.",
    "MSG_ChooseRequest=Pilih permintaan di tabel dulu.",
    "MSG_RequestFiled=Permintaan diajukan; menunggu persetujuan supervisor.",
    "MSG_RequestApproved=Permintaan disetujui dan dilaksanakan.",
    "MSG_RequestRejected=Permintaan ditolak.",
    "LBL_Exporting=Mengekspor data subjek",
    "# {0} - files",
    "MSG_Exported=Ekspor selesai: {0}"
})
final class PdpViewModel extends ViewModelSupport {

    private final Consents consents;
    private final DataRequests requests;
    private final SubjectAccess subject;
    private final ObservableList<ConsentInfo> personConsents = FXCollections.observableArrayList();
    private final ObservableList<RequestInfo> openRequests = FXCollections.observableArrayList();
    private final java.util.Map<String, String> personLabels = new java.util.HashMap<>();
    private String personId;

    PdpViewModel(Consents consents, DataRequests requests, SubjectAccess subject, UiExecutor ui, LongWork longWork) {
        super(ui, longWork);
        this.consents = consents;
        this.requests = requests;
        this.subject = subject;
    }

    ObservableList<ConsentInfo> consents() {
        return personConsents;
    }

    ObservableList<RequestInfo> requests() {
        return openRequests;
    }

    /** Loads the person's consents and their requests (or every open request when no person is chosen). */
    void load(String person) {
        personId = person == null || person.isBlank() ? null : person.trim();
        String chosen = personId;
        background(() -> {
            // Requests are case work: a role without it (an Operator recording consents) sees none.
            boolean seesRequests = id.pilar.core.api.security.AccessControl.get().isPermitted(SecurityPermissions.REQUEST_WRITE);
            List<RequestInfo> found = !seesRequests ? List.of() : chosen == null ? requests.open() : requests.forPerson(chosen);
            return new Object[] {
                chosen == null ? List.of() : consents.forPerson(chosen),
                found,
                labelsOf(found)
            };
        }, r -> {
            @SuppressWarnings("unchecked")
            List<ConsentInfo> c = (List<ConsentInfo>) r[0];
            @SuppressWarnings("unchecked")
            List<RequestInfo> q = (List<RequestInfo>) r[1];
            @SuppressWarnings("unchecked")
            java.util.Map<String, String> labels = (java.util.Map<String, String>) r[2];
            personLabels.clear();
            personLabels.putAll(labels);
            personConsents.setAll(c);
            openRequests.setAll(q);
        });
    }

    /** Who a request is about, as the registry shows them; the id itself without the registry. */
    String personLabel(String id) {
        return personLabels.getOrDefault(id, id);
    }

    // Called off the FX thread: the registry looks each person up once (a clerk's list is short).
    private static java.util.Map<String, String> labelsOf(List<RequestInfo> found) {
        id.pilar.core.spi.PersonFinder finder = id.pilar.core.spi.PersonFinder.get();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        if (finder == null) {
            return labels;
        }
        try {
            for (RequestInfo r : found) {
                labels.computeIfAbsent(r.personId(), id -> finder.describe(id).orElse(id));
            }
        } catch (id.pilar.core.api.security.AccessDeniedException notAllowed) {
            // A role that may decide requests but not read the registry sees the ids, as before.
            labels.clear();
        }
        return labels;
    }

    /** Runs a person search in the background (the registry's search box, through {@link id.pilar.core.spi.PersonFinder}). */
    void findPeople(java.util.function.Supplier<List<id.pilar.core.spi.PersonFinder.Found>> search,
            java.util.function.Consumer<List<id.pilar.core.spi.PersonFinder.Found>> shown) {
        background(search, shown);
    }

    private boolean needPerson() {
        if (personId == null) {
            refuse(Bundle.MSG_PersonNeeded());
            return true;
        }
        return false;
    }

    void recordConsent(String purpose, String date, String evidence) {
        if (needPerson()) {
            return;
        }
        LocalDate d = Formats.parseDate(date);
        if (d == null) {
            refuse(Bundle.MSG_DateInvalid());
            return;
        }
        background(() -> consents.record(personId, purpose, d, evidence), c -> {
            say(Bundle.MSG_ConsentSaved());
            load(personId);
        });
    }

    void withdraw(ConsentInfo c, String date) {
        if (c == null) {
            refuse(Bundle.MSG_ChooseConsent());
            return;
        }
        LocalDate d = date == null || date.isBlank() ? LocalDate.now(Formats.JAKARTA) : Formats.parseDate(date);
        if (d == null) {
            refuse(Bundle.MSG_DateInvalid());
            return;
        }
        background(() -> consents.withdraw(c.id(), d), x -> {
            say(Bundle.MSG_ConsentWithdrawn());
            load(personId);
        });
    }

    void fileRequest(Kind kind, String reason) {
        if (needPerson()) {
            return;
        }
        background(() -> requests.file(personId, kind, reason), r -> {
            say(Bundle.MSG_RequestFiled());
            load(personId);
        });
    }

    void approve(RequestInfo r, String note) {
        if (r == null) {
            refuse(Bundle.MSG_ChooseRequest());
            return;
        }
        background(() -> requests.approve(r.id(), note), x -> {
            say(Bundle.MSG_RequestApproved());
            load(personId);
        });
    }

    void reject(RequestInfo r, String note) {
        if (r == null) {
            refuse(Bundle.MSG_ChooseRequest());
            return;
        }
        background(() -> requests.reject(r.id(), note), x -> {
            say(Bundle.MSG_RequestRejected());
            load(personId);
        });
    }

    void export(Path folder) {
        if (needPerson()) {
            return;
        }
        String person = personId;
        longWork.submit(Bundle.LBL_Exporting(), p -> subject.export(person, folder),
                files -> say(Bundle.MSG_Exported(files)), t -> ui.fx().execute(() -> fail(t)));
    }
}
