package id.pilar.rosters.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.Certificate;
import id.pilar.rosters.api.CertificateDraft;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.TrainingService;
import id.pilar.rosters.impl.model.RosterCertificateEntity;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

@ServiceProvider(service = TrainingService.class)
@Messages({
    "ERR_CertMemberNotFound=Anggota tidak ditemukan.",
    "ERR_TrainingNameRequired=Nama pelatihan wajib diisi.",
    "ERR_SkillCodeRequired=Kode keahlian (mis. SAR, P3K) wajib diisi.",
    "ERR_CertIssuedRequired=Tanggal terbit sertifikat wajib diisi.",
    "ERR_CertExpiresBeforeIssue=Sertifikat berakhir sebelum tanggal terbitnya."
})
public final class TrainingServiceImpl implements TrainingService {

    private final Transactions tx;

    public TrainingServiceImpl() {
        this(null);
    }

    public TrainingServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public Certificate add(CertificateDraft d) {
        AccessControl.get().require(RostersPermissions.MEMBER_WRITE);
        return tx().inTransaction(s -> {
            List<String> p = new ArrayList<>();
            if (d.memberId() == null || s.find(RosterMemberEntity.class, d.memberId()) == null) {
                p.add(Bundle.ERR_CertMemberNotFound());
            }
            if (Wilayah.blank(d.trainingName())) {
                p.add(Bundle.ERR_TrainingNameRequired());
            }
            if (Wilayah.blank(d.skillCode())) {
                p.add(Bundle.ERR_SkillCodeRequired());
            }
            if (d.issuedOn() == null) {
                p.add(Bundle.ERR_CertIssuedRequired());
            } else if (d.expiresOn() != null && d.expiresOn().isBefore(d.issuedOn())) {
                p.add(Bundle.ERR_CertExpiresBeforeIssue());
            }
            if (!p.isEmpty()) {
                throw new RostersException(p);
            }
            RosterCertificateEntity c = new RosterCertificateEntity();
            c.memberId = d.memberId();
            c.trainingName = d.trainingName().trim();
            c.skillCode = d.skillCode().trim().toUpperCase(Locale.ROOT);
            c.issuer = Wilayah.trim(d.issuer());
            c.certificateNumber = Wilayah.trim(d.certificateNumber());
            c.issuedOn = d.issuedOn();
            c.expiresOn = d.expiresOn();
            s.persist(c);
            s.flush();
            return query(s, "c.id = :v", c.getId()).get(0);
        });
    }

    @Override
    public List<Certificate> ofMember(String memberId) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> query(s, "c.memberId = :v", memberId));
    }

    @Override
    public List<Certificate> expiring(LocalDate today, int days) {
        AccessControl.get().require(RostersPermissions.READ);
        return tx().read(s -> query(s, "c.expiresOn <= :v", today.plusDays(days)));
    }

    static List<Certificate> query(Session s, String where, Object value) {
        var q = s.createSelectionQuery("select c, m.fullName from RosterCertificateEntity c, RosterMemberEntity m where m.id = c.memberId and "
                + where + " order by c.expiresOn, m.fullName", Object[].class);
        if (value instanceof java.util.Collection<?> many) {
            q.setParameterList("v", many);
        } else {
            q.setParameter("v", value);
        }
        return q.getResultList().stream()
                .map(r -> {
                    RosterCertificateEntity c = (RosterCertificateEntity) r[0];
                    return new Certificate(c.getId(), c.memberId, (String) r[1], c.trainingName, c.skillCode, c.issuer,
                            c.certificateNumber, c.issuedOn, c.expiresOn);
                }).toList();
    }
}
