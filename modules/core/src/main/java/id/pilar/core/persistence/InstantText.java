package id.pilar.core.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores an {@link Instant} as fixed-width UTC text, {@code 2026-06-21T03:15:00.000Z}.
 *
 * <p>Why text: SQLite has no timestamp type and drivers disagree on how to store one; fixed-width
 * ISO text sorts correctly, reads well in any SQLite tool, and is the same on PostgreSQL.
 */
@Converter(autoApply = true)
public final class InstantText implements AttributeConverter<Instant, String> {

    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String convertToDatabaseColumn(Instant value) {
        return value == null ? null : FORMAT.format(value);
    }

    @Override
    public Instant convertToEntityAttribute(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The same text for plain JDBC code. */
    public static String format(Instant value) {
        return value == null ? null : FORMAT.format(value);
    }
}
