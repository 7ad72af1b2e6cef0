package id.pilar.core.api.security;

import org.openide.util.NbBundle.Messages;

/** The user texts of the sensitive kinds (roles screen, refusals). */
@Messages({
    "SENS_NIK_KK=Lihat NIK dan nomor KK tanpa disamarkan",
    "SENS_HEALTH=Lihat data kesehatan tanpa disamarkan",
    "SENS_CASE_NOTES=Lihat catatan kasus tanpa disamarkan",
    "SENS_REPORTER=Lihat identitas pelapor tanpa disamarkan",
    "# {0} - permission description",
    "ERR_AccessDenied=Akses ditolak: peran Anda tidak mengizinkan tindakan ini ({0}). Mintalah Supervisor atau Admin bila Anda memerlukannya."
})
final class SensitiveTexts {

    private SensitiveTexts() {
    }

    static String description(AccessControl.Sensitive kind) {
        return switch (kind) {
            case NIK_KK -> Bundle.SENS_NIK_KK();
            case HEALTH -> Bundle.SENS_HEALTH();
            case CASE_NOTES -> Bundle.SENS_CASE_NOTES();
            case REPORTER -> Bundle.SENS_REPORTER();
        };
    }

    static String denied(Permission permission) {
        return Bundle.ERR_AccessDenied(decapitalize(permission.description()));
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
