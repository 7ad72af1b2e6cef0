package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Facts about a member the rosters do not hold (citizenship, blood donations, sentences), with their evidence. */
@Entity
@Audited
@Table(name = "awd_member_record")
public class AwardMemberRecordEntity extends BaseEntity {

    @Column(name = "member_id", nullable = false)
    public String memberId;
    @Column(name = "citizenship")
    public String citizenship;
    @Column(name = "blood_donations")
    public Integer bloodDonations;
    @Column(name = "prison_years")
    public Integer prisonYears;
    @Column(name = "disqualified", nullable = false)
    public int disqualified;
    @Column(name = "evidence")
    public String evidence;
}
