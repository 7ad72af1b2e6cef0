package id.pilar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pilar.core.api.identity.Sex;
import id.pilar.registry.api.HouseholdSummary;
import id.pilar.registry.api.PersonDetail;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonImportField;
import id.pilar.registry.api.PersonImportPreview;
import id.pilar.registry.api.PersonImportResult;
import id.pilar.registry.api.PersonSummary;
import id.pilar.registry.api.RegistryException;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.HouseholdServiceImpl;
import id.pilar.registry.impl.PersonImportImpl;
import id.pilar.registry.impl.PersonSearchImpl;
import id.pilar.registry.impl.PersonServiceImpl;
import id.pilar.registry.impl.persons.PersonHeaderMatcher;
import id.pilar.registry.impl.persons.PersonImportBatchCommand;
import id.pilar.registry.impl.persons.PersonValues;
import id.pilar.testkit.TestDatabase;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.api.sendopts.CommandException;

/** Issue 17 item 6: person lists from other systems. */
class PersonImportTest {

    static TestDatabase db;
    static PersonImportImpl importer;
    static PersonServiceImpl people;
    static HouseholdServiceImpl households;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        db = TestDatabase.create();
        importer = new PersonImportImpl(db.transactions());
        people = new PersonServiceImpl(db.transactions());
        households = new HouseholdServiceImpl(db.transactions());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void headersOfTheIssuesListsAndOpenSidAreRecognised() {
        Map<PersonImportField, Integer> camel = PersonHeaderMatcher.detect(
                List.of("noKK", "nik", "namaLengkap", "jenisKelamin", "tanggalLahir", "shdk", "tempatLahir"));
        assertThat(camel).containsEntry(PersonImportField.NOMOR_KK, 0).containsEntry(PersonImportField.NIK, 1)
                .containsEntry(PersonImportField.NAMA, 2).containsEntry(PersonImportField.JENIS_KELAMIN, 3)
                .containsEntry(PersonImportField.TANGGAL_LAHIR, 4).containsEntry(PersonImportField.SHDK, 5)
                .containsEntry(PersonImportField.TEMPAT_LAHIR, 6);
        Map<PersonImportField, Integer> spaced = PersonHeaderMatcher.detect(
                List.of("No KK", "NIK", "Nama Lengkap", "Jenis Kelamin", "Tanggal Lahir"));
        assertThat(spaced).containsOnlyKeys(PersonImportField.NOMOR_KK, PersonImportField.NIK, PersonImportField.NAMA,
                PersonImportField.JENIS_KELAMIN, PersonImportField.TANGGAL_LAHIR);
        // OpenSID's population export (Data Penduduk) and its import template.
        Map<PersonImportField, Integer> openSid = PersonHeaderMatcher.detect(List.of("No", "No. KK", "NIK", "Tag Id Card", "Nama",
                "Alamat", "Dusun", "RW", "RT", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Umur", "Agama",
                "Pendidikan (dlm KK)", "Pekerjaan", "Kawin", "Hub. Keluarga", "Nama Ayah", "Nama Ibu", "Status"));
        assertThat(openSid).containsEntry(PersonImportField.NOMOR_KK, 1).containsEntry(PersonImportField.NAMA, 4)
                .containsEntry(PersonImportField.ALAMAT, 5).containsEntry(PersonImportField.RW, 7).containsEntry(PersonImportField.RT, 8)
                .containsEntry(PersonImportField.SHDK, 17).containsEntry(PersonImportField.NAMA_IBU, 19)
                .doesNotContainKey(PersonImportField.KELURAHAN);
        assertThat(PersonHeaderMatcher.detect(List.of("nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "kk_level")))
                .containsEntry(PersonImportField.JENIS_KELAMIN, 3).containsEntry(PersonImportField.SHDK, 6);
        assertThat(PersonHeaderMatcher.problem(PersonHeaderMatcher.detect(List.of("nama", "alamat")), List.of("nama", "alamat")))
                .contains("NIK");
    }

    @Test
    void valuesAsOtherSystemsWriteThem() {
        assertThat(PersonValues.sex("L")).contains(Sex.LAKI_LAKI);
        assertThat(PersonValues.sex("Perempuan")).contains(Sex.PEREMPUAN);
        assertThat(PersonValues.sex("LAKI-LAKI")).contains(Sex.LAKI_LAKI);
        assertThat(PersonValues.sex("2")).contains(Sex.PEREMPUAN);
        assertThat(PersonValues.sex("X")).isEmpty();
        assertThat(PersonValues.date("17/08/1985")).contains(LocalDate.of(1985, 8, 17));
        assertThat(PersonValues.date("17-08-1985")).contains(LocalDate.of(1985, 8, 17));
        assertThat(PersonValues.date("1985-08-17")).contains(LocalDate.of(1985, 8, 17));
        assertThat(PersonValues.date("7/8/1985")).contains(LocalDate.of(1985, 8, 7));
        assertThat(PersonValues.date("07 Juni 1995")).contains(LocalDate.of(1995, 6, 7));
        assertThat(PersonValues.date("07 JUNI 1995")).contains(LocalDate.of(1995, 6, 7));
        assertThat(PersonValues.date("31/02/1985")).isEmpty();
        assertThat(PersonValues.date("kemarin")).isEmpty();
        assertThat(PersonValues.shdk("1")).contains(Shdk.KEPALA_KELUARGA);
        assertThat(PersonValues.shdk("11")).contains(Shdk.LAINNYA);
        assertThat(PersonValues.shdk("KEPALA KELUARGA")).contains(Shdk.KEPALA_KELUARGA);
        assertThat(PersonValues.shdk("Istri")).contains(Shdk.ISTRI);
        assertThat(PersonValues.shdk("famili lain")).contains(Shdk.FAMILI_LAIN);
        assertThat(PersonValues.shdk("12")).isEmpty();
        assertThat(PersonValues.shdk("tetangga")).isEmpty();
    }

    private static final String HEADER = "noKK,nik,namaLengkap,jenisKelamin,tanggalLahir,shdk,alamat,rt,rw,kelurahan\n";

    @Test
    void csvBuildsTheHouseholdMatchesTheRegistryAndReportsRejects() throws Exception {
        PersonSummary registered = people.create(PersonDraft.named("Joko Susilo").withNik("3171011203800001")
                .withBirth(Sex.LAKI_LAKI, null, LocalDate.of(1980, 3, 12)), true);
        PersonSummary noNik = people.create(PersonDraft.named("Sri Wahyuni").withBirth(Sex.PEREMPUAN, null, LocalDate.of(1970, 3, 3))
                .withAddress(null, null, null, "31.71.04.1004"), true);
        Path csv = dir.resolve("kel-senen.csv");
        Files.writeString(csv, HEADER
                + "3171010101200001,3171011708850001,Agus Salim,L,17/08/1985,1,Jl. Senen Raya 5,3,2,Senen\n"
                + "3171010101200001,3171014101900001,Siti Rahma,Perempuan,01-01-1990,Istri,Jl. Senen Raya 5,3,2,Senen\n"
                + "3171010101200001,,Putri Salim,P,2015-05-05,4,,,,\n"
                + ",3171011203800001,Joko Susilo Wibowo,L,12/03/1980,,Jl. Kramat 2,1,1,Kramat\n"
                + ",,Sri Wahyuni,P,03/03/1970,,,,,Kramat\n"
                + ",3171011708850002,Budi Keliru,X,17/08/1985,,,,,\n"
                + ",3171011708850003,Tanggal Keliru,L,31/02/1985,,,,,\n"
                + ",3171011708850004,Kelurahan Keliru,L,17/08/1985,,Jl. Entah 1,,,Bandung\n"
                + "3171010101200001,3171011708850001,Agus Salim Lagi,L,17/08/1985,1,,,,\n"
                + "9999,3171011708850005,KK Keliru,L,17/08/1985,,,,,\n", StandardCharsets.UTF_8);

        PersonImportResult r = importer.importFile(csv, null, null, null, null, () -> false);

        assertThat(r.summaryLine()).isEqualTo("imported 3, updated 2, rejected 5");
        assertThat(r.households()).isEqualTo(1);
        List<String> report = Files.readAllLines(r.rejectReport());
        assertThat(report.get(0)).isEqualTo("baris,alasan,isi_baris");
        assertThat(report).hasSize(6);
        assertThat(String.join("\n", report)).contains("7,\"Jenis kelamin \"\"X\"\"", "8,\"Tanggal lahir \"\"31/02/1985\"\"",
                "9,\"Kelurahan \"\"Bandung\"\"", "10,\"NIK yang sama sudah ada di baris 2", "11,\"Nomor KK tidak valid");

        HouseholdSummary kk = households.findByKk("3171010101200001").get(0);
        assertThat(kk.currentMembers()).extracting(m -> m.person().nama(), m -> m.shdk())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Agus Salim", Shdk.KEPALA_KELUARGA),
                        org.assertj.core.groups.Tuple.tuple("Siti Rahma", Shdk.ISTRI),
                        org.assertj.core.groups.Tuple.tuple("Putri Salim", Shdk.ANAK));
        assertThat(kk.alamatJalan()).isEqualTo("Jl. Senen Raya 5");

        PersonDetail joko = people.find(registered.id()).orElseThrow();
        assertThat(joko.summary().nama()).isEqualTo("Joko Susilo");
        assertThat(joko.draft().aliases()).containsExactly("Joko Susilo Wibowo");
        assertThat(joko.draft().alamatJalan()).isEqualTo("Jl. Kramat 2");
        PersonDetail sri = people.find(noNik.id()).orElseThrow();
        assertThat(sri.households()).isEmpty();
        assertThat(new PersonSearchImpl(db.transactions()).search("Sri Wahyuni", 10)).hasSize(1);

        // The same file again: nobody new, the matched ones updated, the KK not duplicated.
        PersonImportResult again = importer.importFile(csv, null, null, dir.resolve("again.csv"), null, () -> false);
        assertThat(again.summaryLine()).isEqualTo("imported 0, updated 5, rejected 5");
        assertThat(households.findByKk("3171010101200001")).hasSize(1);
        assertThat(households.findByKk("3171010101200001").get(0).currentMembers()).hasSize(3);
    }

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        Path csv = dir.resolve("batal.csv");
        Files.writeString(csv, HEADER + ",3171011010700001,Orang Batal,L,10/10/1970,,,,,\n");
        PersonImportResult r = importer.importFile(csv, null, null, null, null, () -> true);
        assertThat(r.cancelled()).isTrue();
        assertThat(new PersonSearchImpl(db.transactions()).search("Orang Batal", 5)).isEmpty();
        assertThat(dir.resolve("batal.csv.rejects.csv")).doesNotExist();
    }

    @Test
    void xlsxWithAHouseholdWithoutAddress() throws Exception {
        Path xlsx = dir.resolve("opensid.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet s = wb.createSheet("Data Penduduk");
            String[][] rows = {
                {"No", "No. KK", "NIK", "Nama", "Jenis Kelamin", "Tanggal Lahir", "Hub. Keluarga", "Nama Ibu"},
                {"1", "3171020202200002", "3171021506750001", "RAHMAT HIDAYAT", "LAKI-LAKI", "15 Juni 1975", "KEPALA KELUARGA", "AMINAH"},
                {"2", "3171020202200002", "", "NUR HIDAYAH", "PEREMPUAN", "20/09/2010", "ANAK", ""},
                {"3", "3171020202200002", "", "", "PEREMPUAN", "", "ANAK", ""}};
            for (int i = 0; i < rows.length; i++) {
                Row row = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            s.getRow(1).getCell(2).setCellValue(3171021506750001d); // a NIK typed as a number
            wb.write(out);
        }
        Path rejects = dir.resolve("tolak.csv");
        PersonImportResult r = importer.importFile(xlsx, null, null, rejects, null, () -> false);
        assertThat(r.summaryLine()).isEqualTo("imported 2, updated 0, rejected 1");
        assertThat(Files.readAllLines(rejects).get(1)).startsWith("4,\"Nama kosong.\"");
        HouseholdSummary kk = households.findByKk("3171020202200002").get(0);
        assertThat(kk.alamatJalan()).isNull();
        assertThat(kk.kelurahan()).isNull();
        assertThat(kk.currentMembers()).hasSize(2);
        assertThat(people.find(kk.currentMembers().get(0).person().id()).orElseThrow().draft().namaIbu()).isEqualTo("AMINAH");
    }

    @Test
    void theMappingIsSavedPerSourceAndReused() throws Exception {
        Path first = dir.resolve("rawa-1.csv");
        Files.writeString(first, "NIK;Nama Warga;Lahir\n3171031111800001;Hendra Gunawan;11/11/1980\n");
        PersonImportPreview p = importer.preview(first, "Kel. Kampung Rawa");
        assertThat(p.savedMapping()).isFalse();
        assertThat(p.problem()).contains("Nama lengkap");
        Map<PersonImportField, Integer> chosen = new EnumMap<>(p.mapping());
        chosen.put(PersonImportField.NAMA, 1);
        chosen.put(PersonImportField.TANGGAL_LAHIR, 2);
        assertThat(importer.importFile(first, "Kel. Kampung Rawa", chosen, null, null, () -> false).imported()).isEqualTo(1);
        assertThat(importer.sources()).contains("Kel. Kampung Rawa");
        assertThat(importer.savedMapping("Kel. Kampung Rawa")).containsEntry(PersonImportField.NAMA, "Nama Warga")
                .containsEntry(PersonImportField.TANGGAL_LAHIR, "Lahir").containsEntry(PersonImportField.NOMOR_KK, "");

        // The next file from the same source has its columns in another order and spelling.
        Path second = dir.resolve("rawa-2.csv");
        Files.writeString(second, "lahir,NAMA_WARGA,nik\n12/12/1981,Rina Gunawan,3171035212810001\n");
        PersonImportPreview again = importer.preview(second, "Kel. Kampung Rawa");
        assertThat(again.savedMapping()).isTrue();
        assertThat(again.problem()).isNull();
        assertThat(again.mapping()).containsEntry(PersonImportField.NAMA, 1).containsEntry(PersonImportField.TANGGAL_LAHIR, 0)
                .containsEntry(PersonImportField.NIK, 2);
        assertThat(importer.preview(second, "Sumber Lain").problem()).isNotNull();
    }

    @Test
    void batchPrintsTheSummaryLineAndRefusesUnusableFiles() throws Exception {
        Path csv = dir.resolve("batch.csv");
        Files.writeString(csv, "No KK,NIK,Nama Lengkap,Jenis Kelamin,Tanggal Lahir\n,3171040505600001,Darmawan,L,05-05-1960\n,1,Salah,L,\n");
        Path rejects = dir.resolve("batch-tolak.csv");
        List<String> lines = PersonImportBatchCommand.lines(PersonImportBatchCommand.importFile(importer, csv, rejects));
        assertThat(lines.get(0)).isEqualTo("imported 1, updated 0, rejected 1");
        assertThat(lines.get(1)).startsWith("Impor daftar penduduk selesai");
        assertThat(rejects).exists();

        Path noColumns = dir.resolve("tanpa-nik.csv");
        Files.writeString(noColumns, "nama,alamat\nBudi,Jl. A\n");
        assertThatThrownBy(() -> PersonImportBatchCommand.importFile(importer, noColumns, null))
                .isInstanceOf(CommandException.class)
                .satisfies(e -> assertThat(e.getLocalizedMessage()).contains("Tidak ada kolom untuk NIK"))
                .satisfies(e -> assertThat(((CommandException) e).getExitCode()).isEqualTo(3));
        assertThatThrownBy(() -> importer.importFile(noColumns, null, null, null, null, () -> false))
                .isInstanceOf(RegistryException.class);
        Path binary = dir.resolve("rusak.xlsx");
        Files.write(binary, new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> PersonImportBatchCommand.importFile(importer, binary, null))
                .isInstanceOf(CommandException.class).satisfies(e -> assertThat(e.getLocalizedMessage()).contains("XLSX"));
        assertThatThrownBy(() -> PersonImportBatchCommand.importFile(importer, dir.resolve("tidak-ada.csv"), null))
                .isInstanceOf(CommandException.class).satisfies(e -> assertThat(e.getLocalizedMessage()).contains("tidak ditemukan"));
    }
}
