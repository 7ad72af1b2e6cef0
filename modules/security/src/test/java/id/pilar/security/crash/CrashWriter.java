package id.pilar.security.crash;

import id.pilar.core.api.db.DataKernel;
import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.Consents.ConsentInfo;
import id.pilar.security.api.Consents.NewConsent;
import id.pilar.security.impl.ConsentsImpl;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The writer process of {@code scripts/crash-test}: opens the database through the real kernel
 * (WAL, synchronous=FULL), then imports consents in batches and withdraws some, one transaction
 * per service call, until it is killed. After each commit returns it appends what was committed to
 * the log: {@code I <evidence token>} per imported consent, {@code W <consent id>} per withdrawal.
 *
 * <p>Arguments: database file, committed log, round number. Touches {@code <db>.ready} once open.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path log = Path.of(args[1]);
        int round = Integer.parseInt(args[2]);
        DataKernel.get().open(DatabaseTarget.sqlite(db));
        Files.writeString(db.resolveSibling(db.getFileName() + ".ready"), "ready");
        ConsentsImpl consents = new ConsentsImpl(Transactions.get());
        Random random = new Random(round * 7919L + System.nanoTime());
        try (FileOutputStream out = new FileOutputStream(log.toFile(), true)) {
            for (int batch = 0; ; batch++) {
                if (batch % 3 == 2) {
                    withdrawSome(consents, random, out);
                } else {
                    importBatch(consents, round, batch, 20 + random.nextInt(60), out);
                }
            }
        }
    }

    private static void importBatch(ConsentsImpl consents, int round, int batch, int size, FileOutputStream out) throws IOException {
        List<NewConsent> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String token = "r" + round + "-b" + batch + "-" + i;
            rows.add(new NewConsent("orang-" + round + "-" + (batch * 100 + i), "Uji ketahanan", LocalDate.of(2026, 1, 1), token));
        }
        consents.recordAll(rows); // returns after commit
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append("I ").append(r.evidence()).append('\n'));
        write(out, b.toString());
    }

    private static void withdrawSome(ConsentsImpl consents, Random random, FileOutputStream out) throws IOException {
        List<String> active = Transactions.get().jdbc(c -> {
            List<String> ids = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id FROM pdp_consent WHERE withdrawn_on IS NULL ORDER BY random() LIMIT 5")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
        for (String id : active) {
            ConsentInfo w = consents.withdraw(id, LocalDate.of(2026, 2, 1 + random.nextInt(27)));
            write(out, "W " + w.id() + "\n");
        }
    }

    /** One write call per record: a kill leaves at most one incomplete last line, which the verifier ignores. */
    private static void write(FileOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
