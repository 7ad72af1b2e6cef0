package id.pilar.intake;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.TextRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    @Test
    void layers() {
        LayeringRules.check("id.pilar.intake");
    }

    @Test
    void everyBundleHasItsEnglishTwin() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void serviceCodeHoldsNoIndonesianSentences() {
        TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }
}
