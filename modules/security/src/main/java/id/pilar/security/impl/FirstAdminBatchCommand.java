package id.pilar.security.impl;

import id.pilar.core.spi.BatchCommand;
import id.pilar.security.api.SecurityRefusedException;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.api.UserInfo;
import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code bin/pilar --nogui --db FILE --first-admin}: creates the administrator of a new database
 * without the window, for an office machine set up by script (and the benchmark command). The
 * same rule as the first-start form: only while the database has no account at all. Name and
 * password come from {@code PILAR_USER}/{@code PILAR_PASSWORD} (never arguments: they would show
 * in the process list); the display name from {@code PILAR_DISPLAY_NAME}, else the user name.
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_firstAdmin=membuat akun administrator pertama pada basis data tanpa akun (nama dan kata sandi dari PILAR_USER dan PILAR_PASSWORD)",
    "MSG_FirstAdminEnvMissing=Isi variabel lingkungan PILAR_USER dan PILAR_PASSWORD untuk akun administrator pertama.",
    "# {0} - user name",
    "MSG_FirstAdminDone=Akun administrator ''{0}'' dibuat."
})
public final class FirstAdminBatchCommand implements BatchCommand {

    static final String DISPLAY_NAME_ENV = "PILAR_DISPLAY_NAME";
    static final Option FIRST_ADMIN = Option.shortDescription(
            Option.withoutArgument(Option.NO_SHORT_NAME, "first-admin"), "id.pilar.security.impl.Bundle", "OPT_firstAdmin");

    @Override
    public Set<Option> options() {
        return Set.of(FIRST_ADMIN);
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(FIRST_ADMIN);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        out.println(create(UserAccounts.get(), System.getenv(BatchIdentity.USER_ENV), System.getenv(BatchIdentity.PASSWORD_ENV),
                System.getenv(DISPLAY_NAME_ENV)));
    }

    /** Separate from the environment for tests; returns the line to print. */
    static String create(UserAccounts accounts, String user, String password, String displayName) throws CommandException {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new CommandException(BackupBatchCommand.FAILED, Bundle.MSG_BatchRefused(Bundle.MSG_FirstAdminEnvMissing()));
        }
        String shown = displayName == null || displayName.isBlank() ? user.trim() : displayName.trim();
        try {
            UserInfo admin = accounts.createFirstAdmin(user, shown, password.toCharArray());
            return Bundle.MSG_FirstAdminDone(admin.username());
        } catch (SecurityRefusedException e) {
            throw new CommandException(BackupBatchCommand.FAILED, Bundle.MSG_BatchRefused(e.getMessage()));
        }
    }
}
