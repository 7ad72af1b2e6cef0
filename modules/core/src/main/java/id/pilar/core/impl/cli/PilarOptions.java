package id.pilar.core.impl.cli;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseRefusedException;
import id.pilar.core.api.db.DatabaseSettings;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.demo.DemoData;
import id.pilar.core.spi.BatchCommand;
import id.pilar.core.spi.DemoDataContext;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Env;
import org.netbeans.spi.sendopts.Option;
import org.netbeans.spi.sendopts.OptionProcessor;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;

/**
 * Pilar's command line: {@code --db PATH}, {@code --check}, {@code --demo-data[=SIZE]}, and every
 * {@link BatchCommand} that modules register. {@code --db} is applied first; a job opens the
 * database, runs, prints its report and turns failure into the launcher's exit code.
 */
@ServiceProvider(service = OptionProcessor.class)
public final class PilarOptions extends OptionProcessor {

    static final Option DB = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "db"), "id.pilar.core.impl.cli.Bundle", "OPT_db");
    static final Option CHECK = Option.shortDescription(
            Option.withoutArgument(Option.NO_SHORT_NAME, "check"), "id.pilar.core.impl.cli.Bundle", "OPT_check");
    static final Option DEMO = Option.shortDescription(
            Option.optionalArgument(Option.NO_SHORT_NAME, "demo-data"), "id.pilar.core.impl.cli.Bundle", "OPT_demo");

    /** Default size of the demo data set: people in the registry. */
    static final int DEFAULT_DEMO_SIZE = 2_000;

    @Override
    protected Set<Option> getOptions() {
        Set<Option> all = new LinkedHashSet<>(List.of(DB, CHECK, DEMO));
        for (BatchCommand c : commands()) {
            all.addAll(c.options());
        }
        return all;
    }

    private static Collection<? extends BatchCommand> commands() {
        return Lookup.getDefault().lookupAll(BatchCommand.class);
    }

    @Override
    protected void process(Env env, Map<Option, String[]> values) throws CommandException {
        PrintStream out = new PrintStream(env.getOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(env.getErrorStream(), true, java.nio.charset.StandardCharsets.UTF_8);
        id.pilar.core.spi.BatchWorkingDirectory.set(env.getCurrentDirectory().toPath());
        if (values.containsKey(DB)) {
            String arg = values.get(DB)[0];
            DatabaseTarget t = DatabaseTarget.parse(resolve(env, arg));
            DatabaseSettings.setCommandLine(t);
        }
        List<BatchCommand> jobs = new ArrayList<>();
        for (BatchCommand c : commands()) {
            if (c.requested(values)) {
                jobs.add(c);
            }
        }
        boolean check = values.containsKey(CHECK);
        boolean demo = values.containsKey(DEMO);
        if (!check && !demo && jobs.isEmpty()) {
            return;
        }
        openDatabase(out, err);
        if (demo) {
            runDemo(values.get(DEMO), out, err);
        }
        for (BatchCommand job : jobs) {
            job.run(values, out, err);
        }
        if (check) {
            runCheck(out);
        }
        exitWhenBatch(out, err);
    }

    /**
     * A batch run ({@code --nogui}, marked by the launcher configuration) ends as soon as its job
     * is done; otherwise the platform keeps the JVM alive for its delayed cache flush (15 s).
     * Failures end through {@link CommandException}, whose code the launcher returns.
     */
    private static void exitWhenBatch(PrintStream out, PrintStream err) {
        if (Boolean.getBoolean("pilar.batch")) {
            out.flush();
            err.flush();
            org.openide.util.RequestProcessor.getDefault().post(
                    () -> org.openide.LifecycleManager.getDefault().exit(ExitCodes.OK), 100);
        }
    }

    /** Relative paths are relative to where the user typed the command, not to the JVM. */
    private static String resolve(Env env, String arg) {
        if (arg.startsWith("jdbc:")) {
            return arg;
        }
        java.io.File f = new java.io.File(arg);
        return f.isAbsolute() ? arg : new java.io.File(env.getCurrentDirectory(), arg).getPath();
    }

    static void openDatabase(PrintStream out, PrintStream err) throws CommandException {
        DatabaseTarget target = DatabaseSettings.startupTarget();
        DataKernel kernel = DataKernel.get();
        if (kernel.status().isReady() && target.equals(kernel.target())) {
            return;
        }
        try {
            if (DatabaseSettings.isDefault(target)) {
                java.nio.file.Files.createDirectories(target.sqliteFile().getParent());
            }
            kernel.open(target);
            // On stderr: a job's own summary line stands alone on stdout, for scripts.
            err.println(kernel.createdNow() ? text("MSG_DbCreated", target.describe()) : text("MSG_Db", target.describe()));
            for (var b : kernel.preMigrationBackups()) {
                err.println(text("MSG_PreMigrationBackup", b));
            }
        } catch (DatabaseRefusedException e) {
            // The launcher prints the message of a CommandException on stderr.
            throw new CommandException(ExitCodes.REFUSED, text("ERR_Refused", e.getMessage()));
        } catch (java.io.IOException e) {
            throw new CommandException(ExitCodes.REFUSED, text("ERR_CannotCreateFolder", target.sqliteFile().getParent()));
        }
    }

    private static void runCheck(PrintStream out) throws CommandException {
        id.pilar.core.api.db.HealthReport health = DataKernel.get().checkHealth();
        health.lines().forEach(out::println);
        if (!health.healthy()) {
            throw new CommandException(ExitCodes.UNHEALTHY, text("ERR_Unhealthy"));
        }
    }

    private static void runDemo(String[] args, PrintStream out, PrintStream err) throws CommandException {
        int size = DEFAULT_DEMO_SIZE;
        if (args != null && args.length > 0 && args[0] != null && !args[0].isBlank()) {
            try {
                size = Integer.parseInt(args[0].trim());
            } catch (NumberFormatException e) {
                throw new CommandException(ExitCodes.FAILED, text("ERR_DemoSize", args[0]));
            }
        }
        DemoDataContext.Progress progress = new DemoDataContext.Progress() {
            private String last = "";

            @Override
            public void step(String message, int done, int total) {
                if (!message.equals(last)) {
                    err.println(message);
                    last = message;
                }
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        try {
            DemoData.Result r = DemoData.get().run(size, 20260621L, progress, false);
            out.println(r.message());
        } catch (id.pilar.core.api.error.PilarException e) {
            throw new CommandException(ExitCodes.FAILED, text("ERR_DemoFailed", e.getMessage()));
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(PilarOptions.class.getName()).log(java.util.logging.Level.WARNING, "Demo data failed", e);
            throw new CommandException(ExitCodes.FAILED, text("ERR_DemoFailed", text("ERR_SeeLog")));
        }
    }

    /** A text of this package's bundle (hand-written: it also holds the option descriptions). */
    private static String text(String key, Object... args) {
        return org.openide.util.NbBundle.getMessage(PilarOptions.class, key, args);
    }
}
