package id.pilar.cases.ui;

import id.pilar.cases.api.ApprovalService;
import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ServiceKind;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/**
 * One case: header, the steps it may take next, and tabs for the timeline, assessment, plan,
 * services, referrals, notes and tasks. Alt+letter mnemonics on the buttons, none on a letter the
 * main menu bar takes with Alt (Berkas, Tampilan, Keamanan, Alat, Jendela, Ba_ntuan) and none twice
 * among the buttons on screen together (the header's and the selected tab's; CaseWindowMnemonicsTest
 * checks it); every tab's first field takes the keyboard.
 */
@TopComponent.Description(preferredID = "CaseTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - number", "CTL_Case=Kasus {0}",
    "LBL_Loading=Memuat…",
    "# {0} - status", "# {1} - worker", "# {2} - opened", "LBL_CaseHeader=Status: {0} · Pekerja sosial: {1} · Dibuka {2}",
    "# {0} - source", "# {1} - category", "# {2} - risk", "# {3} - kelurahan", "LBL_CaseHeader2=Sumber: {0} · Kategori: {1} · Risiko: {2} · Kelurahan: {3}",
    "# {0} - kind", "LBL_Waiting=Menunggu persetujuan supervisor: {0}",
    "# {0} - date", "# {1} - reason", "LBL_Closed=Ditutup {0}: {1}",
    "# {0} - old number", "LBL_OldNumber=Nomor lama: {0}",
    "LBL_Clients=Klien:",
    "# {0} - status", "BTN_Step=Ke _{0}",
    "BTN_StepASESMEN=Ke As_esmen", "BTN_StepRENCANA=Ke Rencana Inter_vensi", "BTN_StepLAYANAN=Ke La_yanan", "BTN_StepPEMANTAUAN=Ke Pemanta_uan",
    "BTN_RequestClosure=Ajukan _penutupan…",
    "BTN_Reopen=B_uka kembali",
    "BTN_Print=_Cetak ringkasan (PDF)",
    "BTN_Reload=_Muat ulang",
    "LBL_Reason=Alasan",
    "LBL_ClosingDate=Tanggal tutup (dd/MM/yyyy)",
    "LBL_Description=Keterangan",
    "BTN_Send=Kirim",
    "TAB_Timeline=Linimasa", "TAB_Assessment=Asesmen", "TAB_Plan=Rencana", "TAB_Services=Layanan", "TAB_Referrals=Rujukan",
    "TAB_Notes=Catatan", "TAB_Tasks=Tugas", "TAB_Evidence=Lampiran & persetujuan",
    "BTN_SaveAssessment=_Simpan asesmen",
    "LBL_Bansos=Status DTSEN dan usulan bansos",
    "# {0} - name", "LBL_NotInDtsen={0}: belum terdaftar di DTSEN (usulkan pendaftaran DTSEN)",
    "# {0} - name", "# {1} - decile", "# {2} - received", "# {3} - proposed", "LBL_BansosLine={0}: desil {1}; menerima: {2}; diusulkan: {3}",
    "LBL_None=tidak ada",
    "LBL_PlanItems=Tujuan; tindakan; penanggung jawab; tenggat dd/MM/yyyy — satu baris per tujuan",
    "LBL_PlanNote=Catatan rencana",
    "BTN_SaveDraft=Simpan sebagai _revisi baru",
    "BTN_SubmitPlan=Ajukan ke supervis_or",
    "# {0} - revision", "# {1} - status", "# {2} - who", "LBL_PlanRevision=Revisi {0} · {1} · oleh {2}",
    "COL_Date=Tanggal", "COL_Kind=Jenis", "COL_Provider=Penyedia", "COL_Outcome=Hasil", "COL_By=Oleh",
    "LBL_Provider=Penyedia", "LBL_Outcome=Hasil", "LBL_Date=Tanggal (dd/MM/yyyy)",
    "BTN_AddService=Tambah _layanan",
    "LBL_Institution=Lembaga",
    "# {0} - name", "# {1} - kind", "# {2} - free", "# {3} - capacity", "LBL_InstitutionChoice={0} ({1}) — sisa {2} dari {3} tempat",
    "# {0} - name", "# {1} - kind", "LBL_InstitutionNoBeds={0} ({1}) — tanpa tempat tidur",
    "LBL_FullWarning=Lembaga ini penuh: rujukan akan menunggu izin supervisor.",
    "BTN_Refer=_Rujuk",
    "BTN_Accepted=Diterima", "BTN_Rejected=Ditolak", "BTN_Completed=Selesai",
    "COL_Institution=Lembaga", "COL_Status=Status", "COL_Reason=Alasan",
    "LBL_NewNote=Catatan baru",
    "CHK_Health=Berisi data kesehatan",
    "BTN_AddNote=Tamba_h catatan",
    "BTN_Correct=Koreks_i catatan terpilih",
    "# {0} - who", "# {1} - when", "LBL_NoteHead={0}, {1}",
    "LBL_Corrected=(dikoreksi)",
    "LBL_Correction=(koreksi)",
    "LBL_TaskTitle=Tugas / tindak lanjut",
    "LBL_DueDate=Tenggat (dd/MM/yyyy)",
    "BTN_AddTask=Tambah tu_gas",
    "BTN_Done=_Selesai",
    "COL_Title=Tugas", "COL_Due=Tenggat", "COL_Owner=Pemilik", "COL_Done=Selesai",
    "LBL_Late=TERLAMBAT",
    "# {0} - date", "ERR_BadDateText=Tanggal tidak terbaca: {0} (contoh 31/12/2026)",
    "MSG_Saved=Tersimpan.",
    "MSG_SentForApproval=Diajukan ke supervisor.",
    "BTN_Approve=Setujui", "BTN_Reject=Tolak",
    "PS_Draft=draf", "PS_Submitted=diajukan ke supervisor", "PS_Approved=disetujui (berlaku)", "PS_Rejected=ditolak", "PS_Replaced=diganti revisi baru"
})
public final class CaseTopComponent extends CasesWindow {

