package id.pilar.awards.impl;

import id.pilar.awards.api.AwardTable;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Judgement;
import id.pilar.core.api.error.PilarException;
import id.pilar.core.spi.BatchCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Awards jobs without a window: {@code --awards-eligibility CODE --awards-as-of dd/MM/yyyy
 * --awards-out FILE.csv|.xlsx} judges every member (or organisation) for one award;
 * {@code --awards-certificate NUMBER --awards-out FILE.pdf} prints a conferred award's certificate.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_awardsEligibility=menilai kelayakan semua anggota (atau organisasi) untuk penghargaan KODE, misalnya SLKS",
    "OPT_awardsAsOf=tanggal acuan penilaian (dd/mm/yyyy; bawaan hari ini)",
    "OPT_awardsOut=berkas hasil: .csv atau .xlsx untuk kelayakan, .pdf untuk piagam",
    "OPT_awardsCertificate=mencetak piagam penghargaan bernomor NOMOR (cetakan ulang ditandai SALINAN)",
    "ERR_AwardsNoOut=Sebutkan berkas hasil dengan --awards-out BERKAS.",
    "# {0} - text", "ERR_AwardsBadDate=Tanggal tidak ada atau tidak terbaca: {0} (tulis dd/mm/yyyy, contoh 20/12/2026).",
    "# {0} - file", "ERR_AwardsBadExtension=Berkas kelayakan harus berakhiran .csv atau .xlsx: {0}",
    "# {0} - file", "ERR_AwardsPdfExtension=Berkas piagam harus berakhiran .pdf: {0}",
    "# {0} - rows", "# {1} - eligible", "# {2} - file", "MSG_EligibilityWritten={0} baris ({1} layak) ditulis ke {2}",
    "# {0} - number", "# {1} - file", "MSG_CertificateWritten=Piagam {0} ditulis ke {1}",
    "# {0} - number", "# {1} - file", "MSG_CertificateCopyWritten=Piagam {0} (SALINAN) ditulis ke {1}",
    "# {0} - message", "MSG_AwardsFailed=GAGAL: {0}"
})
public final class AwardsBatchCommand implements BatchCommand {

    static final int FAILED = 3;
    private static final String BUNDLE = "id.pilar.awards.impl.Bundle";

    static final Option ELIGIBILITY = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "awards-eligibility"), BUNDLE, "OPT_awardsEligibility");
    static final Option AS_OF = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "awards-as-of"), BUNDLE, "OPT_awardsAsOf");
    static final Option OUT = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "awards-out"), BUNDLE, "OPT_awardsOut");
    static final Option CERTIFICATE = Option.shortDescription(Option.requiredArgument(Option.NO_SHORT_NAME, "awards-certificate"), BUNDLE, "OPT_awardsCertificate");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(ELIGIBILITY, AS_OF, OUT, CERTIFICATE));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(ELIGIBILITY) || values.containsKey(CERTIFICATE);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        try {
            if (!values.containsKey(OUT)) {
                throw new id.pilar.awards.api.AwardsException("ERR_AwardsNoOut", Bundle.ERR_AwardsNoOut());
            }
            Path file = BatchCommand.resolve(values.get(OUT)[0]);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (values.containsKey(ELIGIBILITY)) {
                if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
                    throw new id.pilar.awards.api.AwardsException("ERR_AwardsBadExtension", Bundle.ERR_AwardsBadExtension(file), file);
                }
                String code = values.get(ELIGIBILITY)[0].strip().toUpperCase(Locale.ROOT);
                LocalDate asOf = values.containsKey(AS_OF) ? date(values.get(AS_OF)[0]) : LocalDate.now(ZoneId.of("Asia/Jakarta"));
                List<Judgement> all = new EligibilityImpl().judgeAll(code, asOf, EligibilityFilter.ALL);
                AwardReportsImpl reports = new AwardReportsImpl();
                AwardTable table = reports.eligibilityTable(code, asOf, all);
                if (name.endsWith(".xlsx")) {
                    reports.exportXlsx(table, file);
                } else {
                    reports.exportCsv(table, file);
                }
                out.println(Bundle.MSG_EligibilityWritten(all.size(), all.stream().filter(Judgement::eligible).count(), file));
            }
            if (values.containsKey(CERTIFICATE)) {
                if (!name.endsWith(".pdf")) {
                    throw new id.pilar.awards.api.AwardsException("ERR_AwardsPdfExtension", Bundle.ERR_AwardsPdfExtension(file), file);
                }
                String number = values.get(CERTIFICATE)[0].strip();
                boolean copy = new AwardRecordsImpl().printCertificate(number, file);
                out.println(copy ? Bundle.MSG_CertificateCopyWritten(number, file) : Bundle.MSG_CertificateWritten(number, file));
            }
        } catch (PilarException | IOException e) {
            throw new CommandException(FAILED, Bundle.MSG_AwardsFailed(e.getMessage()));
        }
    }

    /** dd/MM/yyyy, strictly: 31/02/2026 does not exist and is refused, not moved to 3 March. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw new id.pilar.awards.api.AwardsException("ERR_AwardsBadDate", Bundle.ERR_AwardsBadDate(text), text);
        }
    }
}
