package id.pilar.core.api.identity;

/**
 * One finding about an identity number.
 *
 * @param severity an {@link Severity#ERROR} rejects the value; a {@link Severity#WARNING} must be
 *                 shown to the user, who may keep the value
 * @param code     stable code for tests and reject reports, e.g. {@code NIK_TANGGAL}
 * @param message  Indonesian text for the user
 */
public record IdentityProblem(Severity severity, String code, String message) {

    public enum Severity { ERROR, WARNING }

    public static IdentityProblem error(String code, String message) {
        return new IdentityProblem(Severity.ERROR, code, message);
    }

    public static IdentityProblem warning(String code, String message) {
        return new IdentityProblem(Severity.WARNING, code, message);
    }
}
