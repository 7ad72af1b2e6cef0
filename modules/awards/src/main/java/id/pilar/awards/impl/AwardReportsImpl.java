package id.pilar.awards.impl;

import id.pilar.awards.api.AwardReports;
import id.pilar.awards.api.AwardTable;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.PillarType;
import id.pilar.awards.impl.doc.TableFiles;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = AwardReports.class)
@Messages({
    "# {0} - from", "# {1} - to", "RPT_PerYear=Penghargaan yang dianugerahkan {0} s.d. {1}",
    "RPT_Year=Tahun", "RPT_Type=Jenis penghargaan", "RPT_Pillar=Jenis pilar", "RPT_Kecamatan=Kecamatan", "RPT_Count=Jumlah",
    "# {0} - date", "RPT_Pending=Usulan penghargaan yang menunggu per {0}",
    "RPT_Recipient=Penerima", "RPT_State=Status", "RPT_Level=Tingkat jalur", "RPT_Since=Menunggu sejak", "RPT_Days=Lama menunggu (hari)",
    "RPT_Flagged=Ditandai",
    "# {0} - award", "# {1} - date", "RPT_Eligibility=Kelayakan {0} per {1}",
    "RPT_Yes=ya", "RPT_No=tidak", "RPT_Soon=segera", "RPT_None=-"
})
public final class AwardReportsImpl implements AwardReports {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Transactions tx;

    public AwardReportsImpl() {
        this(null);
    }

    public AwardReportsImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public AwardTable awardsPerYear(LocalDate from, LocalDate to) {
        AccessControl.get().require(AwardsPermissions.PRINT);
        Map<String, String> kecamatan = kecamatanNames();
        List<List<String>> rows = tx().query(c -> {
            List<List<String>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT SUBSTR(a.conferred_on, 1, 4), t.name, a.pillar_type, a.kecamatan_kode, COUNT(*) "
                    + "FROM awd_award a JOIN awd_type t ON t.id = a.type_id WHERE a.conferred_on BETWEEN ? AND ? "
                    + "GROUP BY SUBSTR(a.conferred_on, 1, 4), t.name, a.pillar_type, a.kecamatan_kode ORDER BY 1, 2, 3, 4")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String pillar = rs.getString(3) == null ? Bundle.RPT_None() : PillarType.valueOf(rs.getString(3)).label();
                        String kec = rs.getString(4) == null ? Bundle.RPT_None() : kecamatan.getOrDefault(rs.getString(4), rs.getString(4));
                        out.add(List.of(rs.getString(1), rs.getString(2), pillar, kec, Long.toString(rs.getLong(5))));
                    }
                }
            }
            return out;
        });
        return new AwardTable(Bundle.RPT_PerYear(DMY.format(from), DMY.format(to)),
                List.of(Bundle.RPT_Year(), Bundle.RPT_Type(), Bundle.RPT_Pillar(), Bundle.RPT_Kecamatan(), Bundle.RPT_Count()), rows);
    }

    @Override
    public AwardTable pendingNominations(LocalDate today) {
        AccessControl.get().require(AwardsPermissions.PRINT);
        List<Nomination> all = new NominationsImpl(tx(), null).list(null);
        List<List<String>> rows = all.stream().filter(n -> n.state().pending() || n.state() == NominationState.DRAFT)
                .sorted(Comparator.comparing(Nomination::stateSince))
                .map(n -> {
                    LocalDate since = n.stateSince().atZone(JAKARTA).toLocalDate();
                    return List.of(n.typeName(), n.name(), n.state().label(), n.levelName(), DMY.format(since),
                            Long.toString(ChronoUnit.DAYS.between(since, today)), n.flagged() ? Bundle.RPT_Yes() : Bundle.RPT_No());
                }).collect(Collectors.toList());
        return new AwardTable(Bundle.RPT_Pending(DMY.format(today)), List.of(Bundle.RPT_Type(), Bundle.RPT_Recipient(), Bundle.RPT_State(),
                Bundle.RPT_Level(), Bundle.RPT_Since(), Bundle.RPT_Days(), Bundle.RPT_Flagged()), rows);
    }

    /** The column names are a contract of the batch job ({@code nik;nama;layak;alasan} first): never translated. */
    @Override
    public AwardTable eligibilityTable(String typeCode, LocalDate asOf, List<Judgement> judgements) {
        AccessControl.get().require(AwardsPermissions.READ);
        Map<String, String> kecamatan = kecamatanNames();
        List<List<String>> rows = new ArrayList<>(judgements.size());
        for (Judgement j : judgements) {
            rows.add(List.of(j.nik() == null ? "" : j.nik(), j.name(), j.eligible() ? "ya" : "tidak", j.reason(),
                    j.tier() == null ? "" : j.tier(),
                    j.pillarTypes().stream().sorted().map(PillarType::label).collect(Collectors.joining(", ")),
                    j.kecamatanKode() == null ? "" : kecamatan.getOrDefault(j.kecamatanKode(), j.kecamatanKode()),
                    j.soonEligible() ? Bundle.RPT_Soon() : ""));
        }
        return new AwardTable(Bundle.RPT_Eligibility(typeCode, DMY.format(asOf)),
                List.of("nik", "nama", "layak", "alasan", "tingkat", "jenis_pilar", "kecamatan", "segera_layak"), rows);
    }

    private Map<String, String> kecamatanNames() {
        return tx().query(c -> {
            Map<String, String> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kode, nama FROM ref_kecamatan"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), rs.getString(2));
                }
            }
            return m;
        });
    }

    @Override
    public void exportXlsx(AwardTable table, Path file) throws IOException {
        AccessControl.get().require(AwardsPermissions.EXPORT);
        TableFiles.xlsx(table, file);
    }

    @Override
    public void exportPdf(AwardTable table, Path file) throws IOException {
        AccessControl.get().require(AwardsPermissions.PRINT);
        TableFiles.pdf(table, file);
    }

    @Override
    public void exportCsv(AwardTable table, Path file) throws IOException {
        AccessControl.get().require(AwardsPermissions.EXPORT);
        TableFiles.csv(table, file);
    }
}
