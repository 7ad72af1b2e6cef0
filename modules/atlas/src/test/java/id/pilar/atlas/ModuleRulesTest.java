package id.pilar.atlas;

import id.pilar.atlas.impl.AtlasSchema;
import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.ModuleContract;
import id.pilar.testkit.TextRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    @Test
    void layers() {
        LayeringRules.check("id.pilar.atlas");
    }

    @Test
    void everyBundleHasItsEnglishTwin() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }

    @Test
    void noIndonesianTextOutsideBundles() {
        TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }

    @Test
    void theModuleContract() {
        ModuleContract.check(new AtlasSchema());
    }
}
