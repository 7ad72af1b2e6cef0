package id.pilar.registry.api;

import id.pilar.core.api.identity.IdentityProblem;
import java.util.List;

/**
 * A save refused: errors, or warnings the user has not confirmed yet. The UI shows each
 * problem beside its field ({@link IdentityProblem#code()} says which).
 */
public final class RegistryValidationException extends RuntimeException {

    private final List<IdentityProblem> problems;

    public RegistryValidationException(List<IdentityProblem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).message());
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
