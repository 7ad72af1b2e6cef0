package id.pilar.cases.impl.imports;

import id.pilar.cases.api.CaseImport.Progress;
import id.pilar.cases.api.CaseImport.Row;
import id.pilar.cases.api.CasesException;
import id.pilar.registry.api.PersonBulkRegistry;
import id.pilar.registry.api.PersonDraft;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/**
 * Finds each client of an import in the registry (by NIK, then the registry's duplicate check)
 * or registers them (without NIK: a person without documents), through the registry's bulk
 * api inside the import's own transaction: a cancelled or failed import leaves no person
 * behind either.
 */
@Messages({
    "# {0} - row", "# {1} - reason", "ERR_ClientRefused=Baris {0}: klien tidak dapat didaftarkan di registri: {1}"
})
final class ImportClients {

    record Client(String personId, String nama) {
    }

    private ImportClients() {
    }

    static Map<Row, Client> resolve(Connection c, long revision, List<Row> rows, Progress progress) throws SQLException {
        List<PersonDraft> drafts = new ArrayList<>(rows.size());
        for (Row r : rows) {
            PersonDraft d = PersonDraft.named(r.nama()).withNik(r.nik()).withBirth(r.jenisKelamin(), null, r.tanggalLahir());
            if (r.kodeKelurahan() != null) {
                d = d.withAddress(null, null, null, r.kodeKelurahan());
            }
            drafts.add(d);
        }
        List<PersonBulkRegistry.Match> found = PersonBulkRegistry.get().findOrRegister(c, revision, drafts, progress::cancelled);
        Map<Row, Client> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PersonBulkRegistry.Match m = found.get(i);
            if (m.how() == PersonBulkRegistry.How.REFUSED) {
                // The import's own checks cover what the registry refuses; should they ever disagree, nothing is written.
                String why = m.errors().isEmpty() ? "" : m.errors().get(0).message();
                throw new CasesException("ERR_ClientRefused", Bundle.ERR_ClientRefused(rows.get(i).baris(), why), rows.get(i).baris(), why);
            }
            out.put(rows.get(i), new Client(m.personId(), m.nama()));
        }
        progress.step(rows.size(), rows.size() * 2);
        return out;
    }
}
