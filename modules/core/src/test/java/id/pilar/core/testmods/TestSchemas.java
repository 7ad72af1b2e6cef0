package id.pilar.core.testmods;

import id.pilar.core.impl.db.CoreSchema;
import id.pilar.core.impl.db.DataKernelImpl;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;

/** Two test modules: b depends on a, a depends on core. Not registered in Lookup on purpose. */
public final class TestSchemas {

    private TestSchemas() {
    }

    public static final ModuleSchema A = new ModuleSchema() {
        @Override
        public String moduleId() {
            return "testa";
        }

        @Override
        public String migrationLocation() {
            return "id/pilar/core/testmods/a";
        }

        @Override
        public List<Class<?>> entityClasses() {
            return List.of(TestAItem.class);
        }
    };

    public static final ModuleSchema B = new ModuleSchema() {
        @Override
        public String moduleId() {
            return "testb";
        }

        @Override
        public List<String> dependsOn() {
            return List.of("core", "testa");
        }

        @Override
        public String migrationLocation() {
            return "id/pilar/core/testmods/b";
        }

        @Override
        public List<Class<?>> entityClasses() {
            return List.of(TestBNote.class);
        }
    };

    public static DataKernelImpl kernel(ModuleSchema... extra) {
        List<ModuleSchema> all = new java.util.ArrayList<>();
        all.add(new CoreSchema());
        all.addAll(List.of(extra));
        return new DataKernelImpl(() -> all, TestSchemas.class.getClassLoader());
    }
}
