package id.pilar.registry.impl.dtsen;

import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.registry.api.DtsenField;
import id.pilar.registry.api.Shdk;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/**
 * Turns the fields of one CSV record into a {@link DtsenRow}, or says why it is rejected.
 * Cheap on purpose: no regular expressions, lookups cached.
 */
@Messages({
    "# {0} - found",
    "# {1} - expected",
    "REJ_FieldCount=Jumlah kolom {0}, seharusnya {1}.",
    "REJ_UnclosedQuote=Tanda kutip tidak ditutup.",
    "# {0} - limit",
    "REJ_TooLong=Baris atau kolom terlalu panjang (lebih dari {0} karakter).",
    "REJ_NoId=Kolom iddtks kosong.",
    "REJ_IdTooLong=Kolom iddtks terlalu panjang.",
    "REJ_NoName=Kolom nama kosong.",
    "# {0} - reason",
    "REJ_Nik=NIK tidak valid: {0}",
    "# {0} - reason",
    "REJ_Kk=Nomor KK tidak valid: {0}",
    "# {0} - value",
    "REJ_Date=Tanggal lahir tidak valid: {0}",
    "# {0} - value",
    "REJ_Sex=Jenis kelamin tidak dikenal: {0}",
    "# {0} - value",
    "REJ_Shdk=Hubungan keluarga harus 1 sampai 11: {0}",
    "# {0} - value",
    "REJ_Desil=Desil harus 1 sampai 10: {0}",
    "# {0} - column",
    "# {1} - value",
    "REJ_Flag=Nilai {0} harus 1/0 atau Ya/Tidak: {1}",
    "# {0} - value",
    "REJ_Kelurahan=Kelurahan tidak dikenal di Jakarta Pusat: {0}",
    "# {0} - value",
    "REJ_Field=Isi kolom terlalu panjang: {0}"
})
final class DtsenRowParser {

    /** What a row became: exactly one of row or reason is set. */
    record Parsed(DtsenRow row, String reason) {
    }

    private static final int MAX_FIELD = 1000;
    private static final int IDDTKS = DtsenField.IDDTKS.ordinal();
    private static final int NAMA = DtsenField.NAMA.ordinal();
    private static final int NIK = DtsenField.NIK.ordinal();
    private static final int KK = DtsenField.NOMOR_KK.ordinal();
    private static final int BORN = DtsenField.TANGGAL_LAHIR.ordinal();
    private static final int SEX = DtsenField.JENIS_KELAMIN.ordinal();
    private static final int SHDK = DtsenField.HUBUNGAN_KELUARGA.ordinal();
    private static final int DESIL = DtsenField.DESIL.ordinal();
    private static final int PKH = DtsenField.PKH.ordinal();
    private static final int BPNT = DtsenField.BPNT.ordinal();
    private static final int PBI = DtsenField.PBI_JK.ordinal();
    private static final int KEL = DtsenField.KELURAHAN.ordinal();

    private final int[] col = new int[DtsenField.values().length];
    private final int width;
    private final FastIdentity identity;
    private final Map<String, Optional<String>> kelurahanCache = new HashMap<>();
    private final int thisYear;

    DtsenRowParser(Map<DtsenField, Integer> mapping, int headerWidth, LocalDate today) {
        java.util.Arrays.fill(col, -1);
        mapping.forEach((f, i) -> col[f.ordinal()] = i);
        this.width = headerWidth;
        this.identity = new FastIdentity(today);
        this.thisYear = today.getYear();
    }

    /**
     * The row, or why it is rejected. Rows go through {@link #accept}, a compact check that only
     * says yes or no; a row it refuses goes through {@link #explain}, every check again with its
     * message. Why two: one method with every check, its message and conversions inlined grew to
     * 7 KB of inlined bytecode that the JIT compiled three times in a 100,000-row import (about
     * 0.45 s of a 2-core machine's CPU, while the import ran, the writer's own code waiting in the
     * compiler's queue behind it); the rejected rows (0.1 %) do not need the fast path.
     */
    Parsed parse(CsvRecords.Record r) {
        if (r.problem() == null && r.fields().size() == width) {
            String[] v = values(r.fields());
            if (v != null) {
                DtsenRow row = accept(v);
                if (row != null) {
                    return new Parsed(row, null);
                }
            }
        }
        return explain(r);
    }

    /** The mapped fields in {@link DtsenField} order, trimmed, blank as null; null when any field is too long. */
    private String[] values(List<String> f) {
        for (int i = 0, n = f.size(); i < n; i++) {
            if (f.get(i).length() > MAX_FIELD) {
                return null;
            }
        }
        String[] v = new String[col.length];
        for (int i = 0; i < col.length; i++) {
            int c = col[i];
            if (c >= 0) {
                v[i] = blankToNull(f.get(c));
            }
        }
        return v;
    }

