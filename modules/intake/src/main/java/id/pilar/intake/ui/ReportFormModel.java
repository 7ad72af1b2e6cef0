package id.pilar.intake.ui;

import id.pilar.intake.api.Channel;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.ReportAttachment;
import id.pilar.intake.api.ReportDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    "FORM_BadPeople=Jumlah orang: tulis bilangan bulat 1 atau lebih.",
    "FORM_BadCoordinates=Koordinat: isi lintang dan bujur bersama dalam derajat desimal di wilayah Jakarta (mis. -6,1754 dan 106,8272), atau kosongkan keduanya.",
    "# {0} - file name", "# {1} - size in MB", "FORM_FileTooBig=Berkas {0} terlalu besar; paling besar {1} MB per lampiran.",
    "# {0} - file name", "FORM_FileUnreadable=Berkas {0} tidak dapat dibaca."
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
        return draft(received, channel, reporter, phone, anonymous, hotspot, kelurahan, address, "", "", category, people, description);
    }

    /** @param lat latitude, {@code lng} longitude: both empty, or both decimal degrees in Jakarta (point or comma) */
    static ReportDraft draft(String received, Channel channel, String reporter, String phone, boolean anonymous, Hotspot hotspot,
            String kelurahan, String address, String lat, String lng, String category, String people, String description) throws FormProblem {
        Double[] point = coordinates(lat, lng);
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
                hotspot == null ? kelurahan : null, hotspot == null ? address : null, point[0], point[1], category, n, description);
    }

    /** Parsed coordinates, {null, null} when both are empty; the service checks the bounds again. */
    static Double[] coordinates(String lat, String lng) throws FormProblem {
        String a = lat == null ? "" : lat.strip();
        String b = lng == null ? "" : lng.strip();
        if (a.isEmpty() && b.isEmpty()) {
            return new Double[] {null, null};
        }
        try {
            double la = Double.parseDouble(a.replace(',', '.'));
            double lo = Double.parseDouble(b.replace(',', '.'));
            if (la >= -6.4 && la <= -6.0 && lo >= 106.6 && lo <= 107.0) {
                return new Double[] {la, lo};
            }
        } catch (NumberFormatException e) {
            // shown below
        }
        throw new FormProblem(Bundle.FORM_BadCoordinates());
    }

    /**
     * What the triage panel says once a report is triaged: the new (or linked) case by its number
     * when there is one, so the clerk can tell the caller or find the case; else the new status.
     */
    static String triaged(id.pilar.intake.api.Report r, String caseNumber) {
        if (caseNumber != null && r.status() == id.pilar.intake.api.ReportStatus.KASUS) {
            return Bundle.MSG_TriagedToCase(r.nomor(), caseNumber);
        }
        return Bundle.MSG_Triaged(r.nomor(), r.status().label());
    }

    /** Reads the chosen files (off the FX thread), refusing one over the limit before reading it. */
    static List<ReportAttachment.NewFile> files(List<Path> paths) throws FormProblem {
        List<ReportAttachment.NewFile> out = new ArrayList<>();
        for (Path p : paths) {
            String name = p.getFileName().toString();
            try {
                if (Files.size(p) > ReportAttachment.MAX_BYTES) {
                    throw new FormProblem(Bundle.FORM_FileTooBig(name, ReportAttachment.MAX_BYTES / (1024 * 1024)));
                }
                out.add(new ReportAttachment.NewFile(name, Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new FormProblem(Bundle.FORM_FileUnreadable(name));
            }
        }
        return out;
    }
}
