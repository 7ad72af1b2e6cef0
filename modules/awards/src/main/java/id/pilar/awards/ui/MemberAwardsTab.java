package id.pilar.awards.ui;

import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.MemberRef;
import id.pilar.ui.api.FormValidation;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.spi.RecordHistory;
import id.pilar.ui.spi.ViewProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * "Penghargaan" on the member window: awards received, nominations and where they stand,
 * eligibility for every award today, and the facts the rules need that the rosters do not hold
 * (a form, with its change history).
 */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "LBL_FactsTitle=Data untuk syarat penghargaan (di luar data pilar sosial)",
    "LBL_Citizenship=Kewarganegaraan", "LBL_CitizenshipUnknown=belum dicatat",
    "LBL_BloodDonations=Jumlah donor darah", "LBL_PrisonYears=Hukuman penjara terlama (tahun)",
    "LBL_PrisonHint=kosong: tidak ada hukuman tercatat",
    "LBL_Disqualified=Didiskualifikasi dari penghargaan", "LBL_Evidence=Dasar pencatatan",
    "LBL_EvidencePrompt=misalnya KTP-el, kartu donor PMI no. 1234, SKCK 2026",
    "LBL_SaveFacts=Simpan data", "LBL_FactsHistory=Riwayat data",
    "LBL_FactsHistoryRecord=Data syarat penghargaan", "LBL_NoHistory=Riwayat perubahan disimpan oleh modul Keamanan, yang tidak terpasang."
})
public final class MemberAwardsTab extends AwardsTab<MemberRef> {

    /** The audited entity of the recorded facts, by name: the ui layer does not reach into impl classes. */
    static final String FACTS_ENTITY = "id.pilar.awards.impl.model.AwardMemberRecordEntity";

    @Override
    public Class<MemberRef> recordType() {
        return MemberRef.class;
    }

    /** What the tab's lists show, read in one background call. */
    static RecipientAwardsView.Content load(String memberId, LocalDate today) {
        return RecipientAwardsView.load(RecipientKind.ANGGOTA, memberId, today);
    }

    @Override
    public Node createView(MemberRef member) {
        RecipientAwardsView lists = new RecipientAwardsView(RecipientKind.ANGGOTA, member.id());
        DeclaredFactsForm form = new DeclaredFactsForm(UiExecutor.standard(), member.id());
        TitledPane facts = new TitledPane(Bundle.LBL_FactsTitle(), factsForm(form, lists::reload));
        TitledPane history = new TitledPane(Bundle.LBL_FactsHistory(), new VBox());
        history.setExpanded(false);
        // The history is read when opened: it names the record's id, known once the form has loaded.
        history.expandedProperty().addListener((o, was, open) -> {
            if (open) {
                history.setContent(historyView(form, member));
            }
        });
        lists.root.getChildren().addAll(facts, history);
        lists.reload();
        form.load(() -> { });
        ScrollPane scroll = new ScrollPane(lists.root);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Node factsForm(DeclaredFactsForm form, Runnable judgeAgain) {
        ComboBox<String> citizenship = new ComboBox<>();
        citizenship.getItems().setAll(null, "WNI", "WNA");
        Fx.labels(citizenship, c -> c, Bundle.LBL_CitizenshipUnknown());
        citizenship.valueProperty().bindBidirectional(form.citizenship);
        TextField blood = new TextField();
        blood.textProperty().bindBidirectional(form.bloodDonations);
        blood.setPrefColumnCount(6);
        TextField prison = new TextField();
        prison.textProperty().bindBidirectional(form.prisonYears);
        prison.setPromptText(Bundle.LBL_PrisonHint());
        CheckBox disqualified = new CheckBox(Bundle.LBL_Disqualified());
        disqualified.selectedProperty().bindBidirectional(form.disqualified);
        TextField evidence = new TextField();
        evidence.textProperty().bindBidirectional(form.evidence);
        evidence.setPromptText(Bundle.LBL_EvidencePrompt());
        FormValidation validation = new FormValidation();
        Map<DeclaredFactsForm.Field, Control> fields = Map.of(DeclaredFactsForm.Field.BLOOD, blood,
                DeclaredFactsForm.Field.PRISON, prison, DeclaredFactsForm.Field.EVIDENCE, evidence);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        row = row(grid, row, Bundle.LBL_Citizenship(), citizenship, null);
        row = row(grid, row, Bundle.LBL_BloodDonations(), blood, validation);
        row = row(grid, row, Bundle.LBL_PrisonYears(), prison, validation);
        grid.add(disqualified, 1, row++);
        row = row(grid, row, Bundle.LBL_Evidence(), evidence, validation);
        Button save = new Button(Bundle.LBL_SaveFacts());
        save.setOnAction(e -> {
            validation.clear();
            form.save(judgeAgain);
            form.errors.forEach((f, text) -> validation.error(fields.get(f), text));
            if (validation.hasErrors()) {
                validation.focusFirstError();
            }
        });
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(form.message);
        grid.add(save, 1, row++);
        grid.add(message, 0, row, 2, 1);
        // Roles without the permission read the facts; the service refuses their saves anyway.
        boolean editable = form.mayEdit();
        for (Node n : List.of(citizenship, blood, prison, disqualified, evidence, save)) {
            n.setDisable(!editable);
        }
        grid.setPadding(new Insets(6));
        return grid;
    }

    private static int row(GridPane grid, int row, String label, Control field, FormValidation validation) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row);
        if (validation == null) {
            grid.add(field, 1, row);
            return row + 1;
        }
        Label fieldMessage = new Label();
        validation.bind(field, fieldMessage);
        grid.add(new VBox(2, field, fieldMessage), 1, row);
        return row + 1;
    }

    private static Node historyView(DeclaredFactsForm form, MemberRef member) {
        String id = form.recordId();
        return RecordHistory.find().map(h -> h.createView(() -> id == null ? List.<RecordHistory.Target>of()
                : List.of(new RecordHistory.Target(Bundle.LBL_FactsHistoryRecord() + " \u2014 " + member.fullName(), FACTS_ENTITY, id))))
                .orElseGet(() -> new Label(Bundle.LBL_NoHistory()));
    }
}
