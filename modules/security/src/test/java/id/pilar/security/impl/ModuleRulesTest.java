package id.pilar.security.impl;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import id.pilar.testkit.ModuleContract;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    /** Audit and UU PDP contract (testkit ModuleContract): personal columns are audited and reach a PersonalDataSource. */
    @Test
    void moduleContract() {
        ModuleContract.check(new SecuritySchema());
    }

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