    /**
     * The row when every check passes, else null (then {@link #explain} decides, and says why).
     * Accepts exactly what {@code explain} accepts, converted the same way, through the same
     * helpers; where a check is cheaper here (the NIK's and KK's shape) a row it refuses still
     * gets the full check there.
     */
    private DtsenRow accept(String[] v) {
        String id = v[IDDTKS];
        String nama = v[NAMA];
        if (id == null || id.length() > 64 || nama == null) {
            return null;
        }
        String nik = v[NIK];
        String kk = v[KK];
        if ((nik != null && !identity.validNik(nik)) || (kk != null && !identity.validKk(kk))) {
            return null;
        }
        String born = v[BORN];
        String iso = born == null ? null : isoDate(born);
        if (born != null && iso == null) {
            return null;
        }
        String sex = v[SEX] == null ? null : sexCode(v[SEX]);
        if (v[SEX] != null && sex == null) {
            return null;
        }
        Integer shdk = v[SHDK] == null ? null : shdk(v[SHDK]);
        Integer desil = v[DESIL] == null ? null : smallInt(v[DESIL]);
        if ((v[SHDK] != null && shdk == null) || (v[DESIL] != null && (desil == null || desil < 1 || desil > 10))) {
            return null;
        }
        int pkh = flag(v[PKH]);
        int bpnt = flag(v[BPNT]);
        int pbi = flag(v[PBI]);
        if ((pkh | bpnt | pbi) < 0) {
            return null;
        }
        String kel = null;
        if (v[KEL] != null) {
            Optional<String> k = kelurahan(v[KEL]);
            if (k.isEmpty()) {
                return null;
            }
            kel = k.get();
        }
        return new DtsenRow(id, nik, kk, nama, iso, v[DtsenField.TEMPAT_LAHIR.ordinal()], sex, v[DtsenField.NAMA_IBU.ordinal()],
                shdk, v[DtsenField.ALAMAT.ordinal()], v[DtsenField.RT.ordinal()], v[DtsenField.RW.ordinal()], kel, desil, pkh, bpnt, pbi);
    }

    /**
     * {@link Sex#parse}'s code for the value, null when unknown. One letter or digit (nearly every
     * row) is read here: the same answers as {@code Sex.parse}, without its lower-cased copy and
     * string switch on every row (the JIT's second-largest compile of the reader).
     */
    static String sexCode(String t) {
        if (t.length() == 1) {
            return switch (t.charAt(0)) {
                case 'L', 'l', '1', 'M', 'm' -> Sex.LAKI_LAKI.code();
                case 'P', 'p', '2', 'F', 'f', 'W', 'w' -> Sex.PEREMPUAN.code();
                default -> null;
            };
        }
        Sex s = Sex.parse(t);
        return s == null ? null : s.code();
    }

    private Optional<String> kelurahan(String text) {
        return kelurahanCache.computeIfAbsent(text, t -> ReferenceData.get().findKelurahan(t).map(Kelurahan::kode));
    }

