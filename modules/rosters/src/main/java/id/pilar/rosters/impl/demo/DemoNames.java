package id.pilar.rosters.impl.demo;

import java.util.List;
import java.util.Random;

/** Indonesian names for demo members: common given names by sex and family or second names. */
final class DemoNames {

    static final List<String> MALE = List.of("Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Rudi", "Slamet",
            "Teguh", "Wahyu", "Yusuf", "Ahmad", "Bambang", "Dimas", "Fikri", "Gilang", "Hadi", "Ilham", "Rizky", "Muhammad",
            "Arif", "Bayu", "Dani", "Hasan", "Iwan", "Kurniawan", "Nanda", "Rahmat", "Sigit", "Taufik");
    static final List<String> FEMALE = List.of("Siti", "Sri", "Dewi", "Rina", "Wulan", "Ayu", "Fitri", "Indah", "Lestari", "Nur",
            "Putri", "Ratna", "Sari", "Yuni", "Ani", "Dian", "Eka", "Maya", "Nia", "Rahmawati", "Susanti", "Tuti", "Wati",
            "Yanti", "Aisyah", "Anisa", "Desi", "Kartika", "Lina", "Melati", "Novi", "Rini");
    static final List<String> FAMILY = List.of("Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Setiawan",
            "Nugroho", "Siregar", "Simanjuntak", "Nasution", "Harahap", "Lubis", "Sitompul", "Rahman", "Hakim", "Gunawan",
            "Susanto", "Wibowo", "Purnomo", "Suryadi", "Permana", "Hutapea", "Manurung", "Tanjung", "Lestari", "Anggraini",
            "Maulana", "Firmansyah", "Ramadhan", "Syahputra", "Utami");

    private DemoNames() {
    }

    static String name(Random r, boolean female) {
        String given = (female ? FEMALE : MALE).get(r.nextInt(female ? FEMALE.size() : MALE.size()));
        return given + " " + FAMILY.get(r.nextInt(FAMILY.size()));
    }
}
