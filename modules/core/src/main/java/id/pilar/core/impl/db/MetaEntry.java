package id.pilar.core.impl.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One fact about this database file (e.g. when demo data was loaded). Table {@code pilar_meta}. */
@Entity
@Table(name = "pilar_meta")
public class MetaEntry {

    @Id
    @Column(name = "meta_key")
    private String key;

    @Column(name = "meta_value", nullable = false)
    private String value;

    protected MetaEntry() {
    }

    public MetaEntry(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
