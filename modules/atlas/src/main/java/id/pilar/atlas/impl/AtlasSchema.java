package id.pilar.atlas.impl;

import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/**
 * The atlas tables ({@code id/pilar/atlas/db}): index weights, imported population figures and
 * imported boundaries. It depends on core only: the atlas reads the feature modules through
 * {@code id.pilar.core.spi.area}, so it installs beside any subset of them.
 */
@ServiceProvider(service = ModuleSchema.class, position = 900)
public final class AtlasSchema implements ModuleSchema {

    public static final String MODULE_ID = "atlas";

    @Override
    public String moduleId() {
        return MODULE_ID;
    }

    @Override
    public List<String> dependsOn() {
        return List.of("core");
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/atlas/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        // Entities are added by the features that need them (weights, population, boundaries).
        return List.of();
    }

    @Override
    public String displayName() {
        return "Atlas kerentanan";
    }
}
