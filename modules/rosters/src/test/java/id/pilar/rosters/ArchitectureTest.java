package id.pilar.rosters;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.rosters.impl.RostersSchema;
import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.ModuleContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, and every text in Indonesian and English. */
class ArchitectureTest {

    /** Audit and UU PDP contract (testkit ModuleContract): personal columns are audited and reach a PersonalDataSource. */
    @Test
    void moduleContract() {
        ModuleContract.check(new RostersSchema());
    }

    @Test
    void layersAreKept() {
        LayeringRules.check("id.pilar.rosters");
    }

    /**
     * Every module's entities live in one SessionFactory, where entity names must be unique
     * (registry has a MembershipEntity of its own): ours all carry the module's prefix.
     */
    @Test
    void entityNamesCarryTheModulePrefix() {
        assertThat(new RostersSchema().entityClasses()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.getSimpleName()).startsWith("Roster"));
    }

    /** Every permission is listed in the catalog the role policy and the matrix test read. */
    @Test
    void catalogListsEveryPermission() {
        assertThat(new id.pilar.rosters.impl.RostersPermissionCatalog().permissions()).isEqualTo(id.pilar.rosters.api.RostersPermissions.ALL);
    }

    @Test
    void noIndonesianTextOutsideBundles() {
        id.pilar.testkit.TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }

    @Test
    void everyTextHasAnEnglishTranslation() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }
}
