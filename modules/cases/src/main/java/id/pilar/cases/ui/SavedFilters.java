package id.pilar.cases.ui;

import id.pilar.cases.api.CaseService.CaseFilter;
import id.pilar.cases.api.CaseSource;
import id.pilar.cases.api.CaseStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * Saved filters of the case list, per user of this PC (the filter is a view setting, not case
 * data): status|worker|kelurahan|category|overdue|source|text under the filter's name.
 */
final class SavedFilters {

    private SavedFilters() {
    }

    private static Preferences node() {
        return NbPreferences.forModule(SavedFilters.class).node("filters");
    }

    static List<String> names() {
        try {
            return new ArrayList<>(List.of(node().keys()));
        } catch (BackingStoreException e) {
            return List.of();
        }
    }

    static void save(String name, CaseFilter f) {
        node().put(name, encode(f));
    }

    static CaseFilter load(String name) {
        String v = node().get(name, null);
        return v == null ? null : decode(v);
    }

    static String encode(CaseFilter f) {
        return String.join("|", f.status() == null ? "" : f.status().name(), n(f.pekerja()), n(f.kodeKelurahan()), n(f.kategoriKode()),
                Boolean.toString(f.terlambat()), f.sumber() == null ? "" : f.sumber().name(), n(f.teks()).replace("|", " "));
    }

    static CaseFilter decode(String v) {
        String[] p = v.split("\\|", -1);
        return new CaseFilter(p[0].isEmpty() ? null : CaseStatus.valueOf(p[0]), e(p[1]), e(p[2]), e(p[3]), Boolean.parseBoolean(p[4]),
                p[5].isEmpty() ? null : CaseSource.valueOf(p[5]), e(p[6]), CaseListModel.PAGE);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String e(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
