package id.pilar.bench.security;

import id.pilar.bench.BenchSuite;
import id.pilar.bench.Figure;
import id.pilar.bench.Stats;
import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.impl.demo.RegistryDemoData;
import id.pilar.registry.impl.demo.RegistryGenerator;
import id.pilar.security.api.Backups;
import id.pilar.security.api.UserAccounts;
import id.pilar.security.impl.BackupsImpl;
import id.pilar.security.impl.UserAccountsImpl;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Security figures, each against the plain work it cannot avoid, measured in the same run:
 * <ul>
 * <li>a login (account lookup, the PBKDF2 check, the audited record of the success) against the
 * PBKDF2 derivation alone with the same parameters (210,000 rounds of HMAC-SHA256) — the login is
 * slow on purpose, its overhead should not be;</li>
 * <li>an encrypted backup of the registry database ({@code size} people) against the
 * {@code sqlite3} CLI's {@code .backup} of the same file followed by the same fastest gzip in
 * Java — Pilar adds the AES encryption and the header.</li>
 * </ul>
 */
public final class SecurityBench implements BenchSuite {

    private static final long SEED = 20260621L;
    private static final String USER = "bench";
    private static final char[] PASSWORD = "bench-kata-sandi-1".toCharArray();
    private static final char[] PASSPHRASE = "frasa-sandi-cadangan-bench".toCharArray();
    private static final int LOGINS = 9;

    @Override
    public String name() {
        return "security";
    }

    @Override
    public void run(int size, Path workDir, Consumer<Figure> out) throws Exception {
        Files.createDirectories(workDir);
        Path dbFile = workDir.resolve("security-" + size + ".db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(dbFile + suffix));
        }
        DataKernel.get().open(DatabaseTarget.sqlite(dbFile));
        try {
            Transactions tx = Transactions.get();
            long t0 = System.nanoTime();
            RegistryGenerator.Result people = new RegistryGenerator(tx, "bench").generate(SEED, size,
                    RegistryDemoData.DUPLICATE_RATE, ReferenceData.get().kelurahan(), null, () -> false);
            System.out.printf("# security: generated %d people in %.1f s%n", people.people(), (System.nanoTime() - t0) / 1e9);
            UserAccounts accounts = new UserAccountsImpl(tx);
            accounts.createFirstAdmin(USER, "Bench Admin", PASSWORD);
            loginFigures(accounts, out);
            if (!accounts.login(USER, PASSWORD).ok()) {
                throw new IllegalStateException("the bench account could not log in");
            }
            backupFigures(size, dbFile, workDir, out);
            accounts.logout();
        } finally {
            DataKernel.get().close();
        }
    }

    private static void loginFigures(UserAccounts accounts, Consumer<Figure> out) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        // Warm both (JIT, the first Hibernate query), then alternate.
        accounts.authenticate(USER, PASSWORD);
        pbkdf2(salt);
        long[] login = new long[LOGINS];
        long[] hash = new long[LOGINS];
        for (int i = 0; i < LOGINS; i++) {
            long t = System.nanoTime();
            if (!accounts.authenticate(USER, PASSWORD).ok()) {
                throw new IllegalStateException("the bench account was refused");
            }
            login[i] = System.nanoTime() - t;
            t = System.nanoTime();
            pbkdf2(salt);
            hash[i] = System.nanoTime() - t;
        }
        out.accept(new Figure("security.login.authenticate", Stats.percentileMs(login, 50), "ms", Stats.percentileMs(hash, 50),
                "informative: PBKDF2 (210,000 rounds) is the floor on purpose"));
    }

    private static void pbkdf2(byte[] salt) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(PASSWORD, salt, 210_000, 256);
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
    }

    private static void backupFigures(int size, Path dbFile, Path workDir, Consumer<Figure> out) throws Exception {
        Path mine = workDir.resolve("cadangan-" + size + ".pilarbak");
        Path copy = workDir.resolve("plain-" + size + ".db");
        Path gz = workDir.resolve("plain-" + size + ".db.gz");
        for (Path p : new Path[] {mine, copy, gz}) {
            Files.deleteIfExists(p);
        }
        long t = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", dbFile.toString(), ".backup '" + copy + "'").redirectErrorStream(true)
                .redirectOutput(workDir.resolve("sqlite3-backup.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 .backup failed, see " + workDir.resolve("sqlite3-backup.log"));
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            Files.copy(copy, o);
        }
        double baseline = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        new BackupsImpl().backup(mine, PASSPHRASE, Backups.ProgressListener.NONE);
        double pilar = (System.nanoTime() - t) / 1e9;
        System.out.printf("# security: database %d MB, backup %d MB, plain gzip %d MB%n", Files.size(dbFile) / 1_048_576,
                Files.size(mine) / 1_048_576, Files.size(gz) / 1_048_576);
        out.accept(new Figure("security.backup." + Figure.sizeLabel(size), pilar, "s", baseline,
                "informative: sqlite3 .backup + the same fastest gzip, without encryption"));
        for (Path f : new Path[] {mine, copy, gz}) {
            Files.deleteIfExists(f);
        }
    }
}
