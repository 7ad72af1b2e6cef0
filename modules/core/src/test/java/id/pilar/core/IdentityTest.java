package id.pilar.core;

import static org.assertj.core.api.Assertions.assertThat;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikCheck;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.PersonNames;
import id.pilar.core.api.identity.PhoneNumbers;
import id.pilar.core.api.identity.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static NikCheck nik(String n) {
        return NikValidator.check(n, null, null, TODAY);
    }

    @Test
    void publishedNikVectorsBehave() {
        NikCheck male = nik("3171011708450001");
        assertThat(male.valid()).isTrue();
        assertThat(male.sex()).isEqualTo(Sex.LAKI_LAKI);
        assertThat(male.birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(male.region()).isEqualTo("317101");

        NikCheck female = nik("3171015708450001");
        assertThat(female.valid()).isTrue();
        assertThat(female.sex()).isEqualTo(Sex.PEREMPUAN);
        assertThat(female.birthDate()).isEqualTo(LocalDate.of(1945, 8, 17));

        assertThat(nik("9971011708450001").valid()).isFalse();
        assertThat(nik("9971011708450001").problems()).extracting(IdentityProblem::code).contains("NIK_PROVINSI");

        assertThat(nik("3171013002001234").valid()).isFalse();
        assertThat(nik("3171013002001234").problems()).extracting(IdentityProblem::code).containsExactly("NIK_TANGGAL");

        NikCheck leap = nik("3171012902001234");
        assertThat(leap.valid()).isTrue();
        assertThat(leap.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void formatSerialAndRegionErrors() {
        assertThat(nik("31710117084500").firstError()).contains("16 angka");
        assertThat(nik("31710117084500AB").firstError()).contains("16 angka");
        assertThat(nik("").firstError()).isEqualTo("NIK kosong.");
        assertThat(nik("3171011708450000").problems()).extracting(IdentityProblem::code).containsExactly("NIK_NOMOR_URUT");
        assertThat(nik("3100011708450001").problems()).extracting(IdentityProblem::code).containsExactly("NIK_KABKOTA");
        assertThat(nik("3171 0117 0845 0001").valid()).isTrue();
        assertThat(nik("3171.01.170845.0001").valid()).isTrue();
    }

    @Test
    void disagreementWithEnteredDataIsAWarningNotAnError() {
        NikCheck c = NikValidator.check("3171011708450001", LocalDate.of(1945, 8, 18), Sex.PEREMPUAN, TODAY);
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).extracting(IdentityProblem::code).containsExactly("NIK_BEDA_TANGGAL", "NIK_BEDA_JK");
        assertThat(c.warnings().get(0).message()).contains("17-08-1945").contains("18-08-1945");
        assertThat(NikValidator.check("3171011708450001", LocalDate.of(1945, 8, 17), Sex.LAKI_LAKI, TODAY).problems()).isEmpty();
    }

    @Test
    void twoDigitYearNeverLandsInTheFuture() {
        assertThat(nik("3171010101250001").birthDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(nik("3171010101300001").birthDate()).isEqualTo(LocalDate.of(1930, 1, 1));
    }

    @Test
    void anEnteredBirthDateSettlesTheCentury() {
        NikCheck old = NikValidator.check("3171011708200001", LocalDate.of(1920, 8, 17), Sex.LAKI_LAKI, TODAY);
        assertThat(old.birthDate()).isEqualTo(LocalDate.of(1920, 8, 17));
        assertThat(old.problems()).isEmpty();
        assertThat(nik("3171011708200001").birthDate()).isEqualTo(LocalDate.of(2020, 8, 17));
    }

    @Test
    void kkNumbers() {
        assertThat(KkValidator.check("3171012003150007", TODAY)).isEmpty();
        assertThat(KkValidator.check("3171015003150007", TODAY)).extracting(IdentityProblem::code).containsExactly("KK_TANGGAL");
        assertThat(KkValidator.check("9971012003150007", TODAY)).extracting(IdentityProblem::code).containsExactly("KK_PROVINSI");
        assertThat(KkValidator.check("3171012003150000", TODAY)).extracting(IdentityProblem::code).containsExactly("KK_NOMOR_URUT");
        assertThat(KkValidator.check("12345", TODAY)).extracting(IdentityProblem::code).containsExactly("KK_FORMAT");
    }

    @Test
    void phoneNumbersInOneForm() {
        assertThat(PhoneNumbers.normalise("0812-3456-7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumbers.normalise("+62 812 3456 7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumbers.normalise("62 812 3456 7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumbers.normalise("(021) 3456789")).isEqualTo("+62213456789");
        assertThat(PhoneNumbers.normalise("12345")).isNull();
        assertThat(PhoneNumbers.normalise("bukan nomor")).isNull();
        assertThat(PhoneNumbers.isMobile("+6281234567890")).isTrue();
        assertThat(PhoneNumbers.isMobile("+62213456789")).isFalse();
        assertThat(PhoneNumbers.display("+6281234567890")).isEqualTo("0812-3456-7890");
    }

    @Test
    void namesFoldSpellingVariants() {
        assertThat(PersonNames.canonical("MOCHAMMAD Noer")).isEqualTo("muhammad nur");
        assertThat(PersonNames.canonical("Muhamad Nur")).isEqualTo("muhammad nur");
        assertThat(PersonNames.canonical("Moh. Nur")).isEqualTo("muhammad nur");
        assertThat(PersonNames.canonical("Mohamad  nuur")).isEqualTo("muhammad nur");
        assertThat(PersonNames.canonical("Sitti Aminah")).isEqualTo(PersonNames.canonical("siti aminah"));
        assertThat(PersonNames.canonical("Soekarno")).isEqualTo("sukarno");
        assertThat(PersonNames.canonical("Djoko Tjahjono")).isEqualTo(PersonNames.canonical("Joko Cahyono").replace("cahyono", "cahjono"));
        assertThat(PersonNames.canonical("Chairul Anwar")).isEqualTo("khairul anwar");
        assertThat(PersonNames.fold("Ña’im Ézra")).isEqualTo("na im ezra");
    }
}
