package id.pilar.registry.impl.demo;

import id.pilar.core.api.reference.Kelurahan;
import id.pilar.registry.api.Shdk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Makes households and people, deterministic for a seed: the same seed gives the same people in
 * the same order, which is how the DTSEN writer and the registry generator agree on NIKs.
 *
 * <p>NIKs are valid and consistent with birth date, sex and region (the kecamatan of the
 * address for people born in Jakarta Pusat, another province for migrants); KK numbers carry
 * the kecamatan and the date the KK was issued. Birth years start in 1931 so the two-digit year
 * of the NIK is never ambiguous.
 */
public final class PersonFactory {

    /** Regions (PP KK CC) migrants come from: Bogor, Bandung, Semarang, Surabaya, Medan, Padang, Tangerang, Jakarta Timur. */
    private static final String[] MIGRANT_REGIONS = {"320101", "327301", "337401", "357801", "127101", "137101", "367101", "317501"};
    private static final String[] PLACES = {"Jakarta", "Jakarta", "Jakarta", "Bogor", "Bandung", "Semarang", "Surabaya", "Medan",
        "Padang", "Tegal", "Cirebon", "Brebes", "Garut", "Tasikmalaya", "Solo", "Yogyakarta"};
    private static final String[] STREETS = {"Jl. Kramat Raya", "Jl. Kramat Sentiong", "Jl. Pasar Baru", "Jl. Gunung Sahari",
        "Jl. Senen Raya", "Jl. Tanah Abang", "Jl. Kebon Kacang", "Jl. Petamburan", "Jl. Cempaka Putih Tengah", "Jl. Johar Baru",
        "Jl. Kemayoran Gempol", "Jl. Serdang", "Jl. Utan Panjang", "Jl. Galur", "Jl. Tanah Tinggi", "Gg. Mawar", "Gg. Melati",
        "Gg. Kenari", "Jl. Salemba Tengah", "Jl. Paseban", "Jl. Cikini Raya", "Jl. Menteng Pulo", "Jl. Bendungan Hilir"};
    private static final String[] HOTSPOTS = {"Stasiun Senen", "Pasar Tanah Abang", "Kolong Tol Kemayoran", "Taman Monas",
        "Kolong Jembatan Galur", "Terminal Senen", "Pasar Baru", "Stasiun Tanah Abang", "Bundaran HI", "Taman Suropati"};
    private static final String[] COMMON_PPKS = {"PPKS-24", "PPKS-24", "PPKS-24", "PPKS-08", "PPKS-09", "PPKS-23", "PPKS-02",
        "PPKS-04", "PPKS-25", "PPKS-19", "PPKS-15"};
    private static final String[] STREET_PPKS = {"PPKS-11", "PPKS-12", "PPKS-13", "PPKS-04"};
    private static final String[] DISABILITIES = {"Disabilitas fisik", "Disabilitas netra", "Disabilitas rungu wicara",
        "Disabilitas mental", "Disabilitas intelektual"};

    private final Random r;
    /** Planted duplicates draw from their own source, so the people themselves do not depend on the rate. */
    private final Random dup;
    private long dupCounter;
    private final List<Kelurahan> kelurahan;
    private final long[] cumulative;
    private final double duplicateRate;
    private final Map<String, Integer> serials = new HashMap<>();
    private long idCounter;
    private final long idBase;

    /**
     * @param duplicateRate share of people who get a planted near-duplicate record (0.02 = 2%)
     */
    public PersonFactory(long seed, List<Kelurahan> kelurahan, double duplicateRate) {
        this.r = new Random(seed);
        this.dup = new Random(seed ^ 0xD0B1E5L);
        this.kelurahan = kelurahan;
        this.duplicateRate = duplicateRate;
        this.cumulative = new long[kelurahan.size()];
        long sum = 0;
        for (int i = 0; i < kelurahan.size(); i++) {
            sum += Math.max(1, kelurahan.get(i).penduduk2024());
            cumulative[i] = sum;
        }
        // Ids look like version-7 UUIDs from a fixed instant, so they sort in creation order and repeat per seed.
        this.idBase = 0x0190_0000_0000L + (seed & 0xFFFFL);
    }

