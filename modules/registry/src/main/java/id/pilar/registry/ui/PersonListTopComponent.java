package id.pilar.registry.ui;

import id.pilar.registry.api.PersonSearch;
import id.pilar.ui.api.FxTopComponent;
import id.pilar.ui.api.UiExecutor;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import org.netbeans.api.settings.ConvertAsProperties;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** The person list: one search box (name, alias, NIK, KK, address), results as one types. */
@ConvertAsProperties(dtd = "-//id.pilar.registry.ui//PersonList//EN", autostore = false)
@TopComponent.Description(preferredID = "PersonListTopComponent", persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 100)
@ActionID(category = "Window", id = "id.pilar.registry.ui.PersonListTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Registri", position = 10),
    @ActionReference(path = "Shortcuts", name = "DS-P") // a main view: one chord away
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_PersonListAction", preferredID = "PersonListTopComponent")
@Messages({
    "CTL_PersonListAction=Daftar Penduduk",
    "CTL_PersonListTopComponent=Daftar Penduduk",
    "HINT_PersonListTopComponent=Cari penduduk menurut nama, alias, NIK, nomor KK, nomor registri atau alamat",
    "LBL_SearchPrompt=Ketik nama, NIK, nomor KK, REG-… atau alamat",
    "LBL_NewPerson=Daftarkan baru",
    "LBL_OpenPerson=Buka",
    "COL_Registri=No. registri",
    "COL_Nik=NIK",
    "COL_Nama=Nama",
    "COL_Jk=L/P",
    "COL_Lahir=Tgl. lahir",
    "COL_Kelurahan=Kelurahan",
    "COL_Status=Status",
    "# {0} - count",
    "LBL_Found={0} orang ditemukan",
    "LBL_TypeToSearch=Mulai mengetik untuk mencari.",
    "# {0} - error",
    "LBL_SearchFailed=Pencarian gagal: {0}"
})
public final class PersonListTopComponent extends FxTopComponent {

    private TextField box;

    public PersonListTopComponent() {
        setName(Bundle.CTL_PersonListTopComponent());
        setToolTipText(Bundle.HINT_PersonListTopComponent());
    }

    @Override
    protected Parent createContent() {
        PersonListView view = new PersonListView(PersonSearch.get(), UiExecutor.standard(), RegistryWindows::openPerson,
                () -> RegistryWindows.openForm(null));
        box = view.box();
        return view.node();
    }

    static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value, double width) {
        return PersonListView.column(title, value, width);
    }

    @Override
    protected javafx.scene.Node firstField() {
        return box;
    }

    void writeProperties(java.util.Properties p) {
        p.setProperty("version", "1.0");
    }

    void readProperties(java.util.Properties p) {
        // nothing to restore: the list starts empty
    }
}
