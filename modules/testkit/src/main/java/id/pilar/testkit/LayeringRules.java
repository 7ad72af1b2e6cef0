package id.pilar.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering rules of DESIGN.md, for any module: {@code api} never reaches into {@code impl}
 * or {@code ui}; Hibernate and JPA only in {@code impl} (and core's persistence kit); JavaFX and
 * Swing only in {@code ui}. Every module calls {@link #check(String)} from one test.
 */
public final class LayeringRules {

    private LayeringRules() {
    }

    public static List<ArchRule> rules() {
        return List.of(
                noClasses().that().resideInAnyPackage("..api..", "..spi..")
                        .should().dependOnClassesThat().resideInAPackage("..impl..")
                        .as("api and spi never depend on impl")
                        .allowEmptyShould(true),
                noClasses().that().resideInAnyPackage("..api..", "..spi..")
                        .and().resideOutsideOfPackage("id.pilar.ui..")
                        .should().dependOnClassesThat().resideInAnyPackage("..ui..")
                        .as("feature api never depends on ui")
                        .allowEmptyShould(true),
                noClasses().that().resideOutsideOfPackages("..impl..", "id.pilar.core.persistence..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                        .as("Hibernate only in impl")
                        .allowEmptyShould(true),
                noClasses().that().resideOutsideOfPackage("..ui..")
                        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.swing..", "java.awt..")
                        .as("JavaFX and Swing only in ui")
                        .allowEmptyShould(true));
    }

    /** Checks the production classes under {@code basePackage} (tests excluded). */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found under " + basePackage + ": the layering test would check nothing");
        }
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }
}
