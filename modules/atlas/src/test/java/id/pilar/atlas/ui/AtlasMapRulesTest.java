package id.pilar.atlas.ui;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.TextRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's rules, over the map, profile and dashboard code as over the rest. */
class AtlasMapRulesTest {

    @Test
    void layers() {
        LayeringRules.check("id.pilar.atlas");
    }

    @Test
    void everyBundleHasItsEnglishTwin() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void noIndonesianLiteralsInApiOrImpl() {
        TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }
}
