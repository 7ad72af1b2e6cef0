package id.pilar.registry.impl.demo;

import java.util.List;
import java.util.Random;

/**
 * Indonesian names as met in Jakarta Pusat, by sex and naming tradition. The mix is a rough
 * picture of the city (Betawi, Javanese and Sundanese most; Batak, Minang, Chinese-Indonesian
 * and Christian names less often), not a statistic.
 */
final class NameBank {

    enum Tradition { JAWA, SUNDA, BETAWI, BATAK, MINANG, TIONGHOA, KRISTEN, MUSLIM }

    private static final Tradition[] WEIGHTED = {
        Tradition.MUSLIM, Tradition.MUSLIM, Tradition.MUSLIM, Tradition.JAWA, Tradition.JAWA, Tradition.JAWA,
        Tradition.BETAWI, Tradition.BETAWI, Tradition.SUNDA, Tradition.SUNDA, Tradition.BATAK, Tradition.MINANG,
        Tradition.TIONGHOA, Tradition.KRISTEN};

    private static final List<String> JAWA_L = List.of("Budi", "Joko", "Bambang", "Slamet", "Agus", "Wahyu", "Eko", "Sugeng",
            "Hadi", "Sutrisno", "Darmo", "Purnomo", "Setiawan", "Haryanto", "Sugiarto", "Widodo", "Susilo", "Prasetyo", "Teguh", "Yanto");
    private static final List<String> JAWA_P = List.of("Sri", "Wulan", "Dewi", "Sumarni", "Endang", "Lestari", "Rini", "Tri",
            "Suminah", "Sulastri", "Kartini", "Wahyuni", "Ningsih", "Rahayu", "Puji", "Astuti", "Yuliani", "Sumiati");
    private static final List<String> SUNDA_L = List.of("Asep", "Ujang", "Dede", "Cecep", "Yayan", "Dadang", "Ade", "Engkos",
            "Iwan", "Aep", "Deden", "Jajang", "Ujang", "Acep");
    private static final List<String> SUNDA_P = List.of("Euis", "Neneng", "Iis", "Enok", "Imas", "Nining", "Cucu", "Lilis",
            "Popon", "Tati", "Yeyet", "Ela");
    private static final List<String> BETAWI = List.of("Mamat", "Udin", "Rojali", "Mansyur", "Sabeni", "Jaelani", "Rohim",
            "Juned", "Mat Solar", "Romli");
    private static final List<String> BETAWI_P = List.of("Saimah", "Juleha", "Romlah", "Munah", "Zaenab", "Mpok Nori", "Aminah", "Rodiah");
    private static final List<String> BATAK_L = List.of("Togar", "Parulian", "Maruli", "Binsar", "Horas", "Sahat", "Tigor", "Martua");
    private static final List<String> BATAK_P = List.of("Rosmawati", "Tiurma", "Nurmala", "Lasma", "Dormauli", "Rotua", "Friska");
    private static final List<String> MARGA = List.of("Siregar", "Simanjuntak", "Nainggolan", "Hutapea", "Sinaga", "Lubis",
            "Nasution", "Pardede", "Situmorang", "Harahap", "Panjaitan", "Sitompul");
    private static final List<String> MINANG_L = List.of("Syafrizal", "Zulkifli", "Yusrizal", "Afrizal", "Hendri", "Syahrul",
            "Erizal", "Darmawan");
    private static final List<String> MINANG_P = List.of("Nurhayati", "Rosmaini", "Yusnidar", "Asmawati", "Erniwati", "Syafni");
    private static final List<String> TIONGHOA_L = List.of("Hendra", "Ferry", "Willy", "Budi", "Andy", "Sugianto", "Hartono", "Johan");
    private static final List<String> TIONGHOA_P = List.of("Sherly", "Lina", "Susanti", "Meilani", "Lanny", "Yenny", "Mei Ling", "Fransiska");
    private static final List<String> TIONGHOA_FAMILY = List.of("Wijaya", "Halim", "Gunawan", "Santoso", "Tanoto", "Salim",
            "Kusuma", "Tanjaya", "Lim", "Tan");
    private static final List<String> KRISTEN_L = List.of("Yohanes", "Paulus", "Fransiskus", "Stefanus", "Yosef", "Petrus",
            "Markus", "Antonius", "Daniel", "Samuel");
    private static final List<String> KRISTEN_P = List.of("Maria", "Agnes", "Theresia", "Yohana", "Magdalena", "Elisabeth",
            "Veronika", "Debora", "Ruth", "Kristina");
    private static final List<String> MUSLIM_L = List.of("Muhammad", "Ahmad", "Abdul", "Rahmat", "Yusuf", "Hidayat", "Rizki",
            "Fajar", "Ilham", "Syaiful", "Arif", "Hasan", "Husein", "Ridwan", "Zainal", "Nur", "Faisal", "Hamzah", "Ismail", "Imam");
    private static final List<String> MUSLIM_P = List.of("Siti", "Nur", "Fatimah", "Aisyah", "Fitri", "Nurul", "Khadijah",
            "Zahra", "Aminah", "Halimah", "Rohmah", "Salma", "Annisa", "Indah", "Ratna", "Mariam");
    private static final List<String> MUSLIM_SECOND = List.of("Hidayat", "Rahman", "Hakim", "Fauzi", "Syahputra", "Ramadhan",
            "Saputra", "Maulana", "Hidayati", "Rahmawati", "Fitriani", "Aziz", "Hasanah", "Kurniawan", "Permana", "Nugroho");

