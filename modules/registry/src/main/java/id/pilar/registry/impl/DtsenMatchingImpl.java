package id.pilar.registry.impl;

import id.pilar.registry.api.RegistryException;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.DtsenCandidate;
import id.pilar.registry.api.DtsenMatching;
import id.pilar.registry.api.DtsenSnapshot;
import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.impl.match.DuplicateScore;
import id.pilar.registry.impl.match.PersonKey;
import id.pilar.registry.impl.model.DtsenLinkEntity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Links a registry person to DTSEN when asked (the person window), so an import never pays for
 * matching: a confirmed link first, then the NIK, then KK + canonical name + birth date; if none
 * holds, DTSEN rows with the same birth date or KK are scored like duplicates and offered.
 */
@ServiceProvider(service = DtsenMatching.class)
@Messages({
    "ERR_DtsenRowMissing=Baris DTSEN tersebut tidak ada (mungkin belum diimpor)."
})
public final class DtsenMatchingImpl implements DtsenMatching {

    public static final String BY_NIK = "NIK";
    public static final String BY_KK_NAME_DATE = "KK_NAMA_TANGGAL";
    public static final String CONFIRMED = "DIKONFIRMASI";
    /** Fuzzy candidates at or above this score are offered for confirmation. */
    static final int OFFER = 60;

    private static final String DTSEN_COLUMNS = "d.iddtks, d.nik, d.nomor_kk, d.nama, d.tanggal_lahir, d.jenis_kelamin, d.kode_kelurahan,"
            + " d.nama_ibu, d.desil, d.pkh, d.bpnt, d.pbi_jk, i.tanggal";

    private final Transactions tx;

    public DtsenMatchingImpl() {
        this(Transactions.get());
    }

    public DtsenMatchingImpl(Transactions tx) {
        this.tx = tx;
    }

    private record Row(String iddtks, String nik, String kk, String nama, String tanggalLahir, String jk, String kel, String ibu,
            Integer desil, boolean pkh, boolean bpnt, boolean pbi, LocalDate tanggalImpor) {
    }

    private record Person(PersonKey key, List<String> kks) {
    }

    @Override
    public DtsenStatus status(String personId) {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.jdbc(c -> {
            Person p = person(c, personId);
            if (p == null) {
                return DtsenStatus.notRegistered(List.of());
            }
            String linked = confirmed(c, personId);
            if (linked != null) {
                List<Row> rows = rows(c, "d.iddtks = ?", linked);
                if (!rows.isEmpty()) {
                    return registered(c, rows.get(0), CONFIRMED);
                }
            }
            if (p.key().nik() != null) {
                List<Row> rows = rows(c, "d.nik = ?", p.key().nik());
                if (!rows.isEmpty()) {
                    return registered(c, rows.get(0), BY_NIK);
                }
            }
            Map<String, Row> pool = new LinkedHashMap<>();
            for (String kk : p.kks()) {
                for (Row r : rows(c, "d.nomor_kk = ?", kk)) {
                    if (p.key().tanggalLahir() != null && p.key().tanggalLahir().equals(r.tanggalLahir())
                            && p.key().nama().equals(PersonNames.canonical(r.nama()))) {
                        return registered(c, r, BY_KK_NAME_DATE);
                    }
                    pool.put(r.iddtks(), r);
                }
            }
            // Same birth date: no index (an import would pay for it on every load), so only when the
            // person has no KK to look in; a scan of the DTSEN table, done only for this window.
            if (pool.isEmpty() && p.key().tanggalLahir() != null) {
                for (Row r : rows(c, "d.tanggal_lahir = ?", p.key().tanggalLahir())) {
                    pool.putIfAbsent(r.iddtks(), r);
                }
            }
            List<DtsenCandidate> candidates = new ArrayList<>();
            for (Row r : pool.values()) {
                PersonKey other = PersonKey.of(r.iddtks(), null, PersonNames.canonical(r.nama()), null, r.jk(), r.tanggalLahir(), null,
                        r.kel(), r.ibu() == null ? null : r.ibu().toLowerCase(Locale.ROOT));
                PersonKey self = PersonKey.of(personId, null, p.key().nama(), p.key().alias(), p.key().jenisKelamin(),
                        p.key().tanggalLahir(), p.key().tahunPerkiraan(), p.key().kodeKelurahan(), p.key().namaIbu());
                DuplicateScore.Result s = DuplicateScore.explain(self, other);
                if (s.score() >= OFFER) {
                    candidates.add(new DtsenCandidate(r.iddtks(), r.nama(), r.tanggalLahir() == null ? null : LocalDate.parse(r.tanggalLahir()),
                            PersonRows.mask(r.kk(), PersonRows.canSeeNik()), PersonRows.kelurahan(r.kel()), s.score(), s.reasons()));
                }
            }
            candidates.sort(Comparator.comparingInt(DtsenCandidate::skor).reversed());
            return DtsenStatus.notRegistered(candidates.size() > 5 ? candidates.subList(0, 5) : candidates);
        });
    }

