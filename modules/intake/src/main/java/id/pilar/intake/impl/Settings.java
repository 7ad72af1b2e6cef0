package id.pilar.intake.impl;

import id.pilar.intake.impl.model.IntakeSettingEntity;
import org.hibernate.Session;

/** The module's settings rows (seeded by V1). */
final class Settings {

    static final String TRIAGE_HOURS = "target.triase.jam";
    static final String RESPONSE_HOURS = "target.respons.jam";
    static final String ALERT_MIN = "alert.jumlah.minimum";
    static final String ALERT_P = "alert.peluang";
    static final String ALERT_WEEKS = "alert.minggu.dasar";

    private Settings() {
    }

    static String get(Session s, String key, String fallback) {
        return s.createSelectionQuery("from IntakeSettingEntity where kunci = :k", IntakeSettingEntity.class)
                .setParameter("k", key).uniqueResultOptional().map(e -> e.nilai).orElse(fallback);
    }

    static void put(Session s, String key, String value) {
        IntakeSettingEntity e = s.createSelectionQuery("from IntakeSettingEntity where kunci = :k", IntakeSettingEntity.class)
                .setParameter("k", key).uniqueResultOptional().orElse(null);
        if (e == null) {
            e = new IntakeSettingEntity();
            e.kunci = key;
            e.nilai = value;
            s.persist(e);
        } else {
            e.nilai = value;
        }
    }
}
