package id.pilar.intake.api;

import org.openide.util.NbBundle.Messages;

/** Where a report stands: new until triaged, then one of the four triage outcomes. */
@Messages({
    "ST_BARU=Baru", "ST_DITAUTKAN=Ditautkan", "ST_KASUS=Kasus dibuka", "ST_DUPLIKAT=Duplikat", "ST_DITUTUP=Ditutup tanpa tindakan"
})
public enum ReportStatus {
    BARU, DITAUTKAN, KASUS, DUPLIKAT, DITUTUP;

    public String label() {
        return switch (this) {
            case BARU -> Bundle.ST_BARU();
            case DITAUTKAN -> Bundle.ST_DITAUTKAN();
            case KASUS -> Bundle.ST_KASUS();
            case DUPLIKAT -> Bundle.ST_DUPLIKAT();
            case DITUTUP -> Bundle.ST_DITUTUP();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
