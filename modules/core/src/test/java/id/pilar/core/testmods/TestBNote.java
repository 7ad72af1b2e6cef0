package id.pilar.core.testmods;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_b_note")
public class TestBNote extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private TestAItem item;

    @Column(name = "body", nullable = false)
    private String body;

    protected TestBNote() {
    }

    public TestBNote(TestAItem item, String body) {
        this.item = item;
        this.body = body;
    }

    public String getBody() {
        return body;
    }
}
