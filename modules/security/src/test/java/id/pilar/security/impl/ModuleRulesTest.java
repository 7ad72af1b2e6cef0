package id.pilar.security.impl;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    @Test
    void layering() {
        LayeringRules.check("id.pilar.security");
    }

    @Test
    void noIndonesianTextOutsideBundles() {
        id.pilar.testkit.TextRules.assertNoIndonesianLiterals(Path.of("src/main/java"));
    }

    @Test
    void everyTextIsInIndonesianAndEnglish() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }
}
