package id.pilar.awards.impl.model;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An award type of the catalogue with its rules and approval route (one level per line). */
@Entity
@Audited
@Table(name = "awd_type")
public class AwardTypeEntity extends BaseEntity {

    @Column(name = "code", nullable = false)
    public String code;
    @Column(name = "name", nullable = false)
    public String name;
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;
    @Column(name = "rules", nullable = false)
    public String rules;
    @Column(name = "route", nullable = false)
    public String route;
    @Column(name = "occasion")
    public String occasion;
    @Column(name = "ceremony_month")
    public Integer ceremonyMonth;
    @Column(name = "ceremony_day")
    public Integer ceremonyDay;
    @Column(name = "min_gap_years", nullable = false)
    public int minGapYears;
    @Column(name = "max_gap_days", nullable = false)
    public int maxGapDays;
    @Column(name = "active", nullable = false)
    public int active;
    @Column(name = "description")
    public String description;
}
