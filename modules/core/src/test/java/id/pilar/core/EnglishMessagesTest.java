package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.testmods.TestSchemas;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code --locale en:US} users read core's refusals and validator findings in English. */
class EnglishMessagesTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void identityFindingsAreEnglish() {
        assertThat(NikValidator.check("31710117084500").firstError()).isEqualTo("A NIK has 16 digits (14 characters were read).");
        assertThat(KkValidator.check("3171010101000000")).extracting(p -> p.message())
                .contains("The serial number of a KK number cannot be 0000.");
    }

    @Test
    void aRefusedDatabaseIsExplainedInEnglishWithItsCode(@TempDir Path dir) {
        Path db = dir.resolve("missing").resolve("pilar.db");
        DataKernelImpl k = TestSchemas.kernel();
        assertThatThrownBy(() -> k.open(DatabaseTarget.sqlite(db)))
                .isInstanceOfSatisfying(DatabaseRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ERR_DbMissingFolder");
                    assertThat(e.getMessage()).startsWith("The database folder does not exist: ")
                            .doesNotContain("tidak");
                });
    }
}
