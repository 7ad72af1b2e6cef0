package id.pilar.core.impl.reference;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.persistence.Transactions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openide.util.lookup.ServiceProvider;

/**
 * Reads the reference tables once and keeps them in memory: they change only with a new release
 * (through migrations), and every form and import asks for them.
 */
@ServiceProvider(service = ReferenceData.class)
public final class ReferenceDataImpl implements ReferenceData {

    private record Snapshot(List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, Map<String, Kelurahan> byKey,
            List<KategoriKesos> kategori) {
    }

    private final Transactions tx;
    private volatile Snapshot snapshot;

    public ReferenceDataImpl() {
        this(null);
    }

    public ReferenceDataImpl(Transactions tx) {
        this.tx = tx;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load(tx != null ? tx : Transactions.get());
                }
                s = snapshot;
            }
        }
        return s;
    }

    /** Lower-case letters and digits only: the form aliases are stored in. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Plain JDBC on a read connection: the start page's tiles ask while Hibernate may still be starting. */
    private static Snapshot load(Transactions tx) {
        return tx.query(c -> {
            List<Kecamatan> kec = new ArrayList<>();
            Map<String, String> kecNames = new HashMap<>();
            List<Kelurahan> kel = new ArrayList<>();
            Map<String, Kelurahan> byKey = new HashMap<>();
            List<KategoriKesos> kat = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT kode, nama, kode_bps FROM ref_kecamatan ORDER BY kode")) {
                    while (rs.next()) {
                        kec.add(new Kecamatan(rs.getString(1), rs.getString(2), rs.getString(3)));
                        kecNames.put(rs.getString(1), rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT kode, kode_kecamatan, nama, kode_bps, kode_pos, penduduk_2024, luas_m2 "
                        + "FROM ref_kelurahan ORDER BY kode")) {
                    while (rs.next()) {
                        Kelurahan k = new Kelurahan(rs.getString(1), rs.getString(2), kecNames.get(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7));
                        kel.add(k);
                        byKey.put(k.kode(), k);
                        byKey.put(k.kodeBps(), k);
                        byKey.put(k.kode().replace(".", ""), k);
                        byKey.put(normalise(k.nama()), k);
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT alias, kode_kelurahan FROM ref_kelurahan_alias")) {
                    while (rs.next()) {
                        byKey.putIfAbsent(rs.getString(1), byKey.get(rs.getString(2)));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT kode, skema, jenis, nomor, singkatan, nama, aktif "
                        + "FROM ref_kategori_kesos ORDER BY skema DESC, jenis, nomor")) {
                    while (rs.next()) {
                        kat.add(new KategoriKesos(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7) == 1));
                    }
                }
            }
            return new Snapshot(List.copyOf(kec), List.copyOf(kel), Map.copyOf(byKey), List.copyOf(kat));
        });
    }

    @Override
    public List<Kecamatan> kecamatan() {
        return snapshot().kecamatan();
    }

    @Override
    public List<Kelurahan> kelurahan() {
        return snapshot().kelurahan();
    }

    @Override
    public Optional<Kelurahan> kelurahan(String kode) {
        return Optional.ofNullable(kode == null ? null : snapshot().byKey().get(kode.trim()));
    }

    @Override
    public Optional<Kelurahan> findKelurahan(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String t = nameOrCode.replace("\uFEFF", "").trim();
        Kelurahan k = snapshot().byKey().get(t);
        if (k == null) {
            String n = normalise(t);
            if (n.startsWith("kelurahan")) {
                n = n.substring("kelurahan".length());
            } else if (n.startsWith("kel")) {
                k = snapshot().byKey().get(n.substring(3));
            }
            if (k == null) {
                k = snapshot().byKey().get(n);
            }
        }
        return Optional.ofNullable(k);
    }

    @Override
    public List<KategoriKesos> kategori(String jenis, boolean withLegacy) {
        return snapshot().kategori().stream()
                .filter(k -> k.jenis().equals(jenis) && (withLegacy || k.aktif()))
                .toList();
    }

    @Override
    public Optional<KategoriKesos> kategori(String kode) {
        return snapshot().kategori().stream().filter(k -> k.kode().equals(kode)).findFirst();
    }
}