    private NameBank() {
    }

    static Tradition tradition(Random r) {
        return WEIGHTED[r.nextInt(WEIGHTED.length)];
    }

    /** A full name for a tradition and sex; {@code family} carries a surname across a household (Batak marga, Chinese family name). */
    static String name(Random r, Tradition t, boolean female, String family) {
        return switch (t) {
            case JAWA -> pick(r, female ? JAWA_P : JAWA_L) + (r.nextInt(3) == 0 ? "" : " " + pick(r, female ? JAWA_P : JAWA_L));
            case SUNDA -> pick(r, female ? SUNDA_P : SUNDA_L) + " " + pick(r, female ? SUNDA_P : SUNDA_L);
            case BETAWI -> pick(r, female ? MUSLIM_P : MUSLIM_L) + " " + pick(r, female ? BETAWI_P : BETAWI);
            case BATAK -> pick(r, female ? BATAK_P : BATAK_L) + " " + (family != null ? family : pick(r, MARGA));
            case MINANG -> pick(r, female ? MINANG_P : MINANG_L) + (r.nextBoolean() ? "" : " " + pick(r, female ? MUSLIM_P : MUSLIM_L));
            case TIONGHOA -> pick(r, female ? TIONGHOA_P : TIONGHOA_L) + " " + (family != null ? family : pick(r, TIONGHOA_FAMILY));
            case KRISTEN -> pick(r, female ? KRISTEN_P : KRISTEN_L) + " " + pick(r, r.nextBoolean() ? MARGA : (female ? JAWA_P : JAWA_L));
            case MUSLIM -> pick(r, female ? MUSLIM_P : MUSLIM_L) + " " + pick(r, MUSLIM_SECOND)
                    + (r.nextInt(4) == 0 ? " " + pick(r, MUSLIM_SECOND) : "");
        };
    }

    /** The surname a household passes on, or null for traditions without one. */
    static String family(Random r, Tradition t) {
        return switch (t) {
            case BATAK -> pick(r, MARGA);
            case TIONGHOA -> pick(r, TIONGHOA_FAMILY);
            default -> null;
        };
    }

    /** A mother's name: women's names of any tradition. */
    static String mother(Random r) {
        Tradition t = tradition(r);
        return name(r, t, true, null);
    }

    /** A nickname as clerks record it for street people. */
    static String alias(Random r, String name, boolean female) {
        String first = name.split(" ")[0];
        String[] calls = female ? new String[] {"Mbak ", "Bu ", "Mpok ", "Teh ", "Neng "} : new String[] {"Pak ", "Bang ", "Mas ", "Kang ", "Cak "};
        return calls[r.nextInt(calls.length)] + (first.length() > 4 ? first.substring(first.length() - 3) : first);
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
