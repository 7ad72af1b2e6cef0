package id.pilar.intake.ui;

import id.pilar.intake.api.Channel;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.ReportDraft;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.openide.util.NbBundle.Messages;

/**
 * Turns what the clerk typed into a draft, without a toolkit (tested directly). The time is
 * {@code dd/MM/yyyy HH:mm} in Asia/Jakarta; an unknown hotspot name with a kelurahan is the
 * kelurahan plus the name as address.
 */
@Messages({
    "FORM_BadTime=Waktu diterima: tulis dd/MM/yyyy HH:mm (mis. 01/12/2026 08:30).",
    "FORM_BadPeople=Jumlah orang: tulis bilangan bulat 1 atau lebih."
})
final class ReportFormModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** A form problem the view shows beside the fields. */
    static final class FormProblem extends Exception {
        FormProblem(String message) {
            super(message);
        }
    }

    private ReportFormModel() {
    }

    static String now() {
        return LocalDateTime.now(JAKARTA).format(TIME);
    }

    static ReportDraft draft(String received, Channel channel, String reporter, String phone, boolean anonymous, Hotspot hotspot,
            String kelurahan, String address, String category, String people, String description) throws FormProblem {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(received == null ? "" : received.strip(), TIME);
        } catch (DateTimeParseException e) {
            throw new FormProblem(Bundle.FORM_BadTime());
        }
        int n;
        try {
            n = people == null || people.isBlank() ? 1 : Integer.parseInt(people.strip());
        } catch (NumberFormatException e) {
            throw new FormProblem(Bundle.FORM_BadPeople());
        }
        return new ReportDraft(at.atZone(JAKARTA).toInstant(), channel, reporter, phone, anonymous, hotspot == null ? null : hotspot.id(),
                hotspot == null ? kelurahan : null, hotspot == null ? address : null, null, null, category, n, description);
    }
}
