package id.pilar.core.impl.db;

import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.LocalDateText;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

/** Core's own tables: database facts and the reference data every module reads. */
@ServiceProvider(service = ModuleSchema.class, position = 0)
public final class CoreSchema implements ModuleSchema {

    @Override
    public String moduleId() {
        return "core";
    }

    @Override
    public List<String> dependsOn() {
        return List.of();
    }

    @Override
    public String migrationLocation() {
        return "id/pilar/core/db";
    }

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(MetaEntry.class, InstantText.class, LocalDateText.class);
    }

    @Override
    public java.util.Set<String> keptWhenDemoDataCleared() {
        return java.util.Set.of("pilar_meta", "ref_kecamatan", "ref_kelurahan", "ref_kelurahan_alias", "ref_kategori_kesos");
    }

    @Override
    public String displayName() {
        return "Inti";
    }
}
