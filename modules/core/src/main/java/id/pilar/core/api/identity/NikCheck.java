package id.pilar.core.api.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a NIK says and what is wrong with it.
 *
 * @param nik       the digits checked (spaces and dots removed)
 * @param region    the 6-digit Kemendagri region of first registration ({@code 317101}), or null
 * @param birthDate the birth date encoded in the NIK, or null when it is not a real date
 * @param sex       the sex encoded in the NIK (day + 40 for women), or null
 * @param problems  errors and warnings, empty when all is well
 */
public record NikCheck(String nik, String region, LocalDate birthDate, Sex sex, List<IdentityProblem> problems) {

    public NikCheck {
        problems = List.copyOf(problems);
    }

    /** No errors (warnings may remain). */
    public boolean valid() {
        return problems.stream().noneMatch(p -> p.severity() == IdentityProblem.Severity.ERROR);
    }

    public List<IdentityProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == IdentityProblem.Severity.WARNING).toList();
    }

    /** The first error's message, or null. */
    public String firstError() {
        return problems.stream().filter(p -> p.severity() == IdentityProblem.Severity.ERROR)
                .map(IdentityProblem::message).findFirst().orElse(null);
    }
}
