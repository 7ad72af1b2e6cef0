package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.spi.PermissionCatalog;
import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.ui.DtsenText;
import id.pilar.registry.ui.PersonSearchModel;
import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.ModuleContract;
import id.pilar.registry.impl.RegistrySchema;
import id.pilar.ui.api.UiExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

class ModuleRulesTest {

    /** Audit and UU PDP contract (testkit ModuleContract): personal columns are audited and reach a PersonalDataSource. */
    @Test
    void moduleContract() {
        ModuleContract.check(new RegistrySchema());
    }

    @Test
    void layering() {
        LayeringRules.check("id.pilar.registry");
    }

    @Test
    void noIndonesianTextOutsideBundles() {
        id.pilar.testkit.TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }

    @Test
    void everyTextInIndonesianAndEnglish() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void permissionsAreListed() {
        assertThat(Lookup.getDefault().lookupAll(PermissionCatalog.class).stream().flatMap(c -> c.permissions().stream()))
                .containsAll(RegistryPermissions.ALL);
    }

    @Test
    void dtsenStatusReadsAsTheIssueAsks() {
        DtsenStatus s = new DtsenStatus(true, "D1", 3, true, false, true, LocalDate.of(2026, 5, 12), "NIK", List.of(), List.of());
        assertThat(DtsenText.summary(s)).isEqualTo("Terdaftar DTSEN — desil 3, PKH, PBI-JK (impor 12/05/2026)");
        assertThat(DtsenText.eligibility(s)).contains("PKH, Sembako, PBI-JK");
        assertThat(DtsenText.summary(DtsenStatus.notRegistered(List.of()))).isEqualTo("Tidak terdaftar");
    }

    @Test
    void staleSearchResultsAreDiscarded() {
        List<Runnable> background = new ArrayList<>();
        Executor queued = background::add;
        UiExecutor ex = new UiExecutor() {
            @Override
            public Executor background() {
                return queued;
            }

            @Override
            public Executor fx() {
                return Runnable::run;
            }
        };
        PersonSearch fake = (q, limit) -> List.of(new PersonSummary(q, "REG", null, q, "L", null, null, "AKTIF"));
        List<String> shown = new ArrayList<>();
        PersonSearchModel m = new PersonSearchModel(fake, ex, r -> shown.add(r.get(0).nama()), e -> shown.add("error"));
        m.query("sit");
        m.query("siti");
        background.forEach(Runnable::run);
        assertThat(shown).containsExactly("siti");
        PersonSearchModel direct = new PersonSearchModel(fake, UiExecutor.DIRECT, r -> shown.add(r.get(0).nama()), e -> { });
        direct.query("budi");
        assertThat(shown).containsExactly("siti", "budi");
    }
}
