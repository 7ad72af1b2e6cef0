package id.pilar.core.api.security;

/**
 * How sensitive values look to a user without the right to see them: {@code 3171********0001}.
 */
public final class Masks {

    private Masks() {
    }

    /** NIK or KK: first four and last four digits kept. */
    public static String identityNumber(String value) {
        if (value == null || value.length() < 9) {
            return value == null ? null : "****";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** Free text (case notes, health, reporter identity): hidden entirely. */
    public static String text(String value) {
        return value == null || value.isEmpty() ? value : "••••••";
    }
}
