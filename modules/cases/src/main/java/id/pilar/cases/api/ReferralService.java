package id.pilar.cases.api;

import java.time.LocalDate;
import java.util.List;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;

/**
 * The institution directory and referrals. Free capacity = beds − clients accepted and not yet
 * completed. A referral to a full institution waits for a supervisor's override (approval queue).
 */
public interface ReferralService {

    List<Institution> institutions();

    Institution saveInstitution(Institution institution);

    /**
     * Refers a case. When the institution has no free bed the referral is not sent: it goes to the
     * supervisors' queue ({@link Referral#status()} {@code MENUNGGU_IZIN}) and {@link Referral#penuh()} is true.
     */
    Referral refer(String caseId, String institutionId, LocalDate tanggal, String alasan);

    /** DIKIRIM → DITERIMA or DITOLAK; DITERIMA → SELESAI. */
    Referral advance(String referralId, String status, String catatan);

    List<Referral> forCase(String caseId);

    static ReferralService get() {
        return Lookup.getDefault().lookup(ReferralService.class);
    }

    @Messages({
        "IK_PANTI_SOSIAL=Panti sosial", "IK_RUMAH_SAKIT=Rumah sakit", "IK_LKS=Lembaga kesejahteraan sosial (LKS)", "IK_INSTANSI_LAIN=Instansi lain"
    })
    enum InstitutionKind {
        PANTI_SOSIAL, RUMAH_SAKIT, LKS, INSTANSI_LAIN;

        public String label() {
            return switch (this) {
                case PANTI_SOSIAL -> Bundle.IK_PANTI_SOSIAL();
                case RUMAH_SAKIT -> Bundle.IK_RUMAH_SAKIT();
                case LKS -> Bundle.IK_LKS();
                case INSTANSI_LAIN -> Bundle.IK_INSTANSI_LAIN();
            };
        }
    }

    /** @param terisi beds taken by accepted referrals; {@code id} null for a new institution */
    record Institution(String id, String nama, InstitutionKind jenis, String alamat, String kontak, int kapasitas, int terisi) {
        public int sisa() {
            return Math.max(0, kapasitas - terisi);
        }

        /** Capacity 0 means the institution has no beds (Dukcapil, a legal-aid office): it is never full. */
        public boolean tanpaTempatTidur() {
            return kapasitas == 0;
        }

        /** Every bed taken: a referral then needs a supervisor's override. */
        public boolean penuh() {
            return kapasitas > 0 && terisi >= kapasitas;
        }
    }

    /** @param status the state's code ({@code DIKIRIM}, {@code MENUNGGU_IZIN} …); {@code keadaan} the same in the user's words */
    record Referral(String id, String caseId, String institutionId, String lembaga, String status, String keadaan, LocalDate tanggal,
            String alasan, String izinOleh, String catatan, boolean penuh) {
    }
}
