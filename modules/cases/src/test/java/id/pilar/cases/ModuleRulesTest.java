package id.pilar.cases;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    @Test
    void layers() {
        LayeringRules.check("id.pilar.cases");
    }

    @Test
    void everyBundleHasItsEnglishTwin() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void noIndonesianTextOutsideTheBundles() {
        id.pilar.testkit.TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }
}
