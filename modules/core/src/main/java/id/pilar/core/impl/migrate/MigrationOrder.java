package id.pilar.core.impl.migrate;

import id.pilar.core.spi.ModuleSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders module schemas so that every module's dependencies migrate before it. */
public final class MigrationOrder {

    private MigrationOrder() {
    }

    /**
     * @throws IllegalStateException on a missing dependency, a duplicate module id or a cycle
     */
    public static List<ModuleSchema> sort(Collection<? extends ModuleSchema> schemas) {
        Map<String, ModuleSchema> byId = new LinkedHashMap<>();
        List<ModuleSchema> stable = new ArrayList<>(schemas);
        stable.sort(Comparator.comparing(ModuleSchema::moduleId));
        for (ModuleSchema s : stable) {
            if (byId.put(s.moduleId(), s) != null) {
                throw new IllegalStateException("Two modules declare the schema id '" + s.moduleId() + "'");
            }
        }
        List<ModuleSchema> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (ModuleSchema s : byId.values()) {
            visit(s, byId, done, visiting, out);
        }
        return out;
    }

    private static void visit(ModuleSchema s, Map<String, ModuleSchema> byId, Set<String> done,
            Set<String> visiting, List<ModuleSchema> out) {
        if (done.contains(s.moduleId())) {
            return;
        }
        if (!visiting.add(s.moduleId())) {
            throw new IllegalStateException("Cycle in module schema dependencies at '" + s.moduleId() + "'");
        }
        for (String dep : s.dependsOn()) {
            if (dep.equals(s.moduleId())) {
                continue;
            }
            ModuleSchema d = byId.get(dep);
            if (d == null) {
                throw new IllegalStateException("Module '" + s.moduleId() + "' needs schema '" + dep + "', which is not installed");
            }
            visit(d, byId, done, visiting, out);
        }
        visiting.remove(s.moduleId());
        done.add(s.moduleId());
        out.add(s);
    }
}
