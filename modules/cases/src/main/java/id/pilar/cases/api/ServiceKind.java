package id.pilar.cases.api;

import org.openide.util.NbBundle.Messages;

/** Kinds of services delivered to a client. */
@Messages({
    "SVC_SHELTER=Penempatan di shelter/panti", "SVC_MAKANAN=Makanan", "SVC_KESEHATAN=Rujukan kesehatan",
    "SVC_DOKUMEN=Dokumen identitas", "SVC_PEMULANGAN=Pemulangan ke daerah asal", "SVC_BANSOS=Usulan bantuan sosial",
    "SVC_KONSELING=Konseling", "SVC_LAINNYA=Lainnya"
})
public enum ServiceKind {
    SHELTER, MAKANAN, KESEHATAN, DOKUMEN, PEMULANGAN, BANSOS, KONSELING, LAINNYA;

    public String label() {
        return switch (this) {
            case SHELTER -> Bundle.SVC_SHELTER();
            case MAKANAN -> Bundle.SVC_MAKANAN();
            case KESEHATAN -> Bundle.SVC_KESEHATAN();
            case DOKUMEN -> Bundle.SVC_DOKUMEN();
            case PEMULANGAN -> Bundle.SVC_PEMULANGAN();
            case BANSOS -> Bundle.SVC_BANSOS();
            case KONSELING -> Bundle.SVC_KONSELING();
            case LAINNYA -> Bundle.SVC_LAINNYA();
        };
    }
}
