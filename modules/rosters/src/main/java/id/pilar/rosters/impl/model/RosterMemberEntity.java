package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A member of one or more pillar organisations: a person of its own, identified by NIK. */
@Entity
@Audited
@Table(name = "ros_member")
public class RosterMemberEntity extends BaseEntity {

    @Column(name = "nik", nullable = false)
    public String nik;
    @Column(name = "full_name", nullable = false)
    public String fullName;
    @NotAudited // derived search key: rebuilt from the name, not history
    @Column(name = "name_key", nullable = false)
    public String nameKey;
    @Column(name = "sex", nullable = false)
    public String sex;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Column(name = "phone")
    public String phone;
    @Column(name = "kelurahan_kode")
    public String kelurahanKode;
    @Column(name = "tagana_number")
    public String taganaNumber;
    @Column(name = "tagana_rank")
    public String taganaRank;
    @Column(name = "tksk_kecamatan_kode")
    public String tkskKecamatanKode;
    @Column(name = "tksk_sk_number")
    public String tkskSkNumber;
    @Column(name = "tksk_sk_valid_from")
    public LocalDate tkskSkValidFrom;
    @Column(name = "tksk_sk_valid_until")
    public LocalDate tkskSkValidUntil;
    @Column(name = "psm_kelurahan_kode")
    public String psmKelurahanKode;
}
