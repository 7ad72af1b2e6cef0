package id.pilar.core.testmods;

import id.pilar.core.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_a_item")
public class TestAItem extends BaseEntity {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kelurahan")
    private String kelurahan;

    protected TestAItem() {
    }

    public TestAItem(String name, String kelurahan) {
        this.name = name;
        this.kelurahan = kelurahan;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
