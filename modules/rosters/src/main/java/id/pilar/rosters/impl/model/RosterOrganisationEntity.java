package id.pilar.rosters.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A social-pillar organisation (Tagana, TKSK, LKS, …) as stored. */
@Entity
@Audited
@Table(name = "ros_organisation")
public class RosterOrganisationEntity extends BaseEntity {

    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "psks_kode", nullable = false)
    public String psksKode;
    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;
    @Column(name = "sk_number")
    public String skNumber;
    @Column(name = "sk_valid_from")
    public LocalDate skValidFrom;
    @Column(name = "sk_valid_until")
    public LocalDate skValidUntil;
    @Column(name = "address")
    public String address;
    @Column(name = "kelurahan_kode", nullable = false)
    public String kelurahanKode;
    @Column(name = "head_name")
    public String headName;
    @Column(name = "status", nullable = false)
    public String status;
}
