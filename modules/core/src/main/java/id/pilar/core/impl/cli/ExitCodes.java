package id.pilar.core.impl.cli;

/** Exit codes of batch jobs, documented in the README. */
public final class ExitCodes {
    /** The job ran and found nothing wrong. */
    public static final int OK = 0;
    /** The job ran and the database is not healthy. */
    public static final int UNHEALTHY = 1;
    /** The database was refused (not Pilar, newer, unreadable, missing folder); it was not changed. */
    public static final int REFUSED = 2;
    /** The job failed (bad input file, I/O error). */
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
