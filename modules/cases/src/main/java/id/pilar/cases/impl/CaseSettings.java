package id.pilar.cases.impl;

import java.util.List;
import org.hibernate.Session;

/** The module's settings, one row per key in {@code case_setting}. */
final class CaseSettings {

    static final String OFFICE_PREFIX = "office.prefix";

    private CaseSettings() {
    }

    static String get(Session s, String key, String fallback) {
        List<String> v = s.createNativeQuery("SELECT nilai FROM case_setting WHERE kunci = :k", String.class).setParameter("k", key).getResultList();
        return v.isEmpty() ? fallback : v.get(0);
    }

    static void put(Session s, String key, String value) {
        int n = s.createNativeMutationQuery("UPDATE case_setting SET nilai = :v WHERE kunci = :k").setParameter("v", value).setParameter("k", key).executeUpdate();
        if (n == 0) {
            s.createNativeMutationQuery("INSERT INTO case_setting (kunci, nilai) VALUES (:k, :v)").setParameter("k", key).setParameter("v", value).executeUpdate();
        }
    }
}
