package id.pilar.awards.ui;

import id.pilar.awards.api.AwardCatalogue;
import id.pilar.awards.api.AwardRecords;
import id.pilar.awards.api.AwardReports;
import id.pilar.awards.api.AwardTable;
import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.Ceremony;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationDraft;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.NominationStep;
import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RequiredDocument;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openide.util.NbBundle.Messages;

/**
 * State and actions of the awards window, without a toolkit: every service call runs on the
 * background executor and its result (or its failure, through {@link UserMessages}) comes back on
 * the FX executor. Tests pass {@link UiExecutor#DIRECT}.
 */
@Messages({
    "# {0} - count", "# {1} - eligible", "# {2} - soon", "MSG_Judged={0} dinilai: {1} layak, {2} segera layak",
    "# {0} - name", "MSG_Nominated=Usulan untuk {0} dibuat (draf).",
    "# {0} - state", "MSG_Stepped=Usulan sekarang berstatus {0}.",
    "# {0} - serial", "MSG_Conferred=Penghargaan dianugerahkan; nomor piagam {0}.",
    "# {0} - file", "MSG_Attached=Dokumen {0} dilampirkan.",
    "MSG_Saved=Tersimpan.", "MSG_RulesOk=Aturan terbaca dan semua fakta dikenal.",
    "# {0} - file", "MSG_Written=Ditulis ke {0}",
    "# {0} - file", "MSG_CopyWritten=Salinan piagam ditulis ke {0}"
})
public final class AwardsViewModel {

    private final UiExecutor ex;
    final ObservableList<AwardType> types = FXCollections.observableArrayList();
    final ObservableList<Judgement> judgements = FXCollections.observableArrayList();
    final ObservableList<Nomination> nominations = FXCollections.observableArrayList();
    final ObservableList<NominationStep> steps = FXCollections.observableArrayList();
    final ObservableList<String> documents = FXCollections.observableArrayList();
    final ObservableList<Ceremony> ceremonies = FXCollections.observableArrayList();
    final ObservableList<ConferredAward> awards = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public AwardsViewModel(UiExecutor ex) {
        this.ex = ex;
    }

    public StringProperty messageProperty() {
        return message;
    }

    private <T> void call(Callable<T> work, Consumer<T> done) {
        ex.load(work, done, e -> message.set(UserMessages.of(e)));
    }

    public void loadTypes() {
        call(() -> AwardCatalogue.get().list(), types::setAll);
    }

    public void judge(String code, LocalDate asOf, PillarType pillar, String kecamatan, int soonMonths, boolean onlyEligible) {
        call(() -> Eligibility.get().judgeAll(code, asOf, new EligibilityFilter(pillar, kecamatan, soonMonths, onlyEligible)), list -> {
            judgements.setAll(list);
            message.set(Bundle.MSG_Judged(list.size(), list.stream().filter(Judgement::eligible).count(),
                    list.stream().filter(Judgement::soonEligible).count()));
        });
    }

    public void nominate(Judgement j, LocalDate asOf, String justification, Runnable after) {
        call(() -> Nominations.get().create(new NominationDraft(j.typeCode(), j.recipientId(), asOf, justification)), n -> {
            message.set(Bundle.MSG_Nominated(n.name()));
            after.run();
        });
    }

    public void loadBoard(NominationState state) {
        call(() -> Nominations.get().list(state), nominations::setAll);
    }

    /** Steps, attachments and the documents the next step still needs. */
    public void loadDetail(Nomination n) {
        if (n == null) {
            steps.clear();
            documents.clear();
            return;
        }
        // Documents by the names of the award's checklist (read here, on the caller's thread, where the list lives).
        java.util.Map<String, String> names = new java.util.HashMap<>();
        types.stream().filter(t -> t.code().equals(n.typeCode())).flatMap(t -> t.documents().stream())
                .forEach(d -> names.put(d.code(), d.name()));
        call(() -> {
            List<NominationStep> s = Nominations.get().steps(n.id());
            List<String> docs = new java.util.ArrayList<>();
            Nominations.get().attachments(n.id())
                    .forEach(a -> docs.add("✔ " + names.getOrDefault(a.documentCode(), a.documentCode()) + " — " + a.fileName()));
            NominationState next = switch (n.state()) {
                case DRAFT -> NominationState.DIUSULKAN;
                case DIUSULKAN -> NominationState.DIVERIFIKASI;
                case DIVERIFIKASI, DITERUSKAN -> n.lastLevel() ? NominationState.DISETUJUI : NominationState.DITERUSKAN;
                default -> NominationState.DIANUGERAHKAN;
            };
            for (RequiredDocument d : Nominations.get().missingFor(n.id(), next)) {
                docs.add("✘ " + d.name());
            }
            return new Object[] {s, docs};
        }, r -> {
            @SuppressWarnings("unchecked")
            List<NominationStep> s = (List<NominationStep>) r[0];
            @SuppressWarnings("unchecked")
            List<String> d = (List<String>) r[1];
            steps.setAll(s);
            documents.setAll(d);
        });
    }

    /** A step on the board; {@code step} calls the service with the nomination's id and version. */
    public void step(Callable<Nomination> step, Runnable after) {
        call(step, n -> {
            message.set(Bundle.MSG_Stepped(n.state().label()));
            after.run();
        });
    }

    public void confer(Nomination n, Ceremony c, String signatory, String title, Runnable after) {
        call(() -> Nominations.get().confer(n.id(), n.version(), c == null ? null : c.id(), signatory, title), a -> {
            message.set(Bundle.MSG_Conferred(a.serialNumber()));
            after.run();
        });
    }

    public void attach(Nomination n, String code, Path file, Runnable after) {
        call(() -> Nominations.get().attach(n.id(), code, file.getFileName().toString(), Files.readAllBytes(file)), a -> {
            message.set(Bundle.MSG_Attached(a.fileName()));
            after.run();
        });
    }

    public void loadCeremonies() {
        call(() -> AwardRecords.get().ceremonies(), ceremonies::setAll);
    }

    public void loadAwards(Ceremony c) {
        call(() -> c == null ? AwardRecords.get().all() : AwardRecords.get().atCeremony(c.id()), awards::setAll);
    }

    public void createCeremony(String name, LocalDate on, String place, String presenter) {
        call(() -> AwardRecords.get().createCeremony(name, on, place, presenter), c -> {
            message.set(Bundle.MSG_Saved());
            loadCeremonies();
        });
    }

    public void print(ConferredAward a, Path pdf, Consumer<Path> opened) {
        call(() -> AwardRecords.get().printCertificate(a.serialNumber(), pdf), copy -> {
            message.set(copy ? Bundle.MSG_CopyWritten(pdf) : Bundle.MSG_Written(pdf));
            opened.accept(pdf);
        });
    }

    public void checkRules(AwardType t, String rules) {
        call(() -> {
            AwardCatalogue.get().checkRules(rules, t.recipientKind());
            return true;
        }, ok -> message.set(Bundle.MSG_RulesOk()));
    }

    public void saveType(AwardType edited) {
        call(() -> AwardCatalogue.get().save(edited), saved -> {
            message.set(Bundle.MSG_Saved());
            loadTypes();
        });
    }

    public void export(Callable<AwardTable> table, Path file) {
        call(() -> {
            AwardTable t = table.call();
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".pdf")) {
                AwardReports.get().exportPdf(t, file);
            } else if (name.endsWith(".csv")) {
                AwardReports.get().exportCsv(t, file);
            } else {
                AwardReports.get().exportXlsx(t, file);
            }
            return file;
        }, f -> message.set(Bundle.MSG_Written(f)));
    }
}
