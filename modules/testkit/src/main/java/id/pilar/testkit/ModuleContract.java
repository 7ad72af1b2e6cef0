package id.pilar.testkit;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.core.spi.PersonalDataSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.openide.util.Lookup;

/**
 * The module contract for data about people, as rules any module's test calls with its own
 * {@link ModuleSchema}:
 *
 * <pre>{@code
 * @Test void moduleContract() { ModuleContract.check(new MySchema()); }
 * }</pre>
 *
 * <ul>
 * <li>{@link #assertAudited}: an entity with a personal column (NIK, KK, name, phone, address,
 *     notes) is {@code @Audited}, and those columns are not {@code @NotAudited}, so its change
 *     history exists. Its {@code _aud} table is then checked by Hibernate's validation when the
 *     module's {@link TestDatabase} opens.</li>
 * <li>{@link #assertPersonalDataSource}: a module with such a column registers a
 *     {@code PersonalDataSource}, so UU PDP subject access and erasure reach its data.</li>
 * </ul>
 */
public final class ModuleContract {

    /** Column-name words that mark a person's data. */
    private static final Set<String> PERSONAL_WORDS = Set.of("nik", "kk", "nama", "name", "telepon", "phone", "hp",
            "alamat", "address", "catatan", "note", "notes");

    /**
     * Words that make a column technical even when it also holds a personal word: derived search
     * keys ({@code nama_kanonik}, {@code name_key}) and file names ({@code nama_file}).
     */
    private static final Set<String> TECHNICAL_WORDS = Set.of("kanonik", "key", "file");

    private ModuleContract() {
    }

    /** Both rules for one module. */
    public static void check(ModuleSchema schema) {
        List<String> problems = new ArrayList<>(auditProblems(schema));
        problems.addAll(personalDataSourceProblems(schema, Lookup.getDefault().lookupAll(PersonalDataSource.class)));
        fail(schema, problems);
    }

    /** Every entity of {@code schema} with a personal column is audited, those columns included. */
    public static void assertAudited(ModuleSchema schema) {
        fail(schema, auditProblems(schema));
    }

    /** A module with personal columns registers a {@code PersonalDataSource} under its module id. */
    public static void assertPersonalDataSource(ModuleSchema schema) {
        fail(schema, personalDataSourceProblems(schema, Lookup.getDefault().lookupAll(PersonalDataSource.class)));
    }

    /** The personal columns of an entity class ({@code table.column}), for messages and reports. */
    public static List<String> personalColumns(Class<?> entity) {
        List<String> out = new ArrayList<>();
        for (Field f : fields(entity)) {
            String column = columnName(f);
            if (isPersonal(column)) {
                out.add(tableName(entity) + "." + column);
            }
        }
        return out;
    }

    /** Whether a column name marks a person's data (see the class comment). */
    public static boolean isPersonal(String column) {
        boolean personal = false;
        for (String word : column.toLowerCase(Locale.ROOT).split("_")) {
            if (TECHNICAL_WORDS.contains(word)) {
                return false;
            }
            personal |= PERSONAL_WORDS.contains(word);
        }
        return personal;
    }

    static List<String> auditProblems(ModuleSchema schema) {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : schema.entityClasses()) {
            if (!c.isAnnotationPresent(Entity.class) || personalColumns(c).isEmpty()) {
                continue;
            }
            if (!c.isAnnotationPresent(Audited.class)) {
                problems.add(c.getName() + " holds " + personalColumns(c) + " but is not @Audited: add @Audited and a "
                        + tableName(c) + "_aud table by migration (security README, 'Audit history for other modules')");
                continue;
            }
            for (Field f : fields(c)) {
                if (f.isAnnotationPresent(NotAudited.class) && isPersonal(columnName(f))) {
                    problems.add(c.getName() + "." + f.getName() + " (" + columnName(f) + ") is personal data but @NotAudited");
                }
            }
        }
        return problems;
    }

    static List<String> personalDataSourceProblems(ModuleSchema schema, Iterable<? extends PersonalDataSource> sources) {
        List<String> personal = new ArrayList<>();
        for (Class<?> c : schema.entityClasses()) {
            if (c.isAnnotationPresent(Entity.class)) {
                personal.addAll(personalColumns(c));
            }
        }
        if (personal.isEmpty()) {
            return List.of();
        }
        for (PersonalDataSource s : sources) {
            if (s.moduleId().equals(schema.moduleId())) {
                return List.of();
            }
        }
        return List.of("module '" + schema.moduleId() + "' holds " + personal + " but registers no PersonalDataSource "
                + "(@ServiceProvider(service = PersonalDataSource.class) with moduleId() \"" + schema.moduleId()
                + "\"): UU PDP subject access and erasure would miss it");
    }

    private static void fail(ModuleSchema schema, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AssertionError("Module contract of '" + schema.moduleId() + "':\n  " + String.join("\n  ", problems));
        }
    }

    private static List<Field> fields(Class<?> entity) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Column.class)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static String columnName(Field f) {
        String name = f.getAnnotation(Column.class).name();
        return name.isEmpty() ? f.getName() : name;
    }

    private static String tableName(Class<?> entity) {
        Table t = entity.getAnnotation(Table.class);
        return t == null || t.name().isEmpty() ? entity.getSimpleName() : t.name();
    }
}
