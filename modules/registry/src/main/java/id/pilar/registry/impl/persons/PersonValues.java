package id.pilar.registry.impl.persons;

import id.pilar.core.api.identity.Sex;
import id.pilar.lib.tables.api.Headers;
import id.pilar.registry.api.Shdk;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Values of a person list as other systems write them: sex as {@code L}/{@code P},
 * {@code Laki-laki}/{@code Perempuan} (or OpenSID's 1/2); dates as {@code dd/MM/yyyy},
 * {@code dd-MM-yyyy}, {@code yyyy-MM-dd} (also one-digit days and months, and OpenSID's printed
 * "07 Juni 1995"); SHDK by code 1–11 or by name ("Kepala Keluarga", "ISTRI", "Famili Lain").
 * Empty means absent; a value that cannot be read is {@link Optional#empty()}.
 */
public final class PersonValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("d/M/uuuu"), pattern("d-M-uuuu"), pattern("uuuu-M-d"), pattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("id")).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.forLanguageTag("id")).withResolverStyle(ResolverStyle.STRICT));

    private PersonValues() {
    }

    private static DateTimeFormatter pattern(String p) {
        return DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    public static Optional<Sex> sex(String text) {
        return Optional.ofNullable(Sex.parse(text));
    }

    public static Optional<LocalDate> date(String text) {
        String t = text.trim().replaceAll("\\s+", " ");
        // A date-time from a spreadsheet ("1990-01-01 00:00:00") keeps its date.
        if (t.length() > 10 && t.charAt(4) == '-' && t.charAt(10) == ' ') {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(capitalised(t), f));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /** "07 JUNI 1995" → "07 Juni 1995": month names parse in their usual case only. */
    private static String capitalised(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean start = true;
        for (char c : t.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ';
        }
        return b.toString();
    }

    public static Optional<Shdk> shdk(String text) {
        String t = text.trim();
        if (t.matches("\\d{1,2}")) {
            return Optional.ofNullable(Shdk.of(Integer.parseInt(t)));
        }
        String key = Headers.normalise(t);
        for (Shdk s : Shdk.values()) {
            if (Headers.normalise(s.label()).equals(key)) {
                return Optional.of(s);
            }
        }
        return switch (key) {
            case "kk", "kepala", "kepalakk" -> Optional.of(Shdk.KEPALA_KELUARGA);
            case "istri", "isteri" -> Optional.of(Shdk.ISTRI);
            case "orangtua", "ortu", "ayah", "ibu" -> Optional.of(Shdk.ORANG_TUA);
            case "famili", "familylain", "keluargalain" -> Optional.of(Shdk.FAMILI_LAIN);
            case "lain", "lainlain" -> Optional.of(Shdk.LAINNYA);
            default -> Optional.empty();
        };
    }
}
