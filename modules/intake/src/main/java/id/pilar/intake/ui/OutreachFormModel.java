package id.pilar.intake.ui;

import id.pilar.core.api.identity.Sex;
import id.pilar.intake.api.Hotspot;
import id.pilar.intake.api.OutreachService.FoundDraft;
import id.pilar.intake.api.OutreachService.OperationDraft;
import id.pilar.intake.api.OutreachService.TeamMember;
import id.pilar.intake.ui.ReportFormModel.FormProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.openide.util.NbBundle.Messages;

/**
 * What the outreach window's fields become, without a toolkit (tested directly): the operation
 * (date {@code dd/MM/yyyy}, times {@code HH:mm}, the hotspots and team ticked) and a person found.
 */
@Messages({
    "OUT_BadDate=Tanggal operasi: tulis dd/MM/yyyy (mis. 01/12/2026).",
    "OUT_BadAge=Perkiraan usia: tulis bilangan bulat tahun, atau kosongkan.",
    "OUT_NoHotspot=Centang sedikitnya satu titik rawan (Spasi mencentang).",
    "OUT_PhotoType=Foto harus berkas JPEG atau PNG.",
    "# {0} - size in MB", "OUT_PhotoTooBig=Foto terlalu besar; paling besar {0} MB.",
    "OUT_PhotoUnreadable=Foto tidak dapat dibaca."
})
final class OutreachFormModel {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** A phone photo of the person, not a scan. */
    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    private OutreachFormModel() {
    }

    static String today() {
        return LocalDate.now(ReportFormModel.JAKARTA).format(DATE);
    }

    /**
     * @param team   members ticked in the roster list
     * @param others further names typed (staff from outside the rosters), separated by commas
     */
    static OperationDraft operation(String date, String start, String end, List<Hotspot> hotspots, List<TeamMember> team, String others,
            String vehicle, String notes) throws FormProblem {
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new FormProblem(Bundle.OUT_BadDate());
        }
        if (hotspots.isEmpty()) {
            throw new FormProblem(Bundle.OUT_NoHotspot());
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        team.forEach(m -> names.add(m.label()));
        if (others != null) {
            for (String n : others.split(",")) {
                if (!n.isBlank()) {
                    names.add(n.strip().replaceAll("\\s+", " "));
                }
            }
        }
        return new OperationDraft(day, start == null ? "" : start.strip(), end == null ? "" : end.strip(),
                hotspots.stream().map(Hotspot::id).toList(), new ArrayList<>(names), vehicle, notes);
    }

    /** The person found; the photo is read here, so call it off the FX thread when one is chosen. */
    static FoundDraft found(String name, Sex sex, String age, String categoryCode, String nik, String condition, Path photo,
            String personId, String institutionId) throws FormProblem {
        Integer years = null;
        if (age != null && !age.isBlank()) {
            try {
                years = Integer.valueOf(age.strip());
            } catch (NumberFormatException e) {
                throw new FormProblem(Bundle.OUT_BadAge());
            }
        }
        byte[] bytes = null;
        String mime = null;
        if (photo != null) {
            String n = photo.getFileName().toString().toLowerCase(Locale.ROOT);
            mime = n.endsWith(".png") ? "image/png" : n.endsWith(".jpg") || n.endsWith(".jpeg") ? "image/jpeg" : null;
            if (mime == null) {
                throw new FormProblem(Bundle.OUT_PhotoType());
            }
            try {
                if (Files.size(photo) > MAX_PHOTO_BYTES) {
                    throw new FormProblem(Bundle.OUT_PhotoTooBig(MAX_PHOTO_BYTES / (1024 * 1024)));
                }
                bytes = Files.readAllBytes(photo);
            } catch (IOException e) {
                throw new FormProblem(Bundle.OUT_PhotoUnreadable());
            }
        }
        return new FoundDraft(name == null ? null : name.strip(), sex, years, categoryCode, blank(nik), blank(condition), bytes, mime,
                personId, institutionId);
    }

    /** What the duplicate check was run for: a changed name, NIK, sex or age needs a new check. */
    static String checkKey(FoundDraft f) {
        return (f.nama() == null ? "" : f.nama().toLowerCase(Locale.ROOT)) + "|" + f.nik() + "|" + f.jenisKelamin() + "|" + f.usiaPerkiraan();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
