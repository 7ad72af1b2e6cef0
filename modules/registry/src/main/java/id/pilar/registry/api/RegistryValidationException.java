package id.pilar.registry.api;

import id.pilar.core.api.error.PilarException;
import id.pilar.core.api.identity.IdentityProblem;
import java.util.List;

/**
 * A save refused: errors, or warnings the user has not confirmed yet. The UI shows each
 * problem beside its field ({@link IdentityProblem#code()} says which). The message is the first
 * problem's text; the arguments are the problems' codes.
 */
public final class RegistryValidationException extends PilarException {

    /** The code of every validation refusal; the problems carry their own codes. */
    public static final String CODE = "REGISTRY_VALIDATION";

    private final List<IdentityProblem> problems;

    public RegistryValidationException(List<IdentityProblem> problems) {
        super(CODE, problems.isEmpty() ? CODE : problems.get(0).message(),
                problems.stream().map(IdentityProblem::code).toArray());
        this.problems = List.copyOf(problems);
    }

    public List<IdentityProblem> problems() {
        return problems;
    }

    /** True when only warnings stand in the way (a confirmed save would go through). */
    public boolean onlyWarnings() {
        return problems.stream().allMatch(p -> p.severity() == IdentityProblem.Severity.WARNING);
    }
}
