package id.pilar.core.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A module's personal data about one person, for UU PDP requests. Register with
 * {@code @ServiceProvider(service = PersonalDataSource.class)}. It lives in core so that every
 * module can serve UU PDP requests without depending on the security module, which runs them.
 *
 * <p>Both methods get the JDBC connection of the one transaction the security module runs, so an
 * erasure across all modules commits or rolls back as a whole. Persons are referred to by their
 * registry id (TEXT).
 */
public interface PersonalDataSource {

    /** Module id, as in {@code ModuleSchema.moduleId()}. */
    String moduleId();

    /** Everything this module holds about the person (empty when nothing). */
    List<PersonalDataSection> collect(String personId, Connection connection) throws SQLException;

    /**
     * Erasure: replace what identifies the person (names, NIK/KK, address details, phone, free
     * text, and the same columns in the module's {@code _aud} audit tables) while keeping the
     * rows and the values statistics count (kelurahan, sex, year of birth, category), so totals
     * stay consistent.
     */
    void anonymise(String personId, Connection connection) throws SQLException;
}
