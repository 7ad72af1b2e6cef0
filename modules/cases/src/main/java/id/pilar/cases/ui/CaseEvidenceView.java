package id.pilar.cases.ui;

import id.pilar.cases.api.AttachmentService;
import id.pilar.cases.api.CaseConsents;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.core.api.security.AccessControl;
import id.pilar.registry.api.PersonRef;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.openide.util.NbBundle.Messages;

/** The case window's attachments (added from a file, opened with the desktop's viewer) and consents. */
@Messages({
    "LBL_Attachments=Lampiran (PDF, JPEG, PNG; paling besar 10 MB)",
    "BTN_Attach=_Lampirkan berkas…",
    "BTN_OpenAttachment=Buka lamp_iran",
    "COL_File=Berkas", "COL_Type=Jenis", "COL_Size=Ukuran",
    "LBL_Consents=Persetujuan klien (tercatat juga di register persetujuan UU PDP)",
    "LBL_ConsentPurpose=Tujuan persetujuan", "LBL_ConsentEvidence=Bukti (mis. formulir no.)",
    "BTN_RecordConsent=Catat pe_rsetujuan",
    "COL_Purpose=Tujuan", "COL_Evidence=Bukti", "COL_Withdrawn=Ditarik",
    "MSG_Attached=Lampiran tersimpan."
})
final class CaseEvidenceView {

    private CaseEvidenceView() {
    }

    static void show(VBox box, CaseWindowModel model, CaseWindowModel.Snapshot s) {
        boolean work = AccessControl.get().isPermitted(CasesPermissions.WORK) && s.detail().status().open();
        TableView<AttachmentService.Attachment> files = Fx.table();
        files.getColumns().add(Fx.column(Bundle.COL_File(), AttachmentService.Attachment::namaFile, 220));
        files.getColumns().add(Fx.column(Bundle.COL_Type(), AttachmentService.Attachment::mime, 120));
        files.getColumns().add(Fx.column(Bundle.COL_Size(), a -> Formats.number(a.ukuran()) + " B", 100));
        files.getColumns().add(Fx.column(Bundle.COL_By(), a -> a.oleh() + ", " + Formats.dateTime(a.waktu()), 180));
        files.getItems().setAll(s.attachments());
        files.setPrefHeight(160);
        Label msg = new Label();
        Button attach = new Button(Bundle.BTN_Attach());
        attach.setDisable(!work);
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser(); // JavaFX's, as the other modules: Swing's speaks English
            chooser.setTitle(Bundle.BTN_Attach().replace("_", ""));
            File chosen = chooser.showOpenDialog(attach.getScene() == null ? null : attach.getScene().getWindow());
            if (chosen != null) {
                Path file = chosen.toPath();
                model.act(() -> AttachmentService.get().add(model.caseId(), file.getFileName().toString(),
                        Files.size(file) > AttachmentService.MAX_BYTES ? new byte[AttachmentService.MAX_BYTES + 1] : Files.readAllBytes(file)),
                        Bundle.MSG_Attached(), null);
            }
        });
        Button open = new Button(Bundle.BTN_OpenAttachment());
        open.setOnAction(e -> {
            AttachmentService.Attachment a = files.getSelectionModel().getSelectedItem();
            if (a != null) {
                UiExecutor.standard().load(() -> {
                    File tmp = Files.createTempFile("pilar-lampiran-", "-" + a.namaFile()).toFile();
                    tmp.deleteOnExit();
                    Files.write(tmp.toPath(), AttachmentService.get().content(a.id()));
                    java.awt.Desktop.getDesktop().open(tmp);
                    return tmp;
                }, f -> msg.setText(f.getName()), x -> msg.setText(UserMessages.of(x)));
            }
        });

        ComboBox<PersonRef> who = new ComboBox<>();
        who.getItems().setAll(s.detail().klien());
        who.setConverter(CaseTopComponent.converter(PersonRef::nama));
        if (!who.getItems().isEmpty()) {
            who.setValue(who.getItems().get(0));
        }
        TextField purpose = new TextField();
        purpose.setPromptText(Bundle.LBL_ConsentPurpose());
        purpose.setPrefColumnCount(24);
        TextField date = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        date.setPrefColumnCount(8);
        TextField proof = new TextField();
        proof.setPromptText(Bundle.LBL_ConsentEvidence());
        Button record = new Button(Bundle.BTN_RecordConsent());
        record.setDisable(!work);
        record.setOnAction(e -> model.act(() -> CaseConsents.get().record(model.caseId(), who.getValue() == null ? null : who.getValue().id(),
                purpose.getText(), CaseTopComponent.date(date.getText()), proof.getText()), Bundle.MSG_Saved(), () -> {
                    purpose.clear();
                    proof.clear();
                }));
        TableView<CaseConsents.Consent> consents = Fx.table();
        consents.getColumns().add(Fx.column(Bundle.COL_Date(), c -> Formats.date(c.tanggal()), 90));
        consents.getColumns().add(Fx.column(Bundle.COL_Purpose(), CaseConsents.Consent::tujuan, 240));
        consents.getColumns().add(Fx.column(Bundle.COL_Evidence(), CaseConsents.Consent::bukti, 180));
        consents.getColumns().add(Fx.column(Bundle.COL_Withdrawn(), c -> c.ditarik() == null ? "" : Formats.date(c.ditarik()), 90));
        consents.getItems().setAll(s.consents());
        consents.setPrefHeight(140);
        box.getChildren().setAll(Fx.title(Bundle.LBL_Attachments()), new FlowPane(8, 8, attach, open, msg), files,
                Fx.title(Bundle.LBL_Consents()), new FlowPane(8, 8, who, purpose, date, proof, record), consents);
    }
}
