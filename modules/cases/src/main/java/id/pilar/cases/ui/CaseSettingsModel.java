package id.pilar.cases.ui;

import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.AssessmentService.Domain;
import id.pilar.cases.api.AssessmentService.FieldKind;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.ReferralService;
import id.pilar.cases.api.ReferralService.Institution;
import id.pilar.cases.api.ReferralService.InstitutionKind;
import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.UiExecutor;
import id.pilar.ui.api.UserMessages;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;

/**
 * The supervisor's settings of the cases module: the needs domains and their fields (data, so a
 * new domain or field needs no new version of Pilar), the institution directory, the office
 * prefix of case numbers. The services check every value and the permission; this model runs
 * them in the background, reloads what it shows and passes refusals on as sentences.
 */
@Messages({
    "# {0} - code", "MSG_DomainAdded=Ranah {0} ditambahkan.",
    "# {0} - code", "MSG_FieldAdded=Isian {0} ditambahkan.",
    "# {0} - name", "MSG_InstitutionSaved=Lembaga {0} tersimpan.",
    "# {0} - prefix", "MSG_PrefixSaved=Awalan nomor kasus baru: {0}.",
    "ERR_CapacityNumber=Kapasitas berupa bilangan bulat 0 atau lebih.",
    "ERR_ChooseDomain=Pilih ranah untuk isian baru."
})
public final class CaseSettingsModel {

    /** What the settings window shows. */
    public record State(List<Domain> domains, List<Institution> institutions, String prefix, boolean mayChange) {
    }

    private record Done(String what, State state) {
    }

    private final UiExecutor ui;
    private final Consumer<State> show;
    private final Consumer<String> message;

    public CaseSettingsModel(UiExecutor ui, Consumer<State> show, Consumer<String> message) {
        this.ui = ui;
        this.show = show;
        this.message = message;
    }

    public void reload() {
        ui.load(CaseSettingsModel::state, show, e -> message.accept(UserMessages.of(e)));
    }

    private static State state() {
        return new State(AssessmentService.get().domains(), ReferralService.get().institutions(), CaseService.get().officePrefix(),
                AccessControl.get().isPermitted(CasesPermissions.SETTINGS));
    }

    public void addDomain(String kode, String nama, boolean kesehatan, Runnable done) {
        change(() -> AssessmentService.get().addDomain(kode, nama, kesehatan).kode(), Bundle::MSG_DomainAdded, done);
    }

    public void addField(Domain domain, String kode, String label, FieldKind jenis, Runnable done) {
        if (domain == null) {
            message.accept(Bundle.ERR_ChooseDomain());
            return;
        }
        change(() -> AssessmentService.get().addField(domain.id(), kode, label, jenis).kode(), Bundle::MSG_FieldAdded, done);
    }

    /** {@code id} null: a new institution; {@code kapasitas} as typed (checked here: a number). */
    public void saveInstitution(String id, String nama, InstitutionKind jenis, String alamat, String kontak, String kapasitas, Runnable done) {
        int beds;
        try {
            beds = Integer.parseInt(kapasitas == null ? "" : kapasitas.trim());
        } catch (NumberFormatException e) {
            message.accept(Bundle.ERR_CapacityNumber());
            return;
        }
        if (beds < 0) {
            message.accept(Bundle.ERR_CapacityNumber());
            return;
        }
        change(() -> ReferralService.get().saveInstitution(new Institution(id, nama, jenis, alamat, kontak, beds, 0)).nama(),
                Bundle::MSG_InstitutionSaved, done);
    }

    public void savePrefix(String prefix, Runnable done) {
        change(() -> {
            CaseService.get().setOfficePrefix(prefix);
            return CaseService.get().officePrefix();
        }, Bundle::MSG_PrefixSaved, done);
    }

    private void change(Callable<String> work, java.util.function.Function<String, String> ok, Runnable done) {
        ui.load(() -> {
            String what = work.call();
            return new Done(what, state());
        }, r -> {
            show.accept(r.state());
            message.accept(ok.apply(r.what()));
            if (done != null) {
                done.run();
            }
        }, e -> message.accept(UserMessages.of(e)));
    }
}
