package id.pilar.core.spi;

import java.util.List;
import java.util.Map;

/**
 * What a module adds to the shared database: its own migration history and its entity classes.
 *
 * <p>Register an implementation with {@code @ServiceProvider(service = ModuleSchema.class)}. Core
 * collects every registration through Lookup, runs the migrations of each module in dependency
 * order (a module's {@link #dependsOn()} first) before Hibernate opens, then builds one
 * SessionFactory from all {@link #entityClasses()}.
 *
 * <p>Migrations are plain SQL files named {@code V<n>__<description>.sql} inside the module jar
 * under {@link #migrationLocation()}. They must run on SQLite and PostgreSQL: portable SQL, or a
 * per-vendor file under {@code <location>/sqlite} and {@code <location>/postgresql}.
 */
public interface ModuleSchema {

    /** Short stable id, lower case ({@code core}, {@code registry}); names the history table. */
    String moduleId();

    /** Module ids whose migrations must run before this module's. */
    default List<String> dependsOn() {
        return List.of("core");
    }

    /** Folder inside the module jar that holds the migrations, e.g. {@code id/pilar/registry/db}. */
    String migrationLocation();

    /** Entity (and attribute-converter) classes this module maps. */
    List<Class<?>> entityClasses();

    /**
     * Shipped migrations whose script was later corrected (a migration that lost data): version →
     * the Flyway checksums of the earlier scripts. A database that ran one of those scripts has
     * its recorded checksum set to the corrected script's before Flyway validates, so it opens;
     * any other checksum mismatch still stops the start. Never edit a shipped migration for any
     * other reason: add a new one.
     */
    default Map<String, List<Integer>> correctedMigrations() {
        return Map.of();
    }

    /**
     * Tables (lower case) that "Hapus data contoh" leaves alone: accounts, settings, reference
     * data. Every other table of the database is emptied, so a module's own data needs nothing here.
     */
    default java.util.Set<String> keptWhenDemoDataCleared() {
        return java.util.Set.of();
    }

    /** Indonesian display name used in reports such as {@code --check}. */
    default String displayName() {
        return moduleId();
    }
}
