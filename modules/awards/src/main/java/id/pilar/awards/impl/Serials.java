package id.pilar.awards.impl;

import org.hibernate.Session;

/**
 * Certificate numbers: {@code PLR/<award code>/<year>/<sequence>}, e.g. {@code PLR/SLKS/2026/0003}.
 * The sequence counts this type's awards of the ceremony year; the unique index on
 * {@code serial_number} refuses a duplicate should two conferrals race.
 */
final class Serials {

    private Serials() {
    }

    static String next(Session s, String code, int year) {
        String prefix = "PLR/" + code + "/" + year + "/";
        Long n = s.createSelectionQuery("select count(a) from AwardEntity a where a.serialNumber like :p", Long.class)
                .setParameter("p", prefix + "%").getSingleResult();
        return prefix + String.format("%04d", n + 1);
    }
}
