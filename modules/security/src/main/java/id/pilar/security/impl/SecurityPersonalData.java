package id.pilar.security.impl;

import id.pilar.core.spi.PersonalDataSection;
import id.pilar.core.spi.PersonalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * What this module holds about a person: consents, UU PDP requests, and who opened the person's
 * file. Erasure blanks the consent evidence (a form number can identify) but keeps purpose and
 * dates, so consent statistics stay right.
 */
@ServiceProvider(service = PersonalDataSource.class, position = 1000)
@Messages({
    "SEC_Consents=Persetujuan (UU PDP)",
    "SEC_Requests=Permintaan penghapusan/pembatasan",
    "SEC_ReadLog=Akses ke berkas orang ini",
    "FLD_Purpose=Tujuan",
    "FLD_GivenOn=Tanggal persetujuan",
    "FLD_Evidence=Bukti",
    "FLD_WithdrawnOn=Ditarik pada",
    "FLD_Kind=Jenis",
    "FLD_Reason=Alasan",
    "FLD_Status=Status",
    "FLD_RequestedAt=Diajukan pada",
    "FLD_At=Waktu",
    "FLD_User=Pengguna",
    "FLD_Action=Tindakan",
    "ERASED=[dihapus atas permintaan subjek data]"
})
public final class SecurityPersonalData implements PersonalDataSource {

    @Override
    public String moduleId() {
        return SecuritySchema.MODULE_ID;
    }

    @Override
    public List<PersonalDataSection> collect(String personId, Connection c) throws SQLException {
        List<PersonalDataSection> out = new ArrayList<>();
        out.add(new PersonalDataSection(Bundle.SEC_Consents(), rows(c,
                "SELECT purpose, given_on, evidence, withdrawn_on FROM pdp_consent WHERE person_id = ? ORDER BY given_on", personId,
                Bundle.FLD_Purpose(), Bundle.FLD_GivenOn(), Bundle.FLD_Evidence(), Bundle.FLD_WithdrawnOn())));
        out.add(new PersonalDataSection(Bundle.SEC_Requests(), rows(c,
                "SELECT kind, reason, status, requested_at FROM pdp_request WHERE person_id = ? ORDER BY requested_at", personId,
                Bundle.FLD_Kind(), Bundle.FLD_Reason(), Bundle.FLD_Status(), Bundle.FLD_RequestedAt())));
        out.add(new PersonalDataSection(Bundle.SEC_ReadLog(), rows(c,
                "SELECT at, username, action FROM security_read_log WHERE entity_id = ? ORDER BY at", personId,
                Bundle.FLD_At(), Bundle.FLD_User(), Bundle.FLD_Action())));
        return out;
    }

    private static List<Map<String, String>> rows(Connection c, String sql, String personId, String... labels) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < labels.length; i++) {
                        String v = rs.getString(i + 1);
                        row.put(labels[i], v == null ? "" : v);
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    @Override
    public void anonymise(String personId, Connection c) throws SQLException {
        for (String table : List.of("pdp_consent", "pdp_consent_aud")) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET evidence = ? WHERE person_id = ?")) {
                ps.setString(1, Bundle.ERASED());
                ps.setString(2, personId);
                ps.executeUpdate();
            }
        }
    }
}