    private String nextId() {
        return id(idCounter++, r);
    }

    /** Duplicates count from the top of the id space, so they never shift the ids of real people. */
    private String nextDuplicateId() {
        return id((1L << 40) + dupCounter++, dup);
    }

    private String id(long n, Random source) {
        long msb = ((idBase + (n >>> 12)) << 16) | 0x7000L | (n & 0xFFF);
        long lsb = (source.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private Kelurahan pickKelurahan() {
        long x = (long) (r.nextDouble() * cumulative[cumulative.length - 1]);
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return kelurahan.get(i);
            }
        }
        return kelurahan.get(kelurahan.size() - 1);
    }

    /** The next household; about 3% are single people without a fixed address. */
    public GeneratedHousehold next() {
        Kelurahan kel = pickKelurahan();
        String region = kel.kodeKecamatan().replace(".", "");
        int desil = 1 + (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * 10);
        boolean pkh = desil <= 4 && r.nextInt(10) < 6;
        boolean bpnt = desil <= 5 && r.nextInt(10) < 7;
        boolean pbi = desil <= 5 && r.nextInt(10) < 8;
        if (r.nextInt(100) < 3) {
            return new GeneratedHousehold(nextId(), null, null, List.of(homeless()), desil, false, false, false, false);
        }
        NameBank.Tradition t = NameBank.tradition(r);
        String family = NameBank.family(r, t);
        LocalDate issued = LocalDate.of(2005 + r.nextInt(21), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String kk = region + ddmmyy(issued, false) + String.format("%04d", serial(region + ddmmyy(issued, false)));
        String street = STREETS[r.nextInt(STREETS.length)] + " No. " + (1 + r.nextInt(120));
        String rt = String.format("%03d", 1 + r.nextInt(15));
        String rw = String.format("%03d", 1 + r.nextInt(12));
        List<GeneratedPerson> members = new ArrayList<>();
        boolean headFemale = r.nextInt(6) == 0;
        LocalDate headBorn = birth(25, 75);
        members.add(person(t, family, headFemale, headBorn, region, kel, street, rt, rw, kk, Shdk.KEPALA_KELUARGA));
        if (!headFemale && r.nextInt(10) < 8) {
            members.add(person(t, null, true, headBorn.plusYears(r.nextInt(8)).plusDays(r.nextInt(300)), region, kel, street, rt, rw, kk, Shdk.ISTRI));
        }
        int children = r.nextInt(4);
        for (int i = 0; i < children; i++) {
            LocalDate born = headBorn.plusYears(20 + r.nextInt(18)).plusDays(r.nextInt(365));
            if (born.isAfter(LocalDate.of(2025, 12, 31))) {
                born = LocalDate.of(2020 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28));
            }
            members.add(person(t, family, r.nextBoolean(), born, region, kel, street, rt, rw, kk, Shdk.ANAK));
        }
        if (r.nextInt(12) == 0 && headBorn.getYear() >= 1960) {
            members.add(person(t, null, r.nextBoolean(), birth(70, 92), region, kel, street, rt, rw, kk, Shdk.ORANG_TUA));
        }
        List<GeneratedPerson> withDuplicates = new ArrayList<>(members);
        for (GeneratedPerson p : members) {
            if (dup.nextDouble() < duplicateRate) {
                withDuplicates.add(duplicate(p));
            }
        }
        return new GeneratedHousehold(nextId(), kk, issued, withDuplicates, desil, r.nextInt(10) < 7, pkh, bpnt, pbi);
    }

    private LocalDate birth(int minAge, int maxAge) {
        int age = minAge + r.nextInt(Math.max(1, maxAge - minAge));
        LocalDate d = LocalDate.of(2026 - age, 1 + r.nextInt(12), 1 + r.nextInt(28));
        return d.getYear() < 1931 ? d.withYear(1931) : d;
    }

