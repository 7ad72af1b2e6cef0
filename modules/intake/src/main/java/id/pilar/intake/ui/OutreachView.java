package id.pilar.intake.ui;

import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.OutreachService;
import id.pilar.intake.api.OutreachService.FoundDraft;
import id.pilar.intake.api.OutreachService.FoundPerson;
import id.pilar.intake.api.OutreachService.Operation;
import id.pilar.intake.api.OutreachService.OperationDraft;
import id.pilar.intake.api.OutreachService.TeamMember;
import id.pilar.intake.api.ReportService;
import id.pilar.intake.ui.ReportFormModel.FormProblem;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.PersonSummary;
import id.pilar.ui.api.BackgroundWork;
import id.pilar.ui.api.Formats;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UiTrace;
import id.pilar.ui.api.UserMessages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.openide.util.NbBundle.Messages;

/**
 * The outreach window's content: on the left a new operation (date, times, hotspots and team
 * ticked with Space, vehicle, notes) and the operations recorded; on the right the people found
 * in the selected one, entered one after the other: the registry's duplicate check runs before a
 * person is saved, the clerk picks the match or "new person", and saving (registry person, case,
 * placement) runs in the background with a progress bar.
 */
@Messages({
    "TTL_NewOperation=Operasi penjangkauan baru (Ctrl+S menyimpan)",
    "FLD_OpDate=Tanggal", "FLD_OpTime=Jam", "LBL_To=s.d.", "FLD_OpHotspots=Titik rawan (Spasi mencentang)",
    "FLD_OpTeam=Tim dari daftar pilar (Spasi mencentang)", "PROMPT_TeamSearch=Cari nama anggota (Tagana, TKSK, PSM)", "BTN_TeamSearch=Cari _anggota",
    "FLD_OpOthers=Anggota lain", "PROMPT_OpOthers=nama dipisah koma (mis. Satpol PP Andi)", "FLD_OpVehicle=Kendaraan", "FLD_OpNotes=Catatan",
    "BTN_SaveOperation=_Simpan operasi",
    "# {0} - date", "# {1} - hotspots", "MSG_OperationSaved=Operasi {0} di {1} tersimpan; catat orang yang ditemukan di kanan.",
    "LBL_NoRoster=Daftar pilar (modul rosters) tidak terpasang: tulis nama tim di Anggota lain.",
    "COL_OpDate=Tanggal", "COL_OpTime=Jam", "COL_OpPlaces=Titik", "COL_OpTeam=Tim", "COL_OpFound=Ditemukan",
    "TTL_Found=Orang ditemukan (Ctrl+Enter menyimpan)",
    "LBL_PickOperation=Pilih operasi di daftar kiri untuk mencatat orang yang ditemukan.",
    "# {0} - date", "# {1} - hotspots", "LBL_Operation=Operasi {0} \u2014 {1}",
    "FLD_FoundName=Nama/panggilan", "FLD_FoundSex=Jenis kelamin", "FLD_FoundAge=Perkiraan usia", "FLD_FoundCategory=Kategori PPKS",
    "FLD_FoundNik=NIK (jika ada)", "FLD_FoundCondition=Kondisi", "FLD_FoundPhoto=Foto", "BTN_FoundPhoto=Pilih _foto\u2026",
    "LBL_NoPhoto=(tanpa foto)", "FLD_Placement=Tempatkan di", "LBL_NoPlacement=(tidak ditempatkan)",
    "# {0} - name", "# {1} - free places", "LBL_Institution={0} \u2014 sisa {1}",
    "BTN_CheckRegistry=_Cek registri", "BTN_SaveFound=Simpan _orang",
    "FLD_Matches=Kecocokan di registri", "LBL_NewPerson=Orang baru (belum terdaftar)",
    "# {0} - name", "# {1} - NIK", "# {2} - score", "# {3} - reasons", "LBL_Match={0} \u00b7 {1} \u00b7 skor {2} \u00b7 {3}",
    "MSG_NoMatches=Tidak ada kecocokan di registri: akan didaftarkan sebagai orang baru.",
    "MSG_MatchesFound=Mungkin sudah terdaftar: pilih orangnya, atau \u201cOrang baru\u201d, lalu Simpan lagi.",
    "LBL_SavingFound=Mencatat orang yang ditemukan",
    "PRG_Registry=Mendaftarkan di registri, membuka kasus, menempatkan\u2026",
    "# {0} - name", "# {1} - case number", "MSG_FoundSaved={0} tercatat; kasus {1}.",
    "COL_FoundName=Nama", "COL_FoundCategory=Kategori", "COL_FoundCase=Kasus", "COL_FoundPlacement=Penempatan"
})
final class OutreachView {

