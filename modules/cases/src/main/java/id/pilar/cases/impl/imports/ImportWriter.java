package id.pilar.cases.impl.imports;

import id.pilar.cases.api.CaseImport.Progress;
import id.pilar.cases.api.CaseImport.Row;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.impl.NumberCounter;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Uuids;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Writes an import in one JDBC transaction (the one the clients were registered in): new cases (number per year of opening from the same
 * counter the service uses), their clients and opening step, updates of cases imported before,
 * and the audit rows of one Envers revision for all of it.
 */
final class ImportWriter {

    private static final String FILE_COLUMNS = "nomor, nomor_lama, tahun, status, sumber, kategori_kode, risiko, pekerja, tanggal_buka, "
            + "kode_kelurahan, household_id, klien, ringkasan, tanggal_tutup, alasan_tutup, keterangan_tutup, menunggu";

    /** Rows per JDBC batch: statements run in batches, not one call per row (60,000 calls for 10,000 cases). */
    private static final int BATCH = 500;

    private ImportWriter() {
    }

    /** @return {imported, updated} */
    static int[] write(Connection c, int rev, List<Row> rows, Map<Row, ImportClients.Client> clients, String why, Progress progress) throws SQLException {
        String user = AccessControl.get().currentUser().username();
        String now = InstantText.format(Instant.now());
        String prefix = NumberCounter.prefix(c);
        Map<Integer, int[]> next = new HashMap<>();
        int imported = 0;
        int updated = 0;
        try (PreparedStatement file = c.prepareStatement("INSERT INTO case_file (id, version, created_at, created_by, updated_at, updated_by, "
                + FILE_COLUMNS + ") VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SEDANG', ?, ?, ?, NULL, ?, NULL, ?, ?, NULL, NULL)");
                PreparedStatement client = c.prepareStatement("INSERT INTO case_client (id, version, created_at, created_by, updated_at, updated_by, "
                        + "case_id, person_id, nama, peran) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, 'UTAMA')");
                PreparedStatement step = c.prepareStatement("INSERT INTO case_transition (id, version, created_at, created_by, updated_at, updated_by, "
                        + "case_id, dari, ke, alasan) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)"); // TextRules: data (column names)
                PreparedStatement fileAud = c.prepareStatement("INSERT INTO case_file_aud (id, rev, revtype, " + FILE_COLUMNS + ") SELECT id, ?, ?, "
                        + FILE_COLUMNS + " FROM case_file WHERE id = ?");
                PreparedStatement clientAud = c.prepareStatement("INSERT INTO case_client_aud (id, rev, revtype, case_id, person_id, nama, peran) "
                        + "VALUES (?, ?, 0, ?, ?, ?, 'UTAMA')");
                PreparedStatement stepAud = c.prepareStatement("INSERT INTO case_transition_aud (id, rev, revtype, case_id, dari, ke, alasan) " // TextRules: data (column names)
                        + "VALUES (?, ?, 0, ?, ?, ?, ?)");
                PreparedStatement current = c.prepareStatement("SELECT status, tanggal_tutup, alasan_tutup, kategori_kode, kode_kelurahan FROM case_file WHERE id = ?");
                PreparedStatement update = c.prepareStatement("UPDATE case_file SET status = ?, tanggal_tutup = ?, alasan_tutup = ?, kategori_kode = ?, "
                        + "kode_kelurahan = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")) {
            int done = 0;
            for (Row r : rows) {
                if (progress.cancelled()) {
                    throw new CancellationException();
                }
                String closed = r.tanggalTutup() == null ? null : r.tanggalTutup().toString();
                String reason = r.alasanTutup() == null ? null : r.alasanTutup().name();
                if (r.existingCaseId() != null) {
                    current.setString(1, r.existingCaseId());
                    String oldStatus;
                    boolean same;
                    try (ResultSet rs = current.executeQuery()) {
                        rs.next();
                        oldStatus = rs.getString(1);
                        same = oldStatus.equals(r.status().name()) && Objects.equals(rs.getString(2), closed) && Objects.equals(rs.getString(3), reason)
                                && Objects.equals(rs.getString(4), r.kategoriKode()) && Objects.equals(rs.getString(5), r.kodeKelurahan());
                    }
                    if (!same) {
                        int i = 1;
                        update.setString(i++, r.status().name());
                        update.setString(i++, closed);
                        update.setString(i++, reason);
                        update.setString(i++, r.kategoriKode());
                        update.setString(i++, r.kodeKelurahan());
                        update.setString(i++, now);
                        update.setString(i++, user);
                        update.setString(i, r.existingCaseId());
                        update.executeUpdate();
                        aud(fileAud, rev, 1, r.existingCaseId());
                        if (!oldStatus.equals(r.status().name())) {
                            transition(step, stepAud, rev, now, user, r.existingCaseId(), oldStatus, r.status(), why);
                        }
                        updated++;
                    }
                } else {
                    int year = r.tanggalBuka().getYear();
                    int[] seq = next.computeIfAbsent(year, y -> new int[] {-1});
                    if (seq[0] < 0) {
                        seq[0] = NumberCounter.last(c, prefix, year);
                    }
                    seq[0]++;
                    ImportClients.Client who = clients.get(r);
                    String id = Uuids.newId();
                    int i = 1;
                    file.setString(i++, id);
                    file.setString(i++, now);
                    file.setString(i++, user);
                    file.setString(i++, now);
                    file.setString(i++, user);
                    file.setString(i++, NumberCounter.format(prefix, year, seq[0]));
                    file.setString(i++, r.nomorLama());
                    file.setInt(i++, year);
                    file.setString(i++, r.status().name());
                    file.setString(i++, r.sumber().name());
                    file.setString(i++, r.kategoriKode());
                    file.setString(i++, user);
                    file.setString(i++, r.tanggalBuka().toString());
                    file.setString(i++, r.kodeKelurahan());
                    file.setString(i++, who.nama());
                    file.setString(i++, closed);
                    file.setString(i, reason);
                    file.addBatch();
                    aud(fileAud, rev, 0, id);
                    String clientId = Uuids.newId();
                    client.setString(1, clientId);
                    client.setString(2, now);
                    client.setString(3, user);
                    client.setString(4, now);
                    client.setString(5, user);
                    client.setString(6, id);
                    client.setString(7, who.personId());
                    client.setString(8, who.nama());
                    client.addBatch();
                    clientAud.setString(1, clientId);
                    clientAud.setInt(2, rev);
                    clientAud.setString(3, id);
                    clientAud.setString(4, who.personId());
                    clientAud.setString(5, who.nama());
                    clientAud.addBatch();
                    transition(step, stepAud, rev, now, user, id, null, r.status(), why);
                    imported++;
                }
                progress.step(rows.size() + ++done, rows.size() * 2);
                if (done % BATCH == 0) {
                    flush(file, fileAud, client, clientAud, step, stepAud);
                }
            }
            flush(file, fileAud, client, clientAud, step, stepAud);
        }
        for (var e : next.entrySet()) {
            NumberCounter.set(c, prefix, e.getKey(), e.getValue()[0]);
        }
        return new int[] {imported, updated};
    }