    private GeneratedPerson person(NameBank.Tradition t, String family, boolean female, LocalDate born, String region, Kelurahan kel,
            String street, String rt, String rw, String kk, Shdk shdk) {
        String nikRegion = r.nextInt(5) == 0 ? MIGRANT_REGIONS[r.nextInt(MIGRANT_REGIONS.length)] : region;
        String nik = nik(nikRegion, born, female);
        String name = NameBank.name(r, t, female, family);
        String place = nikRegion.startsWith("3171") ? "Jakarta" : PLACES[r.nextInt(PLACES.length)];
        String phone = r.nextInt(3) == 0 ? "+628" + (1 + r.nextInt(9)) + String.format("%09d", r.nextInt(1_000_000_000)) : null;
        String disability = r.nextInt(40) == 0 ? DISABILITIES[r.nextInt(DISABILITIES.length)] : null;
        List<String> cats = new ArrayList<>();
        if (r.nextInt(100) < 35) {
            cats.add(COMMON_PPKS[r.nextInt(COMMON_PPKS.length)]);
        }
        if (disability != null) {
            cats.add("PPKS-09");
        }
        return new GeneratedPerson(nextId(), nik, name, null, female ? "P" : "L", place, born, null, NameBank.mother(r), street, rt, rw,
                kel.kode(), false, null, phone, disability, cats, kk, shdk.code(), null);
    }

    private GeneratedPerson homeless() {
        boolean female = r.nextInt(4) == 0;
        NameBank.Tradition t = NameBank.tradition(r);
        String name = NameBank.name(r, t, female, null);
        boolean known = r.nextInt(10) < 3;
        LocalDate born = birth(15, 80);
        String nik = known ? nik(MIGRANT_REGIONS[r.nextInt(MIGRANT_REGIONS.length)], born, female) : null;
        List<String> cats = new ArrayList<>(List.of(STREET_PPKS[r.nextInt(STREET_PPKS.length)]));
        return new GeneratedPerson(nextId(), nik, name, NameBank.alias(r, name, female), female ? "P" : "L", null, known ? born : null,
                known ? null : born.getYear(), null, null, null, null, null, true, HOTSPOTS[r.nextInt(HOTSPOTS.length)], null, null,
                cats, null, 0, null);
    }

    /** Another record of the same person, as a second clerk would have typed it. */
    private GeneratedPerson duplicate(GeneratedPerson p) {
        String nik = dup.nextBoolean() ? p.nik() : null;
        LocalDate born = p.tanggalLahir();
        if (born != null && dup.nextInt(5) == 0) {
            born = born.getDayOfMonth() < 28 ? born.plusDays(1) : born.minusDays(1);
            nik = null;
        }
        String street = dup.nextBoolean() ? p.alamatJalan() : STREETS[dup.nextInt(STREETS.length)];
        return new GeneratedPerson(nextDuplicateId(), nik, SpellingVariants.vary(dup, p.nama()), p.alias(), p.jenisKelamin(), p.tempatLahir(), born,
                p.tahunPerkiraan(), dup.nextBoolean() ? p.namaIbu() : null, p.tanpaAlamat() ? null : street, p.rt(), p.rw(),
                p.kodeKelurahan(), p.tanpaAlamat(), p.lokasiTerakhir(), null, p.disabilitas(), p.kategori(), null, 0, p.id());
    }

    private String nik(String region, LocalDate born, boolean female) {
        String date = ddmmyy(born, female);
        return region + date + String.format("%04d", serial(region + date));
    }

    private int serial(String key) {
        return serials.merge(key, 1, Integer::sum);
    }

    private static String ddmmyy(LocalDate d, boolean female) {
        return String.format("%02d%02d%02d", d.getDayOfMonth() + (female ? 40 : 0), d.getMonthValue(), d.getYear() % 100);
    }
}
