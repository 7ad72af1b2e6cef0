package id.pilar.rosters.ui;

import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ReportTable;
import id.pilar.rosters.api.RosterReports;
import id.pilar.ui.api.UiExecutor;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.openide.util.NbBundle.Messages;

/** Which report, for which period, and the table it produced. */
@Messages({
    "RPT_HoursMember=Jam layanan per anggota",
    "RPT_HoursOrganisation=Jam layanan per organisasi",
    "RPT_HoursType=Jam layanan per jenis pilar",
    "RPT_Deployments=Penugasan per anggota",
    "RPT_Wilayah=Anggota per kecamatan/kelurahan",
    "RPT_Continuous=Masa pengabdian berturut-turut",
    "ERR_Period=Isi tanggal awal dan akhir periode."
})
public final class ReportsViewModel extends ViewModel {

    /** The reports on offer; the last two read the period's end date only. */
    public enum Kind {
        HOURS_MEMBER(r -> r.reports().hoursByMember(r.period())),
        HOURS_ORGANISATION(r -> r.reports().hoursByOrganisation(r.period())),
        HOURS_TYPE(r -> r.reports().hoursByPillarType(r.period())),
        DEPLOYMENTS(r -> r.reports().deploymentsPerMember(r.period())),
        WILAYAH(r -> r.reports().membersPerWilayah(r.period().to())),
        CONTINUOUS(r -> r.reports().continuousService(r.period().to()));

        private final Function<Request, ReportTable> run;

        Kind(Function<Request, ReportTable> run) {
            this.run = run;
        }

        public String label() {
            return switch (this) {
                case HOURS_MEMBER -> Bundle.RPT_HoursMember();
                case HOURS_ORGANISATION -> Bundle.RPT_HoursOrganisation();
                case HOURS_TYPE -> Bundle.RPT_HoursType();
                case DEPLOYMENTS -> Bundle.RPT_Deployments();
                case WILAYAH -> Bundle.RPT_Wilayah();
                case CONTINUOUS -> Bundle.RPT_Continuous();
            };
        }
    }

    record Request(RosterReports reports, ReportPeriod period) {
    }

    private final ObjectProperty<ReportTable> table = new SimpleObjectProperty<>();

    public ReportsViewModel(UiExecutor ex) {
        super(ex);
    }

    public ObjectProperty<ReportTable> tableProperty() {
        return table;
    }

    public void run(Kind kind, LocalDate from, LocalDate to) {
        if (kind == null || from == null || to == null) {
            messageProperty().set(Bundle.ERR_Period());
            return;
        }
        messageProperty().set("");
        call(() -> build(kind, from, to), table::set);
    }

    /** Builds a report; also used by export, in the background job. */
    static ReportTable build(Kind kind, LocalDate from, LocalDate to) {
        return kind.run.apply(new Request(RosterReports.get(), new ReportPeriod(from, to)));
    }
}
