package id.pilar.rosters.api;

import java.util.List;

/**
 * What is wrong with a member draft before it is saved.
 *
 * @param errors     block saving
 * @param warnings   shown; the clerk may save anyway (NIK date/sex mismatch, a second active TKSK)
 * @param sameNik    the member already holding this NIK, or null: offer to open it instead
 */
public record MemberCheck(List<String> errors, List<String> warnings, MemberRef sameNik) {

    public MemberCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty() && sameNik == null;
    }
}
