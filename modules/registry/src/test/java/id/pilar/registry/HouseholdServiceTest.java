package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.HouseholdEvent;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.Membership;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.testkit.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HouseholdServiceTest {

    static TestDatabase db;
    static PersonServiceImpl people;
    static HouseholdServiceImpl households;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        people = new PersonServiceImpl(db.transactions());
        households = new HouseholdServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void splitAndMoveAreKeptAsHistoryAndPastHouseholdsStayVisible() {
        PersonSummary ayah = people.create(PersonDraft.named("Slamet Riyadi").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1960, 1, 1)), false);
        PersonSummary anak = people.create(PersonDraft.named("Dewi Riyadi").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1990, 2, 2)), false);
        PersonSummary cucu = people.create(PersonDraft.named("Bima").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(2015, 3, 3)), false);
        HouseholdSummary kk = households.create("3171010101100001", "Jl. Galur 3", "1", "2", "31.71.08.1001", ayah.id(), LocalDate.of(2010, 1, 1));
        households.addMember(kk.id(), anak.id(), Shdk.ANAK, LocalDate.of(2010, 1, 1));
        households.addMember(kk.id(), cucu.id(), Shdk.CUCU, LocalDate.of(2015, 3, 3));

        HouseholdSummary baru = households.split(kk.id(), "3171010202200002", List.of(anak.id(), cucu.id()), anak.id(), LocalDate.of(2020, 2, 2));
        assertThat(baru.asalId()).isEqualTo(kk.id());
        assertThat(baru.currentMembers()).extracting(m -> m.shdk()).containsExactly(Shdk.KEPALA_KELUARGA, Shdk.CUCU);
        HouseholdSummary lama = households.find(kk.id()).orElseThrow();
        assertThat(lama.currentMembers()).extracting(m -> m.person().id()).containsExactly(ayah.id());
        assertThat(lama.anggota()).hasSize(3);
        assertThat(lama.riwayat()).extracting(HouseholdEvent::jenis).contains("PECAH", "DIBENTUK");

        List<Membership> dewi = people.find(anak.id()).orElseThrow().households();
        assertThat(dewi).hasSize(2);
        assertThat(dewi.get(0).current()).isTrue();
        assertThat(dewi.get(0).shdk()).isEqualTo(Shdk.KEPALA_KELUARGA);
        assertThat(dewi.get(1).selesai()).isEqualTo(LocalDate.of(2020, 2, 2));

        HouseholdSummary pindah = households.move(baru.id(), "Jl. Kramat Raya 9", "4", "5", "31.71.05.1001", LocalDate.of(2022, 5, 5));
        assertThat(pindah.alamatJalan()).isEqualTo("Jl. Kramat Raya 9");
        assertThat(pindah.riwayat().get(0).keterangan()).contains("Jl. Galur 3");
        assertThat(households.findByKk("3171010202200002")).hasSize(1);
    }

    @Test
    void invalidKkIsRefused() {
        PersonSummary p = people.create(PersonDraft.named("Ujang"), false);
        assertThatThrownBy(() -> households.create("3171013202200001", null, null, null, null, p.id(), LocalDate.now()))
                .isInstanceOf(RegistryValidationException.class).hasMessageContaining("KK");
    }
}
