package id.pilar.ui;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UiModuleRulesTest {

    @Test
    void layering() {
        LayeringRules.check("id.pilar.ui");
    }

    @Test
    void everyTextInIndonesianAndEnglish() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }
}
