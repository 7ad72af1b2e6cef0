package id.pilar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.ui.api.Formats;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesInIndonesian() {
        LocalDate apel = LocalDate.of(2026, 6, 21);
        assertThat(Formats.date(apel)).isEqualTo("21/06/2026");
        assertThat(Formats.longDate(apel)).isEqualTo("Minggu, 21 Juni 2026");
        assertThat(Formats.longDate(LocalDate.of(2026, 8, 17))).isEqualTo("Senin, 17 Agustus 2026");
        assertThat(Formats.monthYear(LocalDate.of(2026, 12, 20))).isEqualTo("Desember 2026");
        assertThat(Formats.date(null)).isEmpty();
    }

    @Test
    void parsingAcceptsCommonSeparatorsAndRejectsImpossibleDates() {
        assertThat(Formats.parseDate("21/06/2026")).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(Formats.parseDate("21-06-2026")).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(Formats.parseDate("29/02/2000")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Formats.parseDate("30/02/2026")).isNull();
        assertThat(Formats.parseDate("besok")).isNull();
        assertThat(Formats.parseDate(" ")).isNull();
    }

    @Test
    void instantsAreShownInJakartaTime() {
        assertThat(Formats.dateTime(Instant.parse("2026-06-21T03:15:00Z"))).isEqualTo("21/06/2026 10.15");
        assertThat(Formats.dateTime(Instant.parse("2026-06-21T20:00:00Z"))).isEqualTo("22/06/2026 03.00");
    }

    @Test
    void numbersAndRupiah() {
        assertThat(Formats.number(1_057_270)).isEqualTo("1.057.270");
        assertThat(Formats.rupiah(1_250_000)).isEqualTo("Rp1.250.000");
        assertThat(Formats.rupiah(new BigDecimal("-75000"))).isEqualTo("-Rp75.000");
        assertThat(Formats.rupiah(0)).isEqualTo("Rp0");
        assertThat(Formats.decimal(12.5, 1)).isEqualTo("12,5");
    }
}
