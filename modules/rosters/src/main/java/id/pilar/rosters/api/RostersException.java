package id.pilar.rosters.api;

import id.pilar.core.api.error.PilarException;
import java.util.List;

/**
 * A refused rosters operation; nothing was changed. The texts come from the rosters bundles, in
 * the user's language. A refusal found by several checks at once (a form's fields) carries each
 * finding in {@link #problems()}; its code is {@link #CHECKS_FAILED}.
 */
public class RostersException extends PilarException {

    /** The code of a refusal made of several findings (each one a bundle text). */
    public static final String CHECKS_FAILED = "ROSTERS_CHECKS_FAILED";

    private final List<String> problems;

    /**
     * One refusal.
     *
     * @param code the bundle key of {@code message}
     * @param message the text, e.g. {@code Bundle.ERR_MemberNotFound()}
     */
    public RostersException(String code, String message, Object... args) {
        super(code, message, args);
        this.problems = List.of(message);
    }

    /** One refusal caused by {@code cause} (kept for the log). */
    public RostersException(String code, String message, Throwable cause, Object... args) {
        super(code, message, cause, args);
        this.problems = List.of(message);
    }

    /**
     * A refusal without a code of its own (code {@code ROSTERS_REFUSED}).
     *
     * @deprecated give the bundle key: {@link #RostersException(String, String, Object...)}
     */
    @Deprecated
    public RostersException(String problem) {
        super("ROSTERS_REFUSED", problem);
        this.problems = List.of(problem);
    }

    /** Several findings at once, each already a bundle text; shown one per line. */
    public RostersException(List<String> problems) {
        super(CHECKS_FAILED, String.join(" ", problems), problems.toArray());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
