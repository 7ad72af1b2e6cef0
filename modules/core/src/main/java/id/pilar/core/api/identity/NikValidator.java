package id.pilar.core.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * Checks a NIK: 16 digits {@code PP KK CC DDMMYY SSSS} — a known province, a real regency and
 * kecamatan code, a real birth date with 40 added to the day for women, a serial from 0001.
 *
 * <p>A NIK whose date or sex disagrees with what the user entered is a warning, not an error:
 * the user sees it and decides (real KTPs carry clerical errors too).
 */
@Messages({
    "ERR_NikEmpty=NIK kosong.",
    "# {0} - number of characters read",
    "ERR_NikFormat=NIK harus 16 angka (terbaca {0} karakter).",
    "# {0} - the DDMMYY digits, {1} - day, {2} - month",
    "ERR_NikDate=Tanggal lahir dalam NIK tidak valid: {0} (hari {1}, bulan {2}).",
    "ERR_NikSerial=Nomor urut NIK tidak boleh 0000.",
    "# {0} - date in the NIK, {1} - date entered",
    "WARN_NikOtherDate=Tanggal lahir dalam NIK ({0}) berbeda dengan tanggal lahir yang diisi ({1}).",
    "# {0} - sex the NIK shows, {1} - sex entered",
    "WARN_NikOtherSex=NIK menunjukkan {0}, tetapi jenis kelamin yang diisi {1}.",
    "SEX_LAKI_LAKI=laki-laki",
    "SEX_PEREMPUAN=perempuan",
    "# {0} - province code, {1} - NIK or KK",
    "ERR_Province=Kode provinsi {0} dalam {1} tidak dikenal.",
    "# {0} - NIK or KK",
    "ERR_Regency=Kode kabupaten/kota dalam {0} tidak boleh 00.",
    "# {0} - NIK or KK",
    "ERR_District=Kode kecamatan dalam {0} tidak boleh 00."
})
public final class NikValidator {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private NikValidator() {
    }

    /** Removes spaces, dots and dashes people type between groups. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
    }

    public static NikCheck check(String raw) {
        return check(raw, null, null, id.pilar.core.api.time.JakartaTime.today());
    }

    /**
     * @param enteredBirth the birth date the user entered, or null
     * @param enteredSex   the sex the user entered, or null
     * @param today        for deciding the century of a two-digit year
     */
    public static NikCheck check(String raw, LocalDate enteredBirth, Sex enteredSex, LocalDate today) {
        String nik = clean(raw);
        List<IdentityProblem> p = new ArrayList<>();
        if (nik.isEmpty()) {
            p.add(IdentityProblem.error("NIK_KOSONG", Bundle.ERR_NikEmpty()));
            return new NikCheck(nik, null, null, null, p);
        }
        if (!nik.matches("\\d{16}")) {
            p.add(IdentityProblem.error("NIK_FORMAT", Bundle.ERR_NikFormat(nik.length())));
            return new NikCheck(nik, null, null, null, p);
        }
        String region = nik.substring(0, 6);
        checkRegion(region, "NIK", p);
        int dd = Integer.parseInt(nik.substring(6, 8));
        int mm = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        Sex sex = dd > 40 ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
        int day = dd > 40 ? dd - 40 : dd;
        LocalDate birth = date(day, mm, yy, today);
        if (enteredBirth != null && enteredBirth.getYear() % 100 == yy && enteredBirth.getYear() <= today.getYear()) {
            // The entered date settles the century: someone born in 1920 is not born in 2020.
            LocalDate inCentury = ofYear(day, mm, enteredBirth.getYear());
            birth = inCentury != null ? inCentury : birth;
        }
        if (birth == null) {
            p.add(IdentityProblem.error("NIK_TANGGAL", Bundle.ERR_NikDate(nik.substring(6, 12), day, mm)));
        }
        if (nik.endsWith("0000")) {
            p.add(IdentityProblem.error("NIK_NOMOR_URUT", Bundle.ERR_NikSerial()));
        }
        if (birth != null && enteredBirth != null && !birth.equals(enteredBirth)) {
            p.add(IdentityProblem.warning("NIK_BEDA_TANGGAL", Bundle.WARN_NikOtherDate(SHOW.format(birth), SHOW.format(enteredBirth))));
        }
        if (enteredSex != null && birth != null && enteredSex != sex) {
            p.add(IdentityProblem.warning("NIK_BEDA_JK", Bundle.WARN_NikOtherSex(sexWord(sex), sexWord(enteredSex))));
        }
        return new NikCheck(nik, region, birth, birth == null ? null : sex, p);
    }

    static void checkRegion(String region, String what, List<IdentityProblem> p) {
        String prov = region.substring(0, 2);
        if (!Provinces.isKnown(prov)) {
            p.add(IdentityProblem.error(what + "_PROVINSI", Bundle.ERR_Province(prov, what)));
        }
        if (region.substring(2, 4).equals("00")) {
            p.add(IdentityProblem.error(what + "_KABKOTA", Bundle.ERR_Regency(what)));
        }
        if (region.substring(4, 6).equals("00")) {
            p.add(IdentityProblem.error(what + "_KECAMATAN", Bundle.ERR_District(what)));
        }
    }

    private static String sexWord(Sex s) {
        return s == Sex.PEREMPUAN ? Bundle.SEX_PEREMPUAN() : Bundle.SEX_LAKI_LAKI();
    }

    /** A two-digit year belongs to this century unless that would put it in the future. */
    static LocalDate date(int day, int month, int yy, LocalDate today) {
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        return ofYear(day, month, year);
    }

    /** The date, or null when it does not exist (30 February). */
    private static LocalDate ofYear(int day, int month, int year) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
