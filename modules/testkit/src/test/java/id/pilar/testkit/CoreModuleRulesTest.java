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
    void coreHasNoIndonesianLiterals() {
        TextRules.assertNoIndonesianLiterals(Path.of("../core/src/main/java"));
    }

    @Test
    void textRulesFindSentencesButNotIdentifiersOrBundles(@TempDir Path dir) throws Exception {
        Path impl = Files.createDirectories(dir.resolve("id/x/impl"));
        Files.writeString(impl.resolve("A.java"), String.join("\n",
                "package id.x.impl;",
                "@Messages({\"ERR_A=Nama wajib diisi.\", \"ERR_B=Berkas tidak ada\"})",
                "class A {",
                "    // Berkas \"tidak ada\" in a comment passes",
                "    String sql = \"UPDATE t SET nama = 'dihapus' WHERE tanggal_lahir IS NULL\";",
                "    String header = \"baris,alasan,isi_baris\";",
                "    String log = \"Backup of {0} failed\";",
                "    String province = \"DI Yogyakarta\";",
                "    String sample = \"Pelatihan SAR dan evakuasi\"; // TextRules: data",
                "    String bad = \"Nomor KK tidak boleh 0000.\";",
                "    String alsoBad = \"\"\"",
                "        Berkas sudah ada",
                "        \"\"\";",
                "}"));
        Files.createDirectories(dir.resolve("id/x/ui"));
        Files.writeString(dir.resolve("id/x/ui/B.java"), "class B { String s = \"di luar api/impl tidak diperiksa\"; }");
        assertThat(TextRules.indonesianLiterals(dir)).hasSize(2)
                .anyMatch(f -> f.startsWith("id/x/impl/A.java:10:") && f.contains("(tidak)"))
                .anyMatch(f -> f.startsWith("id/x/impl/A.java:11:") && f.contains("(berkas)"));
        assertThatThrownBy(() -> TextRules.assertNoIndonesianLiterals(dir)).hasMessageContaining("A.java:10");
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
