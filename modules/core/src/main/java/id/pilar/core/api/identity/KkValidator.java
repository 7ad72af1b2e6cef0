package id.pilar.core.api.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/**
 * Checks a KK (Kartu Keluarga) number: 16 digits — a 6-digit region ({@code PP KK CC}), the
 * 6-digit recording date {@code DDMMYY} (no +40), a 4-digit serial from 0001.
 */
@Messages({
    "ERR_KkEmpty=Nomor KK kosong.",
    "# {0} - number of characters read",
    "ERR_KkFormat=Nomor KK harus 16 angka (terbaca {0} karakter).",
    "# {0} - the DDMMYY digits",
    "ERR_KkDate=Tanggal pencatatan dalam nomor KK tidak valid: {0}.",
    "ERR_KkSerial=Nomor urut KK tidak boleh 0000."
})
public final class KkValidator {

    private KkValidator() {
    }

    /** The problems found; empty when the number is valid. */
    public static List<IdentityProblem> check(String raw) {
        return check(raw, id.pilar.core.api.time.JakartaTime.today());
    }

    public static List<IdentityProblem> check(String raw, LocalDate today) {
        String kk = NikValidator.clean(raw);
        List<IdentityProblem> p = new ArrayList<>();
        if (kk.isEmpty()) {
            p.add(IdentityProblem.error("KK_KOSONG", Bundle.ERR_KkEmpty()));
            return p;
        }
        if (!kk.matches("\\d{16}")) {
            p.add(IdentityProblem.error("KK_FORMAT", Bundle.ERR_KkFormat(kk.length())));
            return p;
        }
        NikValidator.checkRegion(kk.substring(0, 6), "KK", p);
        int dd = Integer.parseInt(kk.substring(6, 8));
        int mm = Integer.parseInt(kk.substring(8, 10));
        int yy = Integer.parseInt(kk.substring(10, 12));
        if (NikValidator.date(dd, mm, yy, today) == null) {
            p.add(IdentityProblem.error("KK_TANGGAL", Bundle.ERR_KkDate(kk.substring(6, 12))));
        }
        if (kk.endsWith("0000")) {
            p.add(IdentityProblem.error("KK_NOMOR_URUT", Bundle.ERR_KkSerial()));
        }
        return p;
    }

    public static boolean isValid(String raw) {
        return check(raw).stream().noneMatch(x -> x.severity() == IdentityProblem.Severity.ERROR);
    }
}
