package id.pilar.rosters;

import id.pilar.testkit.BundleRules;
import id.pilar.testkit.LayeringRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The layering rules of DESIGN.md, and every text in Indonesian and English. */
class ArchitectureTest {

    @Test
    void layersAreKept() {
        LayeringRules.check("id.pilar.rosters");
    }

    @Test
    void everyTextHasAnEnglishTranslation() {
        BundleRules.assertComplete(Path.of("target/classes"));
    }
}
