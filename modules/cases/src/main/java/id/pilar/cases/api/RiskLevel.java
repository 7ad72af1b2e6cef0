package id.pilar.cases.api;

import org.openide.util.NbBundle.Messages;

/** How urgent a case is. */
@Messages({"RISK_RENDAH=Rendah", "RISK_SEDANG=Sedang", "RISK_TINGGI=Tinggi"})
public enum RiskLevel {
    RENDAH, SEDANG, TINGGI;

    public String label() {
        return switch (this) {
            case RENDAH -> Bundle.RISK_RENDAH();
            case SEDANG -> Bundle.RISK_SEDANG();
            case TINGGI -> Bundle.RISK_TINGGI();
        };
    }
}
