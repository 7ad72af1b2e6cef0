package id.pilar.rosters.api;

import java.util.List;

/**
 * A checked import file before anything is written.
 *
 * @param header  the file's column names, for the reject report
 * @param valid   rows that will be imported
 * @param warnings rows imported with a warning (row number and text)
 */
public record ImportPreview(List<String> header, List<ImportedMember> valid, List<ImportReject> rejects, List<String> warnings) {

    public ImportPreview {
        header = List.copyOf(header);
        valid = List.copyOf(valid);
        rejects = List.copyOf(rejects);
        warnings = List.copyOf(warnings);
    }

    /** One good row: the member and, when the file names an organisation, the membership. */
    public record ImportedMember(int rowNumber, MemberDraft member, String organisationId, String role,
            java.time.LocalDate startDate) {
    }
}
