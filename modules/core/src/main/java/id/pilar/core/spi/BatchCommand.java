package id.pilar.core.spi;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;

/**
 * A batch job run from the command line ({@code bin/pilar --nogui --db FILE --your-option …}).
 *
 * <p>Core owns the one option processor so that {@code --db} is always applied, and the database
 * opened, before any job runs; modules add jobs by registering this with {@code @ServiceProvider}.
 * A job reports failure by throwing {@link CommandException} with a non-zero exit code.
 */
public interface BatchCommand {

    /** The options this job declares; the first one triggers it. */
    Set<Option> options();

    /** True when {@code values} asks for this job. */
    boolean requested(Map<Option, String[]> values);

    /** Runs the job on the open database. */
    void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException;

    /** A file argument as the user meant it: relative paths against the folder the command was typed in. */
    static java.nio.file.Path resolve(String argument) {
        java.nio.file.Path p = java.nio.file.Path.of(argument);
        return (p.isAbsolute() ? p : BatchWorkingDirectory.get().resolve(p)).normalize();
    }
}
