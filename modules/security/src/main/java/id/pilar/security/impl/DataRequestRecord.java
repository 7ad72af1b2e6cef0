package id.pilar.security.impl;

import id.pilar.core.persistence.BaseEntity;
import id.pilar.security.api.DataRequests.Kind;
import id.pilar.security.api.DataRequests.RequestInfo;
import id.pilar.security.api.DataRequests.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * An erasure or restriction request and its decision. The record itself is the workflow's trail;
 * audited as well, so a changed reason or decision note shows who changed it.
 */
@Entity
@Audited
@Table(name = "pdp_request")
public class DataRequestRecord extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private Kind kind;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.DIAJUKAN;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected DataRequestRecord() {
    }

    DataRequestRecord(String personId, Kind kind, String reason, String requestedBy) {
        this.personId = personId;
        this.kind = kind;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    RequestInfo info() {
        return new RequestInfo(getId(), personId, kind, reason, status, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote);
    }

    String personId() {
        return personId;
    }

    Kind kind() {
        return kind;
    }

    Status status() {
        return status;
    }

    String requestedBy() {
        return requestedBy;
    }

    void decide(Status outcome, String by, String note) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionNote = note;
    }
}