    private final String caseId;
    private CaseWindowModel model;
    private final Label message = new Label();
    private final VBox header = new VBox(4);
    private final FlowPane actions = new FlowPane(8, 8);
    private final VBox closureForm = new VBox(6);
    private final ListView<String> timeline = new ListView<>();
    private List<CaseService.TimelineEntry> shownTimeline; // FX thread: what the timeline shows, to find what a reload added
    private final VBox assessment = new VBox(8);
    private final VBox plan = new VBox(8);
    private final VBox services = new VBox(8);
    private final VBox referrals = new VBox(8);
    private final VBox notes = new VBox(8);
    private final VBox tasks = new VBox(8);
    private final VBox evidence = new VBox(8);

    public CaseTopComponent(String caseId, String nomor) {
        this.caseId = caseId;
        setName(Bundle.CTL_Case(nomor == null ? "" : nomor));
    }

    public String caseId() {
        return caseId;
    }

    @Override
    protected Parent createContent() {
        model = new CaseWindowModel(caseId, UiExecutor.standard(), this::show, message::setText);
        header.getChildren().setAll(new Label(Bundle.LBL_Loading()));
        TabPane tabs = new TabPane(
                tab(Bundle.TAB_Timeline(), timeline),
                tab(Bundle.TAB_Assessment(), scroll(assessment)),
                tab(Bundle.TAB_Plan(), scroll(plan)),
                tab(Bundle.TAB_Services(), scroll(services)),
                tab(Bundle.TAB_Referrals(), scroll(referrals)),
                tab(Bundle.TAB_Notes(), scroll(notes)),
                tab(Bundle.TAB_Tasks(), scroll(tasks)),
                tab(Bundle.TAB_Evidence(), scroll(evidence)));
        message.setWrapText(true);
        message.getStyleClass().add("status-message");
        VBox top = new VBox(8, header, actions, closureForm, message);
        BorderPane root = new BorderPane(tabs);
        root.setTop(top);
        BorderPane.setMargin(tabs, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        reloadOnChange(model::reload);
        model.reload();
        return root;
    }

    @Override
    protected Node firstField() {
        return timeline;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private static ScrollPane scroll(VBox box) {
        box.setPadding(new Insets(10));
        ScrollPane p = new ScrollPane(box);
        p.setFitToWidth(true);
        return p;
    }

    private void show(CaseWindowModel.Snapshot s) {
        CaseDetail d = s.detail();
        var sum = d.summary();
        setNameLater(Bundle.CTL_Case(d.nomor()));
        Label title = Fx.title(d.nomor() + " — " + sum.klien());
        header.getChildren().setAll(title,
                new Label(Bundle.LBL_CaseHeader(sum.status().label(), Fx.or(sum.pekerja()), Formats.date(sum.tanggalBuka()))),
                new Label(Bundle.LBL_CaseHeader2(sum.sumber().label(), category(sum.kategoriKode()), sum.risiko().label(), kelurahan(sum.kodeKelurahan()))),
                new Label(Bundle.LBL_Clients() + " " + String.join(", ", d.klien().stream().map(k -> k.nama()).toList())));
        if (sum.nomorLama() != null) {
            header.getChildren().add(new Label(Bundle.LBL_OldNumber(sum.nomorLama())));
        }
        if (sum.menunggu() != null) {
            Label w = new Label(Bundle.LBL_Waiting(sum.menunggu().label()));
            w.getStyleClass().addAll("field-message", "field-warning");
            header.getChildren().add(w);
        }
        if (d.status() == CaseStatus.DITUTUP && d.alasanTutup() != null) {
            header.getChildren().add(new Label(Bundle.LBL_Closed(Formats.date(d.tanggalTutup()), d.alasanTutup().label()
                    + (d.keteranganTutup() == null ? "" : " — " + d.keteranganTutup()))));
        }
        showActions(d);
        timeline.getItems().setAll(s.timeline().stream().map(t -> Formats.dateTime(t.waktu()) + " · " + t.oleh() + " · " + t.judul()
                + (t.isi() == null ? "" : "\n    " + t.isi())).toList());
        int newest = CaseWindowModel.newestIndex(shownTimeline, s.timeline());
        shownTimeline = s.timeline();
        // after the layout pass: cells of two lines are measured only then, and the last entry would stay half hidden
        javafx.application.Platform.runLater(() -> timeline.scrollTo(Math.max(0, newest)));
        showAssessment(s);
        showPlan(s);
        showServices(s);
        showReferrals(s);
        showNotes(s);
        showTasks(s);
        CaseEvidenceView.show(evidence, model, s);
        UiTrace.shown(timeline.getScene(), "cases.case.shown");
    }

    private void setNameLater(String name) {
        javax.swing.SwingUtilities.invokeLater(() -> setName(name));
    }

    static String category(String kode) {
        if (kode == null) {
            return "-";
        }
        return ReferenceData.get().kategori(kode).map(k -> k.label()).orElse(kode);
    }

    static String kelurahan(String kode) {
        if (kode == null) {
            return "-";
        }
        return ReferenceData.get().kelurahan(kode).map(k -> k.nama()).orElse(kode);
    }

    private void showActions(CaseDetail d) {
        actions.getChildren().clear();
        closureForm.getChildren().clear();
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK);
        for (CaseStatus next : d.langkah()) {
            Button b = new Button(CaseWindowModel.stepButton(next));
            b.setMnemonicParsing(true);
            b.setDisable(!work);
            b.setOnAction(e -> model.act(() -> CaseService.get().transition(caseId, model.version(), next, null), Bundle.MSG_Saved(), null));
            actions.getChildren().add(b);
        }
        if (d.status().open()) {
            Button close = new Button(Bundle.BTN_RequestClosure());
            close.setDisable(!work || d.summary().menunggu() != null);
            close.setOnAction(e -> closureForm(false));
            actions.getChildren().add(close);
        } else {
            Button reopen = new Button(Bundle.BTN_Reopen());
            reopen.setDisable(!work);
            reopen.setOnAction(e -> closureForm(true));
            actions.getChildren().add(reopen);
        }
        Button print = new Button(Bundle.BTN_Print());
        print.setDisable(!AccessControl.get().isPermitted(CasesPermissions.EXPORT));
        print.setOnAction(e -> CaseSummaryPrint.ask(caseId, d.nomor(), message::setText));
        Button reload = new Button(Bundle.BTN_Reload());
        reload.setOnAction(e -> model.reload());
        actions.getChildren().addAll(print, reload);
        if (AccessControl.get().isPermitted(CasesPermissions.APPROVE) && d.summary().menunggu() != null) {
            Button approve = new Button(Bundle.BTN_Approve() + ": " + d.summary().menunggu().label());
            TextField note = new TextField();
            note.setPromptText(Bundle.LBL_Description());
            Button reject = new Button(Bundle.BTN_Reject());
            approve.setOnAction(e -> model.act(() -> ApprovalService.get().approve(pendingId(), note.getText()), Bundle.MSG_Saved(), null));
            reject.setOnAction(e -> model.act(() -> ApprovalService.get().reject(pendingId(), note.getText()), Bundle.MSG_Saved(), null));
            actions.getChildren().addAll(approve, reject, note);
        }
    }

    private String pendingId() {
        return model.approvals().stream().filter(a -> a.status() == ApprovalService.Decision.MENUNGGU).findFirst()
                .map(ApprovalService.Approval::id).orElse("-");
    }

    private void closureForm(boolean reopen) {
        TextField text = new TextField();
        text.setPromptText(reopen ? Bundle.LBL_Reason() : Bundle.LBL_Description());
        Button send = new Button(Bundle.BTN_Send());
        if (reopen) {
            send.setOnAction(e -> model.act(() -> CaseService.get().reopen(caseId, model.version(), text.getText()), Bundle.MSG_Saved(), null));
            closureForm.getChildren().setAll(row(new Label(Bundle.LBL_Reason()), text, send));
            text.requestFocus();
            return;
        }
        ComboBox<ClosureReason> reason = new ComboBox<>();
        reason.getItems().setAll(ClosureReason.values());
        reason.setConverter(converter(ClosureReason::label));
        TextField date = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        send.setOnAction(e -> model.act(() -> CaseService.get().requestClosure(caseId, model.version(), reason.getValue(), text.getText(),
                date(date.getText())), Bundle.MSG_SentForApproval(), () -> closureForm.getChildren().clear()));
        closureForm.getChildren().setAll(row(new Label(Bundle.LBL_Reason()), reason, new Label(Bundle.LBL_ClosingDate()), date,
                new Label(Bundle.LBL_Description()), text, send));
        reason.requestFocus();
    }

    /** A form row whose labels sit level with their fields. */
    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A typed date, or an Indonesian refusal. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Formats.parseDate(text.trim());
        } catch (RuntimeException e) {
            throw new id.pilar.cases.api.CasesException("ERR_BadDateText", Bundle.ERR_BadDateText(text), text);
        }
    }

    private void showAssessment(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, TextField> inputs = new HashMap<>();
        int row = 0;
        for (AssessmentService.Domain d : s.assessment()) {
            grid.add(Fx.title(d.nama()), 0, row++, 2, 1);
            for (AssessmentService.Field f : d.fields()) {
                TextField in = new TextField(f.nilai() == null ? "" : f.nilai());
                in.setDisable(!work || f.tersamar());
                in.setPrefColumnCount(f.jenis() == AssessmentService.FieldKind.TEKS ? 40 : 4);
                inputs.put(f.id(), in);
                grid.add(new Label(f.label()), 0, row);
                grid.add(in, 1, row++);
            }
        }
        Button save = new Button(Bundle.BTN_SaveAssessment());
        save.setDisable(!work);
        save.setOnAction(e -> {
            Map<String, String> values = new HashMap<>();
            inputs.forEach((id, in) -> {
                if (!in.isDisabled()) {
                    values.put(id, in.getText());
                }
            });
            model.act(() -> {
                AssessmentService.get().save(caseId, values);
                return null;
            }, Bundle.MSG_Saved(), null);
        });
        VBox bansos = new VBox(4, Fx.title(Bundle.LBL_Bansos()));
        for (var p : s.bansos()) {
            bansos.getChildren().add(new Label(p.terdaftar()
                    ? Bundle.LBL_BansosLine(p.klien().nama(), p.desil() == null ? "-" : p.desil(), names(p.diterima()), names(p.diusulkan()))
                    : Bundle.LBL_NotInDtsen(p.klien().nama())));
        }
        assessment.getChildren().setAll(bansos, grid, save);
    }

    private static String names(List<id.pilar.registry.api.Programme> list) {
        return list.isEmpty() ? Bundle.LBL_None() : String.join(", ", list.stream().map(id.pilar.registry.api.Programme::label).toList());
    }

    private void showPlan(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        TextArea items = new TextArea();
        items.setPrefRowCount(5);
        TextField note = new TextField();
        note.setPromptText(Bundle.LBL_PlanNote());
        if (!s.plans().isEmpty()) {
            PlanService.Plan latest = s.plans().get(0);
            items.setText(String.join("\n", latest.items().stream().map(i -> String.join("; ", i.tujuan(), i.tindakan(),
                    i.penanggungJawab() == null ? "" : i.penanggungJawab(), i.tenggat() == null ? "" : Formats.date(i.tenggat()))).toList()));
        }
        Button draft = new Button(Bundle.BTN_SaveDraft());
        draft.setDisable(!work);
        draft.setOnAction(e -> model.act(() -> PlanService.get().draft(caseId, note.getText(), parseItems(items.getText())), Bundle.MSG_Saved(), null));
        Button submit = new Button(Bundle.BTN_SubmitPlan());
        boolean hasDraft = !s.plans().isEmpty() && s.plans().get(0).status() == PlanService.PlanStatus.DRAF;
        submit.setDisable(!work || !hasDraft);
        submit.setOnAction(e -> model.act(() -> PlanService.get().submit(s.plans().get(0).id()), Bundle.MSG_SentForApproval(), null));
        plan.getChildren().setAll(new Label(Bundle.LBL_PlanItems()), items, note, new HBox(8, draft, submit));
        for (PlanService.Plan p : s.plans()) {
            Label head = Fx.title(Bundle.LBL_PlanRevision(p.revisi(), planStatus(p.status()), p.dibuatOleh()));
            VBox box = new VBox(2, head);
            if (p.catatan() != null) {
                box.getChildren().add(new Label(p.catatan()));
            }
            for (PlanService.Item i : p.items()) {
                box.getChildren().add(new Label("• " + i.tujuan() + " — " + i.tindakan() + " (" + Fx.or(i.penanggungJawab()) + ", "
                        + (i.tenggat() == null ? "-" : Formats.date(i.tenggat())) + ")"));
            }
            plan.getChildren().add(box);
        }
    }

    static String planStatus(PlanService.PlanStatus s) {
        return switch (s) {
            case DRAF -> Bundle.PS_Draft();
            case DIAJUKAN -> Bundle.PS_Submitted();
            case DISETUJUI -> Bundle.PS_Approved();
            case DITOLAK -> Bundle.PS_Rejected();
            case DIGANTI -> Bundle.PS_Replaced();
        };
    }

    /** "tujuan; tindakan; pj; dd/MM/yyyy" per line. */
    static List<PlanService.Item> parseItems(String text) {
        List<PlanService.Item> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split(";", -1);
            out.add(new PlanService.Item(p[0].trim(), p.length > 1 ? p[1].trim() : "", p.length > 2 ? p[2].trim() : null,
                    p.length > 3 ? date(p[3]) : null));
        }
        return out;
    }

    private void showServices(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        TableView<CaseService.ServiceRecord> table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Date(), r -> Formats.date(r.tanggal()), 90));
        table.getColumns().add(Fx.column(Bundle.COL_Kind(), r -> r.jenis().label(), 160));
        table.getColumns().add(Fx.column(Bundle.COL_Provider(), r -> Fx.or(r.penyedia()), 160));
        table.getColumns().add(Fx.column(Bundle.COL_Outcome(), r -> Fx.or(r.hasil()), 200));
        table.getColumns().add(Fx.column(Bundle.COL_By(), CaseService.ServiceRecord::oleh, 90));
        table.getItems().setAll(s.services());
        table.setPrefHeight(220);
        ComboBox<ServiceKind> kind = new ComboBox<>();
        kind.getItems().setAll(ServiceKind.values());
        kind.setConverter(converter(ServiceKind::label));
        TextField date = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        date.setPrefColumnCount(8);
        TextField provider = new TextField();
        provider.setPromptText(Bundle.LBL_Provider());
        TextField outcome = new TextField();
        outcome.setPromptText(Bundle.LBL_Outcome());
        Button add = new Button(Bundle.BTN_AddService());
        add.setDisable(!work);
        add.setOnAction(e -> model.act(() -> CaseService.get().addService(caseId, kind.getValue(), date(date.getText()), provider.getText(),
                outcome.getText()), Bundle.MSG_Saved(), () -> {
                    provider.clear();
                    outcome.clear();
                }));
        services.getChildren().setAll(new FlowPane(8, 8, kind, date, provider, outcome, add), table);
    }

    private void showReferrals(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        ComboBox<ReferralService.Institution> inst = new ComboBox<>();
        inst.getItems().setAll(s.institutions());
        inst.setConverter(converter(i -> i.tanpaTempatTidur() ? Bundle.LBL_InstitutionNoBeds(i.nama(), i.jenis().label())
                : Bundle.LBL_InstitutionChoice(i.nama(), i.jenis().label(), i.sisa(), i.kapasitas())));
        Label warn = new Label();
        warn.getStyleClass().addAll("field-message", "field-warning");
        inst.valueProperty().addListener((o, a, b) -> warn.setText(b != null && b.penuh() ? Bundle.LBL_FullWarning() : ""));
        TextField reason = new TextField();
        reason.setPromptText(Bundle.LBL_Reason());
        TextField date = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        date.setPrefColumnCount(8);
        Button refer = new Button(Bundle.BTN_Refer());
        refer.setDisable(!work);
        refer.setOnAction(e -> model.act(() -> ReferralService.get().refer(caseId, inst.getValue() == null ? null : inst.getValue().id(),
                date(date.getText()), reason.getText()), Bundle.MSG_Saved(), reason::clear));
        TableView<ReferralService.Referral> table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Date(), r -> Formats.date(r.tanggal()), 90));
        table.getColumns().add(Fx.column(Bundle.COL_Institution(), ReferralService.Referral::lembaga, 220));
        table.getColumns().add(Fx.column(Bundle.COL_Status(), ReferralService.Referral::keadaan, 160));
        table.getColumns().add(Fx.column(Bundle.COL_Reason(), r -> Fx.or(r.alasan()), 200));
        table.getItems().setAll(s.referrals());
        table.setPrefHeight(200);
        HBox steps = new HBox(8);
        for (String[] st : new String[][] {{"DITERIMA", Bundle.BTN_Accepted()}, {"DITOLAK", Bundle.BTN_Rejected()}, {"SELESAI", Bundle.BTN_Completed()}}) {
            Button b = new Button(st[1]);
            b.setDisable(!work);
            b.setOnAction(e -> {
                var sel = table.getSelectionModel().getSelectedItem();
                if (sel != null) {
                    model.act(() -> ReferralService.get().advance(sel.id(), st[0], null), Bundle.MSG_Saved(), null);
                }
            });
            steps.getChildren().add(b);
        }
        referrals.getChildren().setAll(new FlowPane(8, 8, new Label(Bundle.LBL_Institution()), inst, date, reason, refer), warn, table, steps);
    }

    private void showNotes(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        ListView<CaseService.Note> list = new ListView<>();
        list.getItems().setAll(s.notes());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CaseService.Note n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Bundle.LBL_NoteHead(n.oleh(), Formats.dateTime(n.waktu()))
                        + (n.dikoreksi() ? " " + Bundle.LBL_Corrected() : "") + (n.koreksiDari() != null ? " " + Bundle.LBL_Correction() : "")
                        + "\n" + n.teks());
            }
        });
        list.setPrefHeight(260);
        TextArea text = new TextArea();
        text.setPromptText(Bundle.LBL_NewNote());
        text.setPrefRowCount(3);
        CheckBox health = new CheckBox(Bundle.CHK_Health());
        Button add = new Button(Bundle.BTN_AddNote());
        add.setDisable(!work);
        add.setOnAction(e -> model.act(() -> CaseService.get().addNote(caseId, text.getText(), health.isSelected()), Bundle.MSG_Saved(), text::clear));
        Button correct = new Button(Bundle.BTN_Correct());
        correct.setDisable(!work);
        correct.setOnAction(e -> {
            var sel = list.getSelectionModel().getSelectedItem();
            if (sel != null) {
                model.act(() -> CaseService.get().correctNote(sel.id(), text.getText()), Bundle.MSG_Saved(), text::clear);
            }
        });
        notes.getChildren().setAll(text, new HBox(8, health, add, correct), list);
    }

    private void showTasks(CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        TableView<CaseService.Task> table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Due(), t -> Formats.date(t.tenggat()) + (t.terlambat() ? " " + Bundle.LBL_Late() : ""), 140));
        table.getColumns().add(Fx.column(Bundle.COL_Title(), CaseService.Task::judul, 260));
        table.getColumns().add(Fx.column(Bundle.COL_Owner(), t -> Fx.or(t.pemilik()), 100));
        table.getColumns().add(Fx.column(Bundle.COL_Done(), t -> t.selesai() == null ? "" : Formats.dateTime(t.selesai()), 130));
        table.getItems().setAll(s.tasks());
        table.setPrefHeight(220);
        TextField title = new TextField();
        title.setPromptText(Bundle.LBL_TaskTitle());
        title.setPrefColumnCount(30);
        TextField due = new TextField();
        due.setPromptText(Bundle.LBL_DueDate());
        Button add = new Button(Bundle.BTN_AddTask());
        add.setDisable(!work);
        add.setOnAction(e -> model.act(() -> CaseService.get().addTask(caseId, title.getText(), date(due.getText()), null), Bundle.MSG_Saved(), () -> {
            title.clear();
            due.clear();
        }));
        Button done = new Button(Bundle.BTN_Done());
        done.setDisable(!AccessControl.get().isPermitted(CasesPermissions.WORK));
        done.setOnAction(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (sel != null) {
                model.act(() -> CaseService.get().completeTask(sel.id()), Bundle.MSG_Saved(), null);
            }
        });
        tasks.getChildren().setAll(new FlowPane(8, 8, title, due, add), table, done);
    }
}
