package id.pilar.cases.impl.imports;

import id.pilar.cases.api.CaseImport.Progress;
import id.pilar.cases.api.CaseImport.Row;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSearch;
import id.pilar.registry.api.PersonService;
import id.pilar.registry.api.PersonSummary;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds each client of an import in the registry by NIK, or registers them (without NIK: a
 * person without documents). Registration goes through the registry's own service, so a person
 * is checked and numbered as the registry does it; it runs before the cases' transaction, and a
 * person registered by an import that is then cancelled stays in the registry (found again by
 * NIK when the file is imported once more).
 */
final class ImportClients {

    record Client(String personId, String nama) {
    }

    private ImportClients() {
    }

    static Map<Row, Client> resolve(List<Row> rows, Progress progress) {
        Map<Row, Client> out = new LinkedHashMap<>();
        Map<String, Client> byNik = new HashMap<>();
        int done = 0;
        for (Row r : rows) {
            if (progress.cancelled()) {
                break;
            }
            Client c = r.nik() == null ? null : byNik.computeIfAbsent(r.nik(), ImportClients::find);
            if (c == null) {
                PersonDraft d = PersonDraft.named(r.nama()).withNik(r.nik()).withBirth(r.jenisKelamin(), null, r.tanggalLahir());
                if (r.kodeKelurahan() != null) {
                    d = d.withAddress(null, null, null, r.kodeKelurahan());
                }
                PersonSummary p = PersonService.get().create(d, true);
                c = new Client(p.id(), p.nama());
                if (r.nik() != null) {
                    byNik.put(r.nik(), c);
                }
            }
            out.put(r, c);
            progress.step(++done, rows.size() * 2);
        }
        return out;
    }

    private static Client find(String nik) {
        for (PersonSummary p : PersonSearch.get().search(nik, 5)) {
            if (nik.equals(p.nik())) {
                return new Client(p.id(), p.nama());
            }
        }
        return null;
    }
}
