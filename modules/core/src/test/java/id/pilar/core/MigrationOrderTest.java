package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.impl.db.CoreSchema;
import id.pilar.core.impl.migrate.MigrationOrder;
import id.pilar.core.spi.ModuleSchema;
import id.pilar.core.testmods.TestSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {

    private static ModuleSchema schema(String id, String... deps) {
        return new ModuleSchema() {
            @Override
            public String moduleId() {
                return id;
            }

            @Override
            public List<String> dependsOn() {
                return List.of(deps);
            }

            @Override
            public String migrationLocation() {
                return "none";
            }

            @Override
            public List<Class<?>> entityClasses() {
                return List.of();
            }
        };
    }

    @Test
    void dependenciesComeFirstWhateverTheLookupOrder() {
        List<ModuleSchema> sorted = MigrationOrder.sort(List.of(TestSchemas.B, TestSchemas.A, new CoreSchema()));
        assertThat(sorted).extracting(ModuleSchema::moduleId).containsExactly("core", "testa", "testb");
    }

    @Test
    void missingDependencyAndCycleAreReported() {
        assertThatThrownBy(() -> MigrationOrder.sort(List.of(schema("core"), schema("cases", "core", "registry"))))
                .hasMessageContaining("registry");
        assertThatThrownBy(() -> MigrationOrder.sort(List.of(schema("a", "b"), schema("b", "a"))))
                .hasMessageContaining("Cycle");
        assertThatThrownBy(() -> MigrationOrder.sort(List.of(schema("a"), schema("a"))))
                .hasMessageContaining("Two modules");
    }
}