    /**
     * Runs the pending rows, the case rows before the audit rows that copy them. The one update
     * per changed case runs at once; its audit copy waits here and reads the updated row.
     */
    private static void flush(PreparedStatement... inOrder) throws SQLException {
        for (PreparedStatement ps : inOrder) {
            ps.executeBatch();
        }
    }

    private static void aud(PreparedStatement fileAud, int rev, int type, String id) throws SQLException {
        fileAud.setInt(1, rev);
        fileAud.setInt(2, type);
        fileAud.setString(3, id);
        fileAud.addBatch();
    }

    private static void transition(PreparedStatement step, PreparedStatement stepAud, int rev, String now, String user, String caseId, String from,
            CaseStatus to, String why) throws SQLException {
        String id = Uuids.newId();
        step.setString(1, id);
        step.setString(2, now);
        step.setString(3, user);
        step.setString(4, now);
        step.setString(5, user);
        step.setString(6, caseId);
        step.setString(7, from);
        step.setString(8, to.name());
        step.setString(9, why);
        step.addBatch();
        stepAud.setString(1, id);
        stepAud.setInt(2, rev);
        stepAud.setString(3, caseId);
        stepAud.setString(4, from);
        stepAud.setString(5, to.name());
        stepAud.setString(6, why);
        stepAud.addBatch();
    }

    /** One Envers revision for the whole import (the security module's revision table). */
    static int revision(Connection c) throws SQLException {
        String user = AccessControl.get().currentUser().username();
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO security_revision (rev_timestamp, changed_at, username) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, now.toEpochMilli());
            ps.setString(2, InstantText.format(now));
            ps.setString(3, user);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

}
