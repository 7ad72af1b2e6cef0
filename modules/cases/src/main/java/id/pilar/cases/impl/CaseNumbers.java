package id.pilar.cases.impl;

import org.hibernate.Session;

/**
 * Case numbers {@code JP-2026-000123}: office prefix (a setting), year of opening, and a counter
 * per prefix and year kept in {@code case_number_seq}. The counter moves in the transaction that
 * opens the case, so a number is given once and never reused.
 */
final class CaseNumbers {

    private CaseNumbers() {
    }

    static String next(Session s, String prefix, int year) {
        s.createNativeMutationQuery("INSERT INTO case_number_seq (prefix, tahun, terakhir) VALUES (:p, :y, 0) ON CONFLICT (prefix, tahun) DO NOTHING")
                .setParameter("p", prefix).setParameter("y", year).executeUpdate();
        s.createNativeMutationQuery("UPDATE case_number_seq SET terakhir = terakhir + 1 WHERE prefix = :p AND tahun = :y")
                .setParameter("p", prefix).setParameter("y", year).executeUpdate();
        Integer n = s.createNativeQuery("SELECT terakhir FROM case_number_seq WHERE prefix = :p AND tahun = :y", Integer.class)
                .setParameter("p", prefix).setParameter("y", year).getSingleResult();
        return format(prefix, year, n);
    }

    static String format(String prefix, int year, int sequence) {
        return String.format("%s-%d-%06d", prefix, year, sequence);
    }

    static String prefix(Session s) {
        return CaseSettings.get(s, CaseSettings.OFFICE_PREFIX, "JP");
    }
}
