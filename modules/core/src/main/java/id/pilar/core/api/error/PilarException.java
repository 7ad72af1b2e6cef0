package id.pilar.core.api.error;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A refused or failed service operation whose message is a whole sentence for the user, already
 * in the user's language (the text comes from the throwing module's {@code @Messages} bundle).
 *
 * <p>Every service error a user may read extends this class. It also carries a stable
 * {@link #code() code} (the bundle key) and the {@link #args() arguments} of the text, so batch
 * jobs, tests and logs can tell errors apart without parsing sentences, and views show
 * {@link #getMessage()} through one mapping ({@code id.pilar.ui.api.UserMessages}). Anything that
 * is not a {@code PilarException} is an unexpected failure: views log it and show a generic text.
 */
public class PilarException extends RuntimeException {

    private final String code;
    private final transient List<Object> args;

    /**
     * @param code the bundle key of the text, e.g. {@code ERR_DuplicateNik}
     * @param message the text in the user's language, e.g. {@code Bundle.ERR_DuplicateNik(nik)}
     * @param args the text's arguments, in order
     */
    public PilarException(String code, String message, Object... args) {
        this(code, message, null, args);
    }

    public PilarException(String code, String message, Throwable cause, Object... args) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.args = List.copyOf(Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** The stable identifier of this kind of error (the bundle key of its text). */
    public String code() {
        return code;
    }

    /** The values filled into the text. */
    public List<Object> args() {
        return args;
    }
}