    /**
     * Every check in order, with the first failure's message: the rows {@link #accept} refused.
     * Package-private for the test that both decide alike.
     */
    Parsed explain(CsvRecords.Record r) {
        if (r.problem() != null) {
            return reject(CsvRecords.UNCLOSED_QUOTE.equals(r.problem()) ? Bundle.REJ_UnclosedQuote()
                    : Bundle.REJ_TooLong(String.valueOf(CsvRecords.MAX_RECORD_CHARS)));
        }
        List<String> f = r.fields();
        if (f.size() != width) {
            return reject(Bundle.REJ_FieldCount(f.size(), width));
        }
        for (String v : f) {
            if (v.length() > MAX_FIELD) {
                return reject(Bundle.REJ_Field(v.substring(0, 40) + "…"));
            }
        }
        String id = get(f, DtsenField.IDDTKS);
        if (id == null) {
            return reject(Bundle.REJ_NoId());
        }
        if (id.length() > 64) {
            return reject(Bundle.REJ_IdTooLong());
        }
        String nama = get(f, DtsenField.NAMA);
        if (nama == null) {
            return reject(Bundle.REJ_NoName());
        }
        String nik = get(f, DtsenField.NIK);
        if (nik != null) {
            String e = identity.nikError(nik);
            if (e != null) {
                return reject(Bundle.REJ_Nik(e));
            }
        }
        String kk = get(f, DtsenField.NOMOR_KK);
        if (kk != null) {
            String e = identity.kkError(kk);
            if (e != null) {
                return reject(Bundle.REJ_Kk(e));
            }
        }
        String born = get(f, DtsenField.TANGGAL_LAHIR);
        String iso = null;
        if (born != null) {
            iso = isoDate(born);
            if (iso == null) {
                return reject(Bundle.REJ_Date(born));
            }
        }
        String sexText = get(f, DtsenField.JENIS_KELAMIN);
        String sex = null;
        if (sexText != null) {
            sex = sexCode(sexText);
            if (sex == null) {
                return reject(Bundle.REJ_Sex(sexText));
            }
        }
        Integer shdk = null;
        String shdkText = get(f, DtsenField.HUBUNGAN_KELUARGA);
        if (shdkText != null) {
            shdk = shdk(shdkText);
            if (shdk == null) {
                return reject(Bundle.REJ_Shdk(shdkText));
            }
        }
        Integer desil = null;
        String desilText = get(f, DtsenField.DESIL);
        if (desilText != null) {
            desil = smallInt(desilText);
            if (desil == null || desil < 1 || desil > 10) {
                return reject(Bundle.REJ_Desil(desilText));
            }
        }
        int pkh = flag(get(f, DtsenField.PKH));
        int bpnt = flag(get(f, DtsenField.BPNT));
        int pbi = flag(get(f, DtsenField.PBI_JK));
        if (pkh < 0 || bpnt < 0 || pbi < 0) {
            DtsenField bad = pkh < 0 ? DtsenField.PKH : bpnt < 0 ? DtsenField.BPNT : DtsenField.PBI_JK;
            return reject(Bundle.REJ_Flag(bad.headers().get(0).toUpperCase(Locale.ROOT), get(f, bad)));
        }
        String kelText = get(f, DtsenField.KELURAHAN);
        String kel = null;
        if (kelText != null) {
            Optional<String> k = kelurahan(kelText);
            if (k.isEmpty()) {
                return reject(Bundle.REJ_Kelurahan(kelText));
            }
            kel = k.get();
        }
        return new Parsed(new DtsenRow(id, nik, kk, nama, iso, get(f, DtsenField.TEMPAT_LAHIR), sex,
                get(f, DtsenField.NAMA_IBU), shdk, get(f, DtsenField.ALAMAT), get(f, DtsenField.RT), get(f, DtsenField.RW),
                kel, desil, pkh, bpnt, pbi), null);
    }

    private static Parsed reject(String reason) {
        return new Parsed(null, reason);
    }

    /** The trimmed value of a mapped field; null when unmapped or blank. */
    private String get(List<String> f, DtsenField field) {
        int i = col[field.ordinal()];
        if (i < 0) {
            return null;
        }
        return blankToNull(f.get(i));
    }

    private static String blankToNull(String v) {
        if (v.isEmpty()) {
            return null;
        }
        if (v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ') {
            v = v.trim();
            return v.isEmpty() ? null : v;
        }
        return v;
    }

    /** {@code 1945-08-17}, {@code 17-08-1945}, {@code 17/08/1945} or {@code 17.08.1945} as ISO; null when not a real date. */
    String isoDate(String t) {
        int y;
        int m;
        int d;
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            y = digits(t, 0, 4);
            m = digits(t, 5, 2);
            d = digits(t, 8, 2);
        } else if (t.length() == 10 && (t.charAt(2) == '-' || t.charAt(2) == '/' || t.charAt(2) == '.') && t.charAt(5) == t.charAt(2)) {
            d = digits(t, 0, 2);
            m = digits(t, 3, 2);
            y = digits(t, 6, 4);
        } else {
            return null;
        }
        if (y < 1880 || y > thisYear || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
            return null;
        }
        // Already ISO: the field itself (no new string); otherwise the ISO text built directly,
        // not through LocalDate (a million rows).
        if (t.charAt(4) == '-') {
            return t;
        }
        char[] iso = {t.charAt(6), t.charAt(7), t.charAt(8), t.charAt(9), '-', t.charAt(3), t.charAt(4), '-', t.charAt(0), t.charAt(1)};
        return new String(iso);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(String t, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Integer smallInt(String t) {
        if (t.length() > 2) {
            return null;
        }
        int v = digits(t, 0, t.length());
        return v < 0 ? null : v;
    }

    private static Integer shdk(String t) {
        Integer n = smallInt(t);
        if (n != null) {
            return Shdk.of(n) == null ? null : n;
        }
        String l = t.toLowerCase(Locale.ROOT);
        for (Shdk s : Shdk.values()) {
            if (s.label().toLowerCase(Locale.ROOT).equals(l)) {
                return s.code();
            }
        }
        return null;
    }

    /** 1, 0 or -1 for a value that is no flag. Empty counts as 0 (not a recipient). */
    private static int flag(String t) {
        if (t == null) {
            return 0;
        }
        // The usual values first, without lower-casing a copy.
        if (t.length() == 1 && (t.charAt(0) == '0' || t.charAt(0) == '1')) {
            return t.charAt(0) - '0';
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "1", "y", "ya", "yes", "true", "t" -> 1;
            case "0", "n", "tidak", "no", "false", "f", "-" -> 0;
            default -> -1;
        };
    }
}
