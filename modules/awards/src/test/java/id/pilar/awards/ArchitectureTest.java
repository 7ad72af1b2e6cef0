package id.pilar.awards;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.impl.AwardsPermissionCatalog;
import id.pilar.awards.impl.AwardsSchema;
import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.TextRules;
import java.nio.file.Path;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;

/** The layering rules, entity names, the audit of every entity, the catalog, and every text in two languages. */
class ArchitectureTest {

    @Test
    void layersAreKept() {
        LayeringRules.check("id.pilar.awards");
    }

    @Test
    void entityNamesCarryTheModulePrefixAndAreAudited() {
        assertThat(new AwardsSchema().entityClasses()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getSimpleName()).startsWith("Award");
            assertThat(c.isAnnotationPresent(Audited.class)).as(c.getSimpleName() + " @Audited").isTrue();
        });
        assertThat(new AwardsSchema().dependsOn()).contains("rosters", "security");
    }

    @Test
    void catalogListsEveryPermission() {
        assertThat(new AwardsPermissionCatalog().permissions()).isEqualTo(AwardsPermissions.ALL);
        assertThat(AwardsPermissions.ALL).allSatisfy(p -> assertThat(p.id()).startsWith("awards."));
    }

    @Test
    void everyTextHasAnEnglishTranslation() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void noIndonesianTextOutsideTheBundles() {
        TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }
}
