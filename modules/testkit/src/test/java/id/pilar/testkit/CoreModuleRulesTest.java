package id.pilar.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Core cannot depend on the testkit (the testkit depends on core), so its rules are checked here. */
class CoreModuleRulesTest {

    @Test
    void coreLayering() {
        LayeringRules.check("id.pilar.core");
    }

    @Test
    void coreBundlesComplete() {
        BundleRules.assertComplete(Path.of("../core/target/classes"));
    }

    @Test
    void bundleRulesReportMissingEnglish(@TempDir Path dir) throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("x"));
        Files.writeString(pkg.resolve("Bundle.properties"), "A=satu\nB=dua\n");
        Files.writeString(pkg.resolve("Bundle_en.properties"), "A=one\nC=three\n");
        assertThat(BundleRules.problems(dir)).hasSize(2)
                .anyMatch(p -> p.contains("missing [B]"))
                .anyMatch(p -> p.contains("not in the Indonesian bundle [C]"));
        Files.delete(pkg.resolve("Bundle_en.properties"));
        assertThatThrownBy(() -> BundleRules.assertComplete(dir)).hasMessageContaining("no Bundle_en.properties");
    }

    @Test
    void aTestDatabaseIsMigratedAndClosed() {
        try (TestDatabase db = TestDatabase.create()) {
            assertThat(db.file()).exists();
            assertThat(db.kernel().migrationReports()).isNotEmpty().allMatch(r -> r.healthy());
        }
    }
}
