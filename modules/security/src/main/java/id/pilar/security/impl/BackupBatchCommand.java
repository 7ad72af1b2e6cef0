package id.pilar.security.impl;

import id.pilar.core.api.security.AccessDeniedException;
import id.pilar.core.spi.BatchCommand;
import id.pilar.security.api.BackupInfo;
import id.pilar.security.api.Backups;
import id.pilar.security.api.RestoreResult;
import id.pilar.security.api.SecurityRefusedException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netbeans.api.sendopts.CommandException;
import org.netbeans.spi.sendopts.Option;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * {@code bin/pilar --nogui --db FILE --backup OUT} and {@code --restore IN}. The passphrase comes
 * from the environment ({@code PILAR_BACKUP_PASSPHRASE}); the acting account from
 * {@code PILAR_USER}/{@code PILAR_PASSWORD} (see {@link BatchIdentity}).
 */
@ServiceProvider(service = BatchCommand.class)
@Messages({
    "OPT_backup=membuat cadangan terenkripsi basis data ke berkas OUT (kata sandi dari PILAR_BACKUP_PASSPHRASE)",
    "OPT_restore=memulihkan basis data dari cadangan IN (kata sandi dari PILAR_BACKUP_PASSPHRASE); berkas lama disimpan sebagai .diganti-",
    "MSG_PassphraseEnvMissing=Variabel lingkungan PILAR_BACKUP_PASSPHRASE belum diisi: kata sandi cadangan diperlukan.",
    "# {0} - file", "# {1} - size",
    "MSG_BatchBackupDone=Cadangan dibuat: {0} ({1} bita)",
    "# {0} - database", "# {1} - kept",
    "MSG_BatchRestoreDone=Basis data {0} dipulihkan. Berkas yang diganti disimpan sebagai {1}",
    "# {0} - message",
    "MSG_BatchRefused=GAGAL: {0}"
})
public final class BackupBatchCommand implements BatchCommand {

    static final String PASSPHRASE_ENV = "PILAR_BACKUP_PASSPHRASE";
    /** Exit code of a refused or failed job (core's FAILED). */
    static final int FAILED = 3;

    static final Option BACKUP = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "backup"), "id.pilar.security.impl.Bundle", "OPT_backup");
    static final Option RESTORE = Option.shortDescription(
            Option.requiredArgument(Option.NO_SHORT_NAME, "restore"), "id.pilar.security.impl.Bundle", "OPT_restore");

    @Override
    public Set<Option> options() {
        return new LinkedHashSet<>(List.of(BACKUP, RESTORE));
    }

    @Override
    public boolean requested(Map<Option, String[]> values) {
        return values.containsKey(BACKUP) || values.containsKey(RESTORE);
    }

    @Override
    public void run(Map<Option, String[]> values, PrintStream out, PrintStream err) throws CommandException {
        String env = System.getenv(PASSPHRASE_ENV);
        if (env == null || env.isEmpty()) {
            throw new CommandException(FAILED, Bundle.MSG_BatchRefused(Bundle.MSG_PassphraseEnvMissing()));
        }
        char[] pass = env.toCharArray();
        Backups backups = new BackupsImpl();
        try {
            if (values.containsKey(BACKUP)) {
                BackupInfo b = backups.backup(BatchCommand.resolve(values.get(BACKUP)[0]), pass, err::println);
                out.println(Bundle.MSG_BatchBackupDone(b.file(), b.sizeBytes()));
            }
            if (values.containsKey(RESTORE)) {
                RestoreResult r = backups.restore(BatchCommand.resolve(values.get(RESTORE)[0]), pass, err::println);
                out.println(Bundle.MSG_BatchRestoreDone(r.database(), r.replaced()));
            }
        } catch (AccessDeniedException e) {
            throw new CommandException(FAILED, Bundle.MSG_BatchRefused((e.getMessage() + " " + BatchIdentity.refusalHint()).trim()));
        } catch (SecurityRefusedException e) {
            throw new CommandException(FAILED, Bundle.MSG_BatchRefused(e.getMessage()));
        }
    }
}