    private final UiExecutor ui;
    private final OutreachService outreach;
    private final TableView<Operation> operations = new TableView<>();
    private final TableView<FoundPerson> found = new TableView<>();
    private final TextField date = new TextField(OutreachFormModel.today());
    private final TextField foundName = new TextField();
    private final Map<Object, BooleanProperty> ticks = new IdentityHashMap<>();
    private final Label opInfo = new Label();

    OutreachView(OutreachService outreach, UiExecutor ui) {
        this.outreach = outreach;
        this.ui = ui;
    }

    TextField firstField() {
        return date;
    }

    private BooleanProperty tick(Object item) {
        return ticks.computeIfAbsent(item, k -> new SimpleBooleanProperty(false));
    }

    private <T> List<T> ticked(ListView<T> list) {
        return list.getItems().stream().filter(i -> tick(i).get()).toList();
    }

    /** A list whose items are ticked with a check box; Space ticks the focused one (no mouse needed). */
    private <T> ListView<T> tickList(Function<T, String> label) {
        ListView<T> list = new ListView<>();
        list.setPrefHeight(120);
        StringConverter<T> text = new StringConverter<T>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        // The list takes Tab as one stop (Space ticks, arrows move). Its cells' check boxes would
        // each be a stop of their own, in the order the virtual flow happens to hold its cells
        // (not the order on screen), before Tab reached the next field.
        list.setCellFactory(v -> new CheckBoxListCell<T>(this::tick, text) {
            @Override
            public void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (getGraphic() != null) {
                    getGraphic().setFocusTraversable(false);
                }
            }
        });
        list.setOnKeyPressed(e -> {
            T focused = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && focused != null) {
                BooleanProperty p = tick(focused);
                p.set(!p.get());
                e.consume();
            }
        });
        return list;
    }

    Parent build() {
        // ---- a new operation ----
        TextField start = new TextField("21:00");
        start.setPrefColumnCount(5);
        TextField end = new TextField("23:59");
        end.setPrefColumnCount(5);
        ListView<Hotspot> hotspots = tickList(Hotspot::nama);
        TextField teamSearch = new TextField();
        teamSearch.setPromptText(Bundle.PROMPT_TeamSearch());
        Button findTeam = new Button(Bundle.BTN_TeamSearch());
        ListView<TeamMember> team = tickList(TeamMember::label);
        team.setPrefHeight(100);
        TextField others = new TextField();
        others.setPromptText(Bundle.PROMPT_OpOthers());
        TextField vehicle = new TextField();
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        tabLeaves(notes);
        opInfo.setWrapText(true);
        Button saveOp = new Button(Bundle.BTN_SaveOperation());
        Runnable searchTeam = () -> {
            List<TeamMember> keep = ticked(team);
            ui.load(() -> outreach.teamCandidates(teamSearch.getText(), 50), list -> {
                List<TeamMember> items = new ArrayList<>(keep);
                list.stream().filter(m -> keep.stream().noneMatch(k -> k.memberId().equals(m.memberId()))).forEach(items::add);
                team.getItems().setAll(items);
                if (items.isEmpty() && teamSearch.getText().isBlank()) {
                    opInfo.setText(Bundle.LBL_NoRoster());
                }
            }, e -> opInfo.setText(UserMessages.of(e)));
        };
        findTeam.setOnAction(e -> searchTeam.run());
        teamSearch.setOnAction(e -> searchTeam.run());

        GridPane op = grid();
        int row = 0;
        op.addRow(row++, new Label(Bundle.FLD_OpDate()), date);
        op.addRow(row++, new Label(Bundle.FLD_OpTime()), new FlowPane(6, 6, start, new Label(Bundle.LBL_To()), end));
        op.addRow(row++, new Label(Bundle.FLD_OpHotspots()), hotspots);
        op.addRow(row++, new Label(Bundle.FLD_OpTeam()), new VBox(4, new FlowPane(6, 6, teamSearch, findTeam), team));
        op.addRow(row++, new Label(Bundle.FLD_OpOthers()), others);
        op.addRow(row++, new Label(Bundle.FLD_OpVehicle()), vehicle);
        op.addRow(row++, new Label(Bundle.FLD_OpNotes()), notes);
        op.add(new VBox(6, saveOp, opInfo), 0, row, 2, 1);

        operations.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_OpDate(), o -> Formats.date(o.tanggal()), 90));
        operations.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_OpTime(), o -> o.jamMulai() + "\u2013" + o.jamSelesai(), 90));
        operations.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_OpPlaces(), o -> String.join(", ", o.titik()), 180));
        operations.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_OpFound(), o -> Integer.toString(o.ditemukan()), 70));
        operations.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_OpTeam(), o -> String.join(", ", o.tim()), 200));
        operations.setPrefHeight(160);

        saveOp.setOnAction(e -> {
            OperationDraft d;
            try {
                d = OutreachFormModel.operation(date.getText(), start.getText(), end.getText(), ticked(hotspots), ticked(team), others.getText(),
                        vehicle.getText(), notes.getText());
            } catch (FormProblem p) {
                opInfo.setText(p.getMessage());
                return;
            }
            ui.load(() -> outreach.record(d), saved -> {
                opInfo.setText(Bundle.MSG_OperationSaved(Formats.date(saved.tanggal()), String.join(", ", saved.titik())));
                reloadOperations(saved.id());
                foundName.requestFocus();
                UiTrace.shown(saveOp.getScene(), "intake.operation.saved");
            }, x -> opInfo.setText(UserMessages.of(x)));
        });

        // ---- people found in the selected operation ----
        Label opHeader = new Label(Bundle.LBL_PickOperation());
        opHeader.setWrapText(true);
        ComboBox<Sex> sex = new ComboBox<>();
        sex.getItems().addAll(Sex.values());
        sex.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sex s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Sex fromString(String s) {
                return Sex.parse(s);
            }
        });
        TextField age = new TextField();
        age.setPrefColumnCount(4);
        ComboBox<KategoriKesos> category = Forms.categories(new ComboBox<>());
        category.getItems().addAll(ReferenceData.get().kategori(KategoriKesos.PPKS, false));
        ReferenceData.get().kategori("PPKS-11").ifPresent(category::setValue);
        TextField nik = new TextField();
        TextField condition = new TextField();
        Path[] photo = new Path[1];
        Label photoInfo = new Label(Bundle.LBL_NoPhoto());
        Button choosePhoto = new Button(Bundle.BTN_FoundPhoto());
        choosePhoto.setOnAction(e -> ReportInboxTopComponent.chooseFiles(paths -> {
            photo[0] = paths.isEmpty() ? null : paths.get(0);
            photoInfo.setText(photo[0] == null ? Bundle.LBL_NoPhoto() : photo[0].getFileName().toString());
        }));
        ComboBox<Institution> placement = new ComboBox<>();
        placement.setPromptText(Bundle.LBL_NoPlacement()); // shown while no institution is chosen, also after a save
        placement.setConverter(new StringConverter<>() {
            @Override
            public String toString(Institution i) {
                return i == null ? Bundle.LBL_NoPlacement() : Bundle.LBL_Institution(i.nama(), i.sisa());
            }

            @Override
            public Institution fromString(String s) {
                return null;
            }
        });
        ListView<DuplicateCandidate> matches = new ListView<>();
        matches.setPrefHeight(90);
        matches.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateCandidate c, boolean empty) {
                super.updateItem(c, empty);
                if (empty) {
                    setText(null);
                } else if (c == null) {
                    setText(Bundle.LBL_NewPerson());
                } else {
                    PersonSummary p = c.b();
                    setText(Bundle.LBL_Match(p.nama(), p.nik() == null ? "\u2013" : p.nik(), c.skor(), String.join(", ", c.alasan())));
                }
            }
        });
        Label foundInfo = new Label();
        foundInfo.setWrapText(true);
        Button check = new Button(Bundle.BTN_CheckRegistry());
        Button saveFound = new Button(Bundle.BTN_SaveFound());
        String[] checkedFor = {null};

        found.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_FoundName(), FoundPerson::nama, 150));
        found.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_FoundCategory(), f -> ReportInboxTopComponent.categoryName(f.kategoriKode()), 150));
        found.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_FoundCase(), f -> f.caseNomor() == null ? "" : f.caseNomor(), 120));
        found.getColumns().add(ReportInboxTopComponent.column(Bundle.COL_FoundPlacement(), f -> f.lembaga() == null ? "" : f.lembaga(), 180));
        found.setPrefHeight(150);

        Runnable loadInstitutions = () -> ui.load(() -> ReferralService.get().institutions().stream().filter(i -> i.sisa() > 0).toList(), list -> {
            placement.getItems().setAll(list);
            placement.getItems().add(0, null);
            placement.setValue(null);
        }, x -> foundInfo.setText(UserMessages.of(x)));

        // The draft as typed (without the photo: it is read off the FX thread when saving).
        java.util.concurrent.Callable<FoundDraft> typed = () -> {
            DuplicateCandidate chosen = matches.getSelectionModel().getSelectedItem();
            Institution inst = placement.getValue();
            return OutreachFormModel.found(foundName.getText(), sex.getValue(), age.getText(), category.getValue() == null ? null : category.getValue().kode(),
                    nik.getText(), condition.getText(), null, chosen == null ? null : chosen.b().id(), inst == null ? null : inst.id());
        };
        Runnable runCheck = () -> {
            FoundDraft d;
            try {
                d = typed.call();
            } catch (Exception p) {
                foundInfo.setText(p instanceof FormProblem ? p.getMessage() : UserMessages.of(p));
                return;
            }
            ui.load(() -> outreach.matches(d), list -> {
                checkedFor[0] = OutreachFormModel.checkKey(d);
                matches.getItems().setAll(list);
                matches.getItems().add(null);
                if (list.isEmpty()) {
                    matches.getSelectionModel().select(0);
                    foundInfo.setText(Bundle.MSG_NoMatches());
                } else {
                    matches.getSelectionModel().clearSelection();
                    matches.requestFocus();
                    matches.getFocusModel().focus(0);
                    foundInfo.setText(Bundle.MSG_MatchesFound());
                }
            }, x -> foundInfo.setText(UserMessages.of(x)));
        };
        check.setOnAction(e -> runCheck.run());
        saveFound.setOnAction(e -> {
            Operation current = operations.getSelectionModel().getSelectedItem();
            if (current == null) {
                foundInfo.setText(Bundle.LBL_PickOperation());
                return;
            }
            FoundDraft d;
            try {
                d = typed.call();
            } catch (Exception p) {
                foundInfo.setText(p instanceof FormProblem ? p.getMessage() : UserMessages.of(p));
                return;
            }
            // the registry's duplicate check comes first, and a choice among its matches
            if (!OutreachFormModel.checkKey(d).equals(checkedFor[0]) || matches.getSelectionModel().getSelectedIndex() < 0) {
                runCheck.run();
                return;
            }
            Path photoFile = photo[0];
            saveFound.setDisable(true);
            BackgroundWork.submit(Bundle.LBL_SavingFound(), progress -> {
                progress.message(Bundle.PRG_Registry());
                FoundDraft withPhoto = OutreachFormModel.found(d.nama(), d.jenisKelamin(), d.usiaPerkiraan() == null ? null : d.usiaPerkiraan().toString(),
                        d.kategoriKode(), d.nik(), d.kondisi(), photoFile, d.personId(), d.institutionId());
                return outreach.addFound(current.id(), withPhoto);
            }, saved -> {
                saveFound.setDisable(false);
                foundInfo.setText(Bundle.MSG_FoundSaved(saved.nama(), saved.caseNomor()));
                foundName.clear();
                age.clear();
                nik.clear();
                condition.clear();
                photo[0] = null;
                photoInfo.setText(Bundle.LBL_NoPhoto());
                matches.getItems().clear();
                checkedFor[0] = null;
                loadFound(current.id());
                reloadOperations(current.id());
                loadInstitutions.run();
                foundName.requestFocus();
                UiTrace.shown(saveFound.getScene(), "intake.found.saved");
            }, x -> {
                saveFound.setDisable(false);
                foundInfo.setText(x instanceof FormProblem ? x.getMessage() : UserMessages.of(x));
            });
        });

        GridPane person = grid();
        row = 0;
        person.add(opHeader, 0, row++, 2, 1);
        person.addRow(row++, new Label(Bundle.FLD_FoundName()), foundName);
        person.addRow(row++, new Label(Bundle.FLD_FoundSex()), new FlowPane(6, 6, sex, new Label(Bundle.FLD_FoundAge()), age));
        person.addRow(row++, new Label(Bundle.FLD_FoundCategory()), category);
        person.addRow(row++, new Label(Bundle.FLD_FoundNik()), nik);
        person.addRow(row++, new Label(Bundle.FLD_FoundCondition()), condition);
        person.addRow(row++, new Label(Bundle.FLD_FoundPhoto()), new FlowPane(6, 6, choosePhoto, photoInfo));
        person.addRow(row++, new Label(Bundle.FLD_Placement()), placement);
        person.addRow(row++, new Label(""), new FlowPane(6, 6, check, saveFound));
        person.addRow(row++, new Label(Bundle.FLD_Matches()), matches);
        person.add(foundInfo, 0, row, 2, 1);

        operations.getSelectionModel().selectedItemProperty().addListener((o, a, sel) -> {
            found.getItems().clear();
            opHeader.setText(sel == null ? Bundle.LBL_PickOperation()
                    : Bundle.LBL_Operation(Formats.date(sel.tanggal()), String.join(", ", sel.titik())));
            if (sel != null) {
                loadFound(sel.id());
            }
        });

        VBox left = new VBox(8, new TitledPane(Bundle.TTL_NewOperation(), op), operations);
        VBox right = new VBox(8, new TitledPane(Bundle.TTL_Found(), person), found);
        right.setPadding(new Insets(0, 0, 0, 8));
        javafx.scene.control.ScrollPane leftScroll = new javafx.scene.control.ScrollPane(left);
        leftScroll.setFitToWidth(true);
        javafx.scene.control.ScrollPane rightScroll = new javafx.scene.control.ScrollPane(right);
        rightScroll.setFitToWidth(true);
        SplitPane split = new SplitPane(leftScroll, rightScroll);
        split.setDividerPositions(0.5);
        BorderPane root = new BorderPane(split);
        root.setPadding(new Insets(10));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), saveOp::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), saveFound::fire);
            }
        });
        ui.load(() -> ReportService.get().hotspots(), hotspots.getItems()::setAll, x -> opInfo.setText(UserMessages.of(x)));
        searchTeam.run();
        loadInstitutions.run();
        reloadOperations(null);
        return root;
    }

    /** Tab and Shift+Tab move on from a notes area like from a text field (a tab in notes is never wanted). */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
    }

    private static GridPane grid() {
        return Forms.grid();
    }

    private void reloadOperations(String select) {
        ui.load(() -> outreach.list(100), list -> {
            operations.getItems().setAll(list);
            list.stream().filter(o -> o.id().equals(select)).findFirst().ifPresent(o -> operations.getSelectionModel().select(o));
        }, x -> opInfo.setText(UserMessages.of(x)));
    }

    private void loadFound(String operationId) {
        ui.load(() -> outreach.found(operationId), found.getItems()::setAll, x -> opInfo.setText(UserMessages.of(x)));
    }
}
