package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryValidationException;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.ui.HouseholdMoveModel;
import id.pilar.testkit.TestDatabase;
import id.pilar.ui.api.UiExecutor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17 items 4 and 5: families without a fixed address; a KK's move moves its members. */
class HouseholdAddressTest {

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
    void aHomelessPersonHeadsAndJoinsAKkWithoutAnAddress() {
        PersonSummary ayah = people.create(PersonDraft.named("Tarno").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1975, 1, 1))
                .homeless("Kolong Senen"), false);
        PersonSummary anak = people.create(PersonDraft.named("Wati").withBirth(Sex.PEREMPUAN, null, LocalDate.of(2012, 4, 4))
                .homeless("Kolong Senen"), false);
        PersonDraft head = people.find(ayah.id()).orElseThrow().draft();
        HouseholdSummary kk = households.create("3171010101150003", HouseholdAddress.of(head), ayah.id(), LocalDate.of(2026, 1, 5));
        assertThat(kk.tanpaAlamatTetap()).isTrue();
        assertThat(kk.lokasiTerakhir()).isEqualTo("Kolong Senen");
        assertThat(kk.alamatJalan()).isNull();
        HouseholdSummary joined = households.addMember(kk.id(), anak.id(), Shdk.ANAK, LocalDate.of(2026, 1, 5));
        assertThat(joined.currentMembers()).hasSize(2);
        assertThat(households.residents(kk.id())).extracting(PersonSummary::id).containsExactly(ayah.id(), anak.id());

        // An address is optional: a KK with none at all is allowed too.
        PersonSummary lone = people.create(PersonDraft.named("Sumini"), false);
        HouseholdSummary bare = households.create("3171010101150004", HouseholdAddress.of(null, null, null, null), lone.id(),
                LocalDate.of(2026, 1, 5));
        assertThat(bare.alamatJalan()).isNull();
        // Its first move says where it came from in words, not an empty "dari ;".
        HouseholdSummary placed = households.move(bare.id(), HouseholdAddress.of("Jl. Kramat Raya 5", "1", "2", "31.71.02.1001"),
                List.of(lone.id()), LocalDate.of(2026, 1, 6));
        assertThat(placed.riwayat().get(0).keterangan()).isEqualTo("Pindah alamat dari belum ada alamat; alamat 1 anggota ikut diperbarui");
    }

    @Test
    void aKkAddressIsCheckedWithIndonesianMessages() {
        PersonSummary p = people.create(PersonDraft.named("Darsih"), false);
        assertThatThrownBy(() -> households.create("3171010101150005", HouseholdAddress.of("Jl. Tanpa Kelurahan 1", null, null, null),
                p.id(), LocalDate.of(2026, 1, 5))).isInstanceOf(RegistryValidationException.class)
                .hasMessageContaining("Alamat KK perlu kelurahan").hasMessageContaining("tanpa alamat tetap");
        assertThatThrownBy(() -> households.create("3171010101150005", HouseholdAddress.of("Jl. A", "1a", null, "31.71.04.1001"),
                p.id(), LocalDate.of(2026, 1, 5))).isInstanceOf(RegistryValidationException.class).hasMessageContaining("RT dan RW");
        assertThat(households.findByKk("3171010101150005")).isEmpty();
    }

    @Test
    void movingAKkOffersItsResidentsAndMovesTheChosenOnesWithHistory() throws Exception {
        PersonSummary ayah = people.create(PersonDraft.named("Bambang Priyo").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1970, 2, 2))
                .withAddress("Jl. Kramat Raya 9", "3", "5", "31.71.04.1004"), false);
        PersonSummary ibu = people.create(PersonDraft.named("Lastri Priyo").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1972, 3, 3))
                .withAddress("jl. kramat  raya 9", "003", "005", "31.71.04.1004"), false);
        PersonSummary kos = people.create(PersonDraft.named("Yoga Priyo").withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1999, 4, 4))
                .withAddress("Jl. Salemba 1", "1", "1", "31.71.04.1003"), false);
        HouseholdSummary kk = households.create("3171010101150006", "Jl. Kramat Raya 9", "3", "5", "31.71.04.1004", ayah.id(),
                LocalDate.of(2020, 1, 1));
        households.addMember(kk.id(), ibu.id(), Shdk.ISTRI, LocalDate.of(2020, 1, 1));
        households.addMember(kk.id(), kos.id(), Shdk.ANAK, LocalDate.of(2020, 1, 1));

        // Those whose own address equals the KK's (case, spaces and leading zeros aside) are offered.
        assertThat(households.residents(kk.id())).extracting(PersonSummary::id).containsExactly(ayah.id(), ibu.id());

        // The clerk unticks the wife: only the husband moves with the KK.
        List<HouseholdMoveModel.Choice> asked = new ArrayList<>();
        List<HouseholdSummary> moved = new ArrayList<>();
        HouseholdMoveModel model = new HouseholdMoveModel(households, UiExecutor.DIRECT, choice -> {
            asked.add(choice);
            assertThat(choice.tickedIds()).containsExactly(ayah.id(), ibu.id()); // all ticked at first
            choice.tick(choice.residents().get(1), false);
            return choice.tickedIds();
        }, () -> LocalDate.of(2026, 2, 1));
        model.move(kk.id(), HouseholdAddress.of("Jl. Paseban 12", "7", "2", "31.71.04.1003"), moved::add, e -> {
            throw new AssertionError(e);
        });
        assertThat(asked).hasSize(1);
        HouseholdSummary after = moved.get(0);
        assertThat(after.alamatJalan()).isEqualTo("Jl. Paseban 12");
        assertThat(after.riwayat().get(0).keterangan()).contains("1 anggota ikut diperbarui");

        PersonDetail a = people.find(ayah.id()).orElseThrow();
        assertThat(a.draft().alamatJalan()).isEqualTo("Jl. Paseban 12");
        assertThat(a.draft().kodeKelurahan()).isEqualTo("31.71.04.1003");
        assertThat(people.find(ibu.id()).orElseThrow().draft().alamatJalan()).isEqualTo("jl. kramat  raya 9");
        assertThat(people.find(kos.id()).orElseThrow().draft().alamatJalan()).isEqualTo("Jl. Salemba 1");
        // The search follows the new street; the history (Envers) keeps the old address.
        assertThat(new PersonSearchImpl(db.transactions()).search("paseban bambang", 5)).extracting(PersonSummary::id)
                .containsExactly(ayah.id());
        assertThat(addressHistory(ayah.id())).containsExactly("Jl. Kramat Raya 9", "Jl. Paseban 12");
        assertThat(addressHistory(ibu.id())).containsExactly("jl. kramat  raya 9");

        // Moving to no fixed address: the one resident now offered follows; cancelling changes nothing.
        HouseholdMoveModel cancelling = new HouseholdMoveModel(households, UiExecutor.DIRECT, choice -> null, () -> LocalDate.of(2026, 3, 1));
        cancelling.move(kk.id(), HouseholdAddress.noFixedAddress("Taman Monas"), moved::add, e -> {
            throw new AssertionError(e);
        });
        assertThat(moved).hasSize(1);
        assertThat(households.find(kk.id()).orElseThrow().tanpaAlamatTetap()).isFalse();
        HouseholdSummary street = households.move(kk.id(), HouseholdAddress.noFixedAddress("Taman Monas"), List.of(ayah.id()),
                LocalDate.of(2026, 3, 1));
        assertThat(street.tanpaAlamatTetap()).isTrue();
        PersonDetail homeless = people.find(ayah.id()).orElseThrow();
        assertThat(homeless.draft().tanpaAlamatTetap()).isTrue();
        assertThat(homeless.draft().lokasiTerakhir()).isEqualTo("Taman Monas");
        assertThat(households.residents(kk.id())).extracting(PersonSummary::id).containsExactly(ayah.id());

        // Someone who is not a current member cannot be moved along; nothing changes then.
        PersonSummary stranger = people.create(PersonDraft.named("Orang Lain"), false);
        assertThatThrownBy(() -> households.move(kk.id(), HouseholdAddress.of("Jl. Baru 1", null, null, "31.71.04.1001"),
                List.of(stranger.id()), LocalDate.of(2026, 4, 1))).hasMessageContaining("bukan anggota");
        assertThat(households.find(kk.id()).orElseThrow().tanpaAlamatTetap()).isTrue();
    }

    /** The person's street as Envers recorded it, oldest first, one entry per change. */
    private static List<String> addressHistory(String personId) {
        return db.transactions().jdbc(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alamat_jalan FROM reg_person_aud WHERE id = ? ORDER BY rev")) {
                ps.setString(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (out.isEmpty() || !java.util.Objects.equals(out.get(out.size() - 1), rs.getString(1))) {
                            out.add(rs.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }
}
