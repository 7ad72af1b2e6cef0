package id.pilar.ui.api;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Indonesian formats: dates {@code 21/06/2026}, long dates {@code Sabtu, 21 Juni 2026},
 * numbers {@code 1.250.000}, Rupiah {@code Rp1.250.000}, instants shown in Asia/Jakarta.
 * The formats are the same whatever the PC's locale: the office works in Indonesian.
 */
public final class Formats {

    public static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    public static final ZoneId JAKARTA = id.pilar.core.api.time.JakartaTime.ZONE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", INDONESIA)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", INDONESIA);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", INDONESIA);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH.mm", INDONESIA);

    private Formats() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols(INDONESIA);
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        return s;
    }

    /** {@code 21/06/2026}; empty for null. */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** {@code Sabtu, 21 Juni 2026}. */
    public static String longDate(LocalDate d) {
        return d == null ? "" : LONG_DATE.format(d);
    }

    /** {@code Juni 2026}. */
    public static String monthYear(LocalDate d) {
        return d == null ? "" : MONTH_YEAR.format(d);
    }

    /** An instant as Jakarta wall-clock time, {@code 21/06/2026 10.15}. */
    public static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(LocalDateTime.ofInstant(i, JAKARTA));
    }

    /** Reads {@code 21/06/2026} (also {@code 21-06-2026}, {@code 21.06.2026}); null when not a real date. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().replace('-', '/').replace('.', '/');
        try {
            return LocalDate.parse(t, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code 1.250.000}. */
    public static String number(long n) {
        return new DecimalFormat("#,##0", symbols()).format(n);
    }

    /** {@code 12,5}. */
    public static String decimal(double d, int fractionDigits) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols());
        f.setMinimumFractionDigits(fractionDigits);
        f.setMaximumFractionDigits(fractionDigits);
        return f.format(d);
    }

    /** {@code Rp1.250.000}; negative as {@code -Rp1.250.000}. */
    public static String rupiah(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        String digits = new DecimalFormat("#,##0", symbols()).format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + "Rp" + digits;
    }

    public static String rupiah(long amount) {
        return rupiah(BigDecimal.valueOf(amount));
    }
}
