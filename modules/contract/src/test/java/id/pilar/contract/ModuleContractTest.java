package id.pilar.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.spi.ModuleSchema;
import id.pilar.testkit.ModuleContract;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;

/** The module contract over every module of the application, and the rules catching what they should. */
class ModuleContractTest {

    @Test
    void everyInstalledModuleKeepsTheContract() {
        List<String> modules = Lookup.getDefault().lookupAll(ModuleSchema.class).stream().map(ModuleSchema::moduleId).toList();
        assertThat(modules).contains("core", "security", "registry", "rosters");
        for (ModuleSchema s : Lookup.getDefault().lookupAll(ModuleSchema.class)) {
            ModuleContract.check(s);
        }
    }

    @Test
    void personalColumnsAreRecognisedByTheirWords() {
        assertThat(List.of("nik", "nama", "full_name", "nomor_kk", "telepon", "phone", "alamat_jalan", "address", "catatan",
                "decision_note", "nama_ibu", "nik_lama", "head_name"))
                .allSatisfy(c -> assertThat(ModuleContract.isPersonal(c)).as(c).isTrue());
        assertThat(List.of("id", "username", "nama_kanonik", "name_key", "nama_file", "kode_kelurahan", "status", "minutes"))
                .allSatisfy(c -> assertThat(ModuleContract.isPersonal(c)).as(c).isFalse());
    }

    /** A module that forgot the history of its person-holding entity. */
    @Entity
    @Table(name = "x_client")
    static class Unaudited {
        @Id
        @Column(name = "id")
        String id;
        @Column(name = "nik")
        String nik;
        @Column(name = "telepon")
        String telepon;
    }

    /** Audited, but the name is left out of the history. */
    @Entity
    @Audited
    @Table(name = "x_case")
    static class NameNotAudited {
        @Id
        @Column(name = "id")
        String id;
        @NotAudited
        @Column(name = "nama")
        String nama;
    }

    /** No personal column: no history or PDP source needed. */
    @Entity
    @Table(name = "x_counter")
    static class Counter {
        @Id
        @Column(name = "id")
        String id;
        @Column(name = "total")
        int total;
    }

    private static ModuleSchema schema(String id, Class<?>... entities) {
        return new ModuleSchema() {
            @Override
            public String moduleId() {
                return id;
            }

            @Override
            public String migrationLocation() {
                return "x/db";
            }

            @Override
            public List<Class<?>> entityClasses() {
                return List.of(entities);
            }
        };
    }

    @Test
    void anUnauditedEntityWithPersonalColumnsFails() {
        assertThatThrownBy(() -> ModuleContract.assertAudited(schema("kasus", Unaudited.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unaudited").hasMessageContaining("x_client.nik").hasMessageContaining("x_client_aud");
        assertThatThrownBy(() -> ModuleContract.assertAudited(schema("kasus", NameNotAudited.class)))
                .hasMessageContaining("nama").hasMessageContaining("@NotAudited");
        ModuleContract.assertAudited(schema("kasus", Counter.class));
    }

    @Test
    void aModuleWithPersonalColumnsButNoPersonalDataSourceFails() {
        assertThatThrownBy(() -> ModuleContract.assertPersonalDataSource(schema("penghargaan", Unaudited.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("penghargaan").hasMessageContaining("PersonalDataSource");
        ModuleContract.assertPersonalDataSource(schema("penghargaan", Counter.class));
        // rosters holds members' NIK, name and phone and registers its source:
        ModuleContract.assertPersonalDataSource(schema("rosters", Unaudited.class));
    }
}
