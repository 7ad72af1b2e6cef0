package id.pilar.cases.impl;

import id.pilar.cases.impl.model.CaseInstitutionEntity;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;

/** Referral states and the capacity of institutions. */
@Messages({
    "RF_MENUNGGU_IZIN=menunggu izin supervisor (lembaga penuh)", "RF_DIKIRIM=dikirim", "RF_DITERIMA=diterima",
    "RF_DITOLAK=ditolak", "RF_SELESAI=selesai", "RF_BATAL=batal"
})
final class Referrals {

    private Referrals() {
    }

    static String label(String status) {
        return switch (status) {
            case "MENUNGGU_IZIN" -> Bundle.RF_MENUNGGU_IZIN();
            case "DIKIRIM" -> Bundle.RF_DIKIRIM();
            case "DITERIMA" -> Bundle.RF_DITERIMA();
            case "DITOLAK" -> Bundle.RF_DITOLAK();
            case "SELESAI" -> Bundle.RF_SELESAI();
            default -> Bundle.RF_BATAL();
        };
    }

    static String institutionName(Session s, String id) {
        CaseInstitutionEntity i = s.find(CaseInstitutionEntity.class, id);
        return i == null ? "-" : i.nama;
    }

    /** Beds taken: accepted referrals not yet completed. */
    static int taken(Session s, String institutionId) {
        return s.createSelectionQuery("select count(*) from CaseReferralEntity where institutionId = :i and status = 'DITERIMA'", Long.class)
                .setParameter("i", institutionId).getSingleResult().intValue();
    }
}
