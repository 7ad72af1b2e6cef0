package id.pilar.registry.impl.dtsen;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.Provinces;
import java.time.LocalDate;

/**
 * The NIK and KK rules of {@link NikValidator} and {@link KkValidator}, without regular
 * expressions or allocation on the happy path: an import checks a million of them. On failure
 * the core validators give the message, so reasons read the same everywhere.
 */
final class FastIdentity {

    private final int thisYear;
    private final LocalDate today;
    private final boolean[] provinces = new boolean[100];

    FastIdentity(LocalDate today) {
        this.today = today;
        this.thisYear = today.getYear();
        for (int i = 10; i < 100; i++) {
            provinces[i] = Provinces.isKnown(Integer.toString(i));
        }
    }

    /** The common shape of a valid NIK; false says only "ask {@link #nikError}". */
    boolean validNik(String nik) {
        return validShape(nik, true);
    }

    /** The common shape of a valid KK; false says only "ask {@link #kkError}". */
    boolean validKk(String kk) {
        return validShape(kk, false);
    }

    /** Null when valid, else the first error's message. */
    String nikError(String nik) {
        if (validShape(nik, true)) {
            return null;
        }
        return NikValidator.check(nik, null, null, today).firstError();
    }

    String kkError(String kk) {
        if (validShape(kk, false)) {
            return null;
        }
        return KkValidator.check(kk, today).stream().filter(p -> p.severity() == IdentityProblem.Severity.ERROR)
                .map(IdentityProblem::message).findFirst().orElse(null);
    }

    private boolean validShape(String s, boolean plus40) {
        if (s.length() != 16) {
            return false;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (!provinces[num(s, 0)] || num(s, 2) == 0 || num(s, 4) == 0) {
            return false;
        }
        int dd = num(s, 6);
        if (plus40 && dd > 40) {
            dd -= 40;
        }
        int mm = num(s, 8);
        int year = thisYear / 100 * 100 + num(s, 10);
        if (year > thisYear) {
            year -= 100;
        }
        if (mm < 1 || mm > 12 || dd < 1 || dd > lengthOfMonth(year, mm)) {
            return false;
        }
        return !(s.charAt(12) == '0' && s.charAt(13) == '0' && s.charAt(14) == '0' && s.charAt(15) == '0');
    }

    private static int num(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
