package id.pilar.cases.api;

import java.util.Locale;

/** How names in files and lists are compared: any case, spaces and underscores alike. */
final class Words {

    private Words() {
    }

    static String key(String text) {
        return text == null ? "" : text.replace('\uFEFF', ' ').trim().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }

    /**
     * The Indonesian label whatever the user's locale, for files written in Indonesian: the
     * status names of the import's {@code status} column (a file contract), not texts shown.
     */
    static String indonesian(CaseStatus s) {
        return switch (s) {
            case BARU -> "Baru";
            case ASESMEN -> "Asesmen";
            case RENCANA -> "Rencana Intervensi"; // TextRules: data (file vocabulary)
            case LAYANAN -> "Layanan";
            case PEMANTAUAN -> "Pemantauan";
            case DITUTUP -> "Ditutup";
            case DIBUKA_KEMBALI -> "Dibuka Kembali"; // TextRules: data (file vocabulary)
        };
    }
}
