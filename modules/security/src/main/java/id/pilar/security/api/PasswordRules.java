package id.pilar.security.api;

import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/** What a password must be; checked by the service and by the forms (same message). */
@Messages({
    "# {0} - minimum length",
    "MSG_PasswordTooShort=Kata sandi minimal {0} karakter.",
    "MSG_PasswordMismatch=Kedua kata sandi tidak sama. Ketik ulang.",
    "MSG_PasswordIsUsername=Kata sandi tidak boleh sama dengan nama pengguna.",
    "MSG_UsernameInvalid=Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung."
})
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;

    private PasswordRules() {
    }

    /** The problem with {@code password}, or empty when acceptable. */
    public static Optional<String> problem(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of(Bundle.MSG_PasswordTooShort(MIN_LENGTH));
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            return Optional.of(Bundle.MSG_PasswordIsUsername());
        }
        return Optional.empty();
    }

    /** For forms that ask twice. */
    public static Optional<String> problem(String username, char[] password, char[] repeated) {
        Optional<String> p = problem(username, password);
        if (p.isPresent()) {
            return p;
        }
        return java.util.Arrays.equals(password, repeated) ? Optional.empty() : Optional.of(Bundle.MSG_PasswordMismatch());
    }

    public static Optional<String> usernameProblem(String username) {
        return username != null && username.matches("[a-z0-9._-]{3,32}") ? Optional.empty()
                : Optional.of(Bundle.MSG_UsernameInvalid());
    }
}
