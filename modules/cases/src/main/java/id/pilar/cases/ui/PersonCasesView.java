package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDraft;
import id.pilar.cases.api.CaseService.CaseSummary;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.RiskLevel;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.registry.api.PersonRef;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import id.pilar.ui.spi.ViewProvider;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The "Kasus" tab of the person window: the person's cases, and opening a new case for them. */
@ServiceProvider(service = ViewProvider.class)
@Messages({
    "TAB_PersonCases=Kasus",
    "BTN_NewCase=Buka _kasus baru…",
    "LBL_NewCaseFor=Kasus baru untuk orang ini",
    "LBL_Source=Sumber", "LBL_Category=Kategori PPKS", "LBL_Risk=Risiko", "LBL_Opened=Tanggal buka (dd/MM/yyyy)", "LBL_Kelurahan=Kelurahan",
    "LBL_Summary=Ringkasan singkat",
    "BTN_CreateCase=_Simpan kasus",
    "LBL_NoCases=Orang ini belum punya kasus.",
    "# {0} - number", "MSG_CaseOpened=Kasus {0} dibuka."
})
public final class PersonCasesView implements ViewProvider<PersonRef> {

    @Override
    public Class<PersonRef> recordType() {
        return PersonRef.class;
    }

    @Override
    public String title() {
        return Bundle.TAB_PersonCases();
    }

    @Override
    public int position() {
        return 1100;
    }

    @Override
    public Node createView(PersonRef person) {
        Label info = new Label(Bundle.LBL_Loading());
        TableView<CaseSummary> table = Fx.table();
        table.getColumns().add(Fx.column(Bundle.COL_Number(), CaseSummary::nomor, 140));
        table.getColumns().add(Fx.column(Bundle.COL_CaseStatus(), c -> c.status().label(), 130));
        table.getColumns().add(Fx.column(Bundle.COL_Opened(), c -> Formats.date(c.tanggalBuka()), 90));
        table.getColumns().add(Fx.column(Bundle.COL_Category(), c -> Fx.or(c.kategoriKode()), 80));
        table.getColumns().add(Fx.column(Bundle.COL_Worker(), c -> Fx.or(c.pekerja()), 100));
        table.setPrefHeight(220);
        Runnable open = () -> {
            CaseSummary c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                CaseWindows.openCase(c.id(), c.nomor());
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
            }
        });
        VBox form = new VBox(6);
        Runnable reload = () -> UiExecutor.standard().load(() -> CaseService.get().forPerson(person.id()), (List<CaseSummary> rows) -> {
            table.getItems().setAll(rows);
            info.setText(rows.isEmpty() ? Bundle.LBL_NoCases() : Bundle.LBL_CasesShown(rows.size()));
        }, e -> info.setText(UserMessages.of(e)));
        Button add = new Button(Bundle.BTN_NewCase());
        add.setDisable(!AccessControl.get().isPermitted(CasesPermissions.WORK));
        add.setOnAction(e -> form.getChildren().setAll(newCaseForm(person, info, reload, form)));
        VBox box = new VBox(8, new FlowPane(8, 8, add, new Button(Bundle.BTN_OpenCase()) {
            {
                setOnAction(e -> open.run());
            }
        }), form, info, table);
        box.setPadding(new Insets(12));
        reload.run();
        return box;
    }

    private static Node newCaseForm(PersonRef person, Label info, Runnable reload, VBox holder) {
        ComboBox<CaseSource> source = new ComboBox<>();
        source.getItems().setAll(CaseSource.values());
        source.setConverter(CaseTopComponent.converter(CaseSource::label));
        source.setValue(CaseSource.PENJANGKAUAN);
        ComboBox<KategoriKesos> category = new ComboBox<>();
        category.getItems().setAll(ReferenceData.get().kategori(KategoriKesos.PPKS, false));
        category.setConverter(CaseTopComponent.converter(k -> k.kode() + " " + k.label()));
        ComboBox<RiskLevel> risk = new ComboBox<>();
        risk.getItems().setAll(RiskLevel.values());
        risk.setConverter(CaseTopComponent.converter(RiskLevel::label));
        risk.setValue(RiskLevel.SEDANG);
        TextField opened = new TextField(Formats.date(LocalDate.now(Formats.JAKARTA)));
        opened.setPrefColumnCount(8);
        ComboBox<Kelurahan> kelurahan = new ComboBox<>();
        kelurahan.getItems().setAll(ReferenceData.get().kelurahan());
        kelurahan.setConverter(CaseTopComponent.converter(Kelurahan::nama));
        TextField summary = new TextField();
        summary.setPromptText(Bundle.LBL_Summary());
        summary.setPrefColumnCount(30);
        Button save = new Button(Bundle.BTN_CreateCase());
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            save.setDisable(true);
            UiExecutor.standard().load(() -> CaseService.get().open(new CaseDraft(List.of(person.id()), null, source.getValue(),
                    category.getValue() == null ? null : category.getValue().kode(), risk.getValue(), null, CaseTopComponent.date(opened.getText()),
                    kelurahan.getValue() == null ? null : kelurahan.getValue().kode(), summary.getText())), c -> {
                        holder.getChildren().clear();
                        info.setText(Bundle.MSG_CaseOpened(c.nomor()));
                        reload.run();
                        CaseWindows.openCase(c.id(), c.nomor());
                    }, x -> {
                        save.setDisable(false);
                        info.setText(UserMessages.of(x));
                    });
        });
        VBox form = new VBox(6, Fx.title(Bundle.LBL_NewCaseFor()),
                new FlowPane(8, 8, new Label(Bundle.LBL_Source()), source, new Label(Bundle.LBL_Category()), category,
                        new Label(Bundle.LBL_Risk()), risk),
                new FlowPane(8, 8, new Label(Bundle.LBL_Opened()), opened, new Label(Bundle.LBL_Kelurahan()), kelurahan),
                new FlowPane(8, 8, summary, save));
        javafx.application.Platform.runLater(source::requestFocus);
        return form;
    }
}