    @Override
    public DtsenStatus confirm(String personId, String iddtks) {
        AccessControl.get().require(RegistryPermissions.DTSEN_LINK);
        tx.run(s -> {
            boolean exists = s.doReturningWork(c -> !rows(c, "d.iddtks = ?", iddtks).isEmpty());
            if (!exists) {
                throw new RegistryException("ERR_DtsenRowMissing", Bundle.ERR_DtsenRowMissing());
            }
            List<DtsenLinkEntity> links = s.createSelectionQuery("from DtsenLinkEntity l where l.personId = :p", DtsenLinkEntity.class)
                    .setParameter("p", personId).getResultList();
            if (links.isEmpty()) {
                s.persist(new DtsenLinkEntity(personId, iddtks, 0));
            } else {
                links.get(0).setIddtks(iddtks);
            }
        });
        return status(personId);
    }

    @Override
    public DtsenSnapshotInfo latestImport() {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.query(c -> { // read-only: the start page asks while Hibernate may still be starting
            try (PreparedStatement ps = c.prepareStatement("SELECT id, nama_file, tanggal, jumlah_baru, jumlah_ubah, jumlah_tolak"
                    + " FROM dtsen_impor ORDER BY created_at DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new DtsenSnapshotInfo(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)) : null;
            }
        });
    }

    @Override
    public double matchedShare() {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.query(c -> { // read-only: the start page asks while Hibernate may still be starting
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), sum(CASE WHEN p.nik IS NOT NULL AND EXISTS"
                    + " (SELECT 1 FROM dtsen_person d WHERE d.nik = p.nik) THEN 1 ELSE 0 END) FROM reg_person p WHERE p.status = 'AKTIF'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                long all = rs.getLong(1);
                return all == 0 ? 0.0 : rs.getLong(2) / (double) all;
            }
        });
    }

    private static Person person(Connection c, String id) throws SQLException {
        PersonKey key;
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.nik, p.nama_kanonik, p.alias_kanonik, p.jenis_kelamin,"
                + " p.tanggal_lahir, p.tahun_lahir_perkiraan, p.kode_kelurahan, p.nama_ibu FROM reg_person p WHERE p.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int est = rs.getInt(7);
                boolean noEst = rs.wasNull();
                String ibu = rs.getString(9);
                key = PersonKey.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), noEst ? null : est, rs.getString(8), ibu == null ? null : ibu.toLowerCase(Locale.ROOT));
            }
        }
        List<String> kks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.nomor_kk FROM reg_household_anggota m JOIN reg_household h"
                + " ON h.id = m.household_id WHERE m.person_id = ? ORDER BY m.selesai IS NULL DESC")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kks.add(rs.getString(1));
                }
            }
        }
        return new Person(key, kks);
    }

    private static String confirmed(Connection c, String personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT iddtks FROM reg_dtsen_tautan WHERE person_id = ?")) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<Row> rows(Connection c, String where, String value) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + DTSEN_COLUMNS + " FROM dtsen_person d"
                + " JOIN dtsen_impor i ON i.nomor = d.impor_terakhir WHERE " + where + " LIMIT 200")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int desil = rs.getInt(9);
                    boolean noDesil = rs.wasNull();
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), noDesil ? null : desil, rs.getInt(10) == 1,
                            rs.getInt(11) == 1, rs.getInt(12) == 1, LocalDate.parse(rs.getString(13))));
                }
            }
        }
        return out;
    }

    private static DtsenStatus registered(Connection c, Row r, String how) throws SQLException {
        List<DtsenSnapshot> history = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.tanggal, i.nama_file, h.desil, h.pkh, h.bpnt, h.pbi_jk"
                + " FROM dtsen_riwayat h JOIN dtsen_impor i ON i.id = h.impor_id WHERE h.iddtks = ? ORDER BY i.created_at DESC")) {
            ps.setString(1, r.iddtks());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int desil = rs.getInt(3);
                    boolean noDesil = rs.wasNull();
                    history.add(new DtsenSnapshot(LocalDate.parse(rs.getString(1)), rs.getString(2), noDesil ? null : desil,
                            rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getInt(6) == 1));
                }
            }
        }
        return new DtsenStatus(true, r.iddtks(), r.desil(), r.pkh(), r.bpnt(), r.pbi(), r.tanggalImpor(), how, history, List.of());
    }
}
