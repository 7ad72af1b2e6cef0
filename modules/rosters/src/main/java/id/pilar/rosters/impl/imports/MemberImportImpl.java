package id.pilar.rosters.impl.imports;

import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.ImportPreview;
import id.pilar.rosters.api.ImportReject;
import id.pilar.rosters.api.MemberCheck;
import id.pilar.rosters.api.MemberDraft;
import id.pilar.rosters.api.MemberImport;
import id.pilar.rosters.api.RostersException;
import id.pilar.rosters.api.RostersPermissions;
import id.pilar.rosters.api.WorkProgress;
import id.pilar.rosters.impl.MemberRules;
import id.pilar.rosters.impl.model.RosterMemberEntity;
import id.pilar.rosters.impl.model.RosterMembershipEntity;
import id.pilar.rosters.impl.model.RosterOrganisationEntity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openide.util.lookup.ServiceProvider;
import org.openide.util.NbBundle.Messages;

/**
 * Member lists from CSV/XLSX. Every row is checked exactly as the member form checks it; bad rows
 * go to a reject report with all their reasons; the good rows are written in one transaction, so
 * a failure or a cancel leaves nothing half-saved.
 */
@ServiceProvider(service = MemberImport.class)
@Messages({
    "# {0} - missing columns",
    "ERR_MissingColumns=Kolom wajib tidak ada di baris judul: {0}. Kolom yang dikenali: nik, nama, jenis_kelamin, tanggal_lahir, telepon, kelurahan, organisasi, peran, mulai.",
    "# {0} - what was read",
    "REJ_Sex=Jenis kelamin ''{0}'' tidak dikenali (pakai L atau P).",
    "LBL_BirthDate=Tanggal lahir",
    "# {0} - what was read",
    "REJ_Kelurahan=Kelurahan ''{0}'' tidak ada di Jakarta Pusat.",
    "# {0} - name",
    "REJ_NikRegistered=NIK sudah terdaftar atas nama {0}.",
    "# {0} - row",
    "REJ_NikRepeated=NIK sama dengan baris {0}.",
    "# {0} - what was read",
    "REJ_Organisation=Organisasi ''{0}'' tidak ditemukan (isi nomor registrasi atau nama persis).",
    "LBL_StartDate=Tanggal mulai",
    "REJ_StartRequired=Tanggal mulai keanggotaan wajib diisi bila organisasi diisi.",
    "REJ_StartInFuture=Tanggal mulai keanggotaan di masa depan.",
    "# {0} - row, {1} - warning",
    "MSG_RowWarning=Baris {0}: {1}",
    "MSG_Importing=Mengimpor anggota",
    "ERR_ImportRaced=Impor dibatalkan, tidak ada yang tersimpan: data berubah sejak pemeriksaan (mis. NIK yang sama baru saja dimasukkan). Periksa berkas lagi lalu ulangi.",
    "# {0} - which date, {1} - what was read",
    "REJ_Date={0} ''{1}'' tidak terbaca (contoh: 17/08/1990)."
})
public final class MemberImportImpl implements MemberImport {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** Column names as met in real lists, folded to lower-case letters and digits. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("nik", "nik"), Map.entry("noktp", "nik"), Map.entry("nomorinduk", "nik"),
            Map.entry("nama", "nama"), Map.entry("namalengkap", "nama"),
            Map.entry("jeniskelamin", "jk"), Map.entry("jk", "jk"), Map.entry("lp", "jk"), Map.entry("sex", "jk"),
            Map.entry("tanggallahir", "lahir"), Map.entry("tgllahir", "lahir"), Map.entry("lahir", "lahir"),
            Map.entry("telepon", "telepon"), Map.entry("nohp", "telepon"), Map.entry("hp", "telepon"), Map.entry("telp", "telepon"),
            Map.entry("kelurahan", "kelurahan"), Map.entry("organisasi", "organisasi"), Map.entry("noregistrasi", "organisasi"),
            Map.entry("peran", "peran"), Map.entry("jabatan", "peran"), Map.entry("mulai", "mulai"), Map.entry("tanggalmulai", "mulai"));

    private final Transactions tx;

    public MemberImportImpl() {
        this(null);
    }

    public MemberImportImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public ImportPreview preview(Path file) throws IOException {
        AccessControl.get().require(RostersPermissions.MEMBER_IMPORT);
        ImportTable table = ImportFiles.read(file);
        Map<String, Integer> col = columns(table.header());
        List<String> missing = new ArrayList<>();
        for (String required : List.of("nik", "nama", "jk")) {
            if (!col.containsKey(required)) {
                missing.add(switch (required) {
                    case "nik" -> "nik";
                    case "nama" -> "nama";
                    default -> "jenis_kelamin";
                });
            }
        }
        if (!missing.isEmpty()) {
            throw new RostersException("ERR_MissingColumns", Bundle.ERR_MissingColumns(String.join(", ", missing)), String.join(", ", missing));
        }
        LocalDate today = LocalDate.now(JAKARTA);
        return tx().read(s -> {
            Map<String, String> orgs = new HashMap<>();
            s.createSelectionQuery("from RosterOrganisationEntity", RosterOrganisationEntity.class).getResultList().forEach(o -> {
                orgs.put(o.registrationNumber.toLowerCase(Locale.ROOT), o.getId());
                orgs.putIfAbsent(o.name.toLowerCase(Locale.ROOT), o.getId());
            });
            Map<String, Integer> niksInFile = new HashMap<>();
            List<ImportPreview.ImportedMember> valid = new ArrayList<>();
            List<ImportReject> rejects = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (ImportTable.Row row : table.rows()) {
                List<String> reasons = new ArrayList<>();
                String nik = NikValidator.clean(cell(row, col, "nik"));
                String sexText = cell(row, col, "jk");
                Sex sex = Sex.parse(sexText);
                if (sex == null && !sexText.isBlank()) {
                    reasons.add(Bundle.REJ_Sex(sexText));
                }
                LocalDate birth = date(cell(row, col, "lahir"), Bundle.LBL_BirthDate(), reasons);
                String kelurahanText = cell(row, col, "kelurahan");
                String kelurahan = null;
                if (!kelurahanText.isBlank()) {
                    kelurahan = ReferenceData.get().findKelurahan(kelurahanText).map(Kelurahan::kode).orElse(null);
                    if (kelurahan == null) {
                        reasons.add(Bundle.REJ_Kelurahan(kelurahanText));
                    }
                }
                MemberDraft draft = MemberDraft.basic(nik, cell(row, col, "nama"), sex, birth, cell(row, col, "telepon"), kelurahan);
                MemberCheck check = MemberRules.check(s, draft, null, today);
                reasons.addAll(check.errors());
                if (check.sameNik() != null) {
                    reasons.add(Bundle.REJ_NikRegistered(check.sameNik().fullName()));
                }
                Integer earlier = niksInFile.putIfAbsent(nik, row.number());
                if (earlier != null && !nik.isEmpty()) {
                    reasons.add(Bundle.REJ_NikRepeated(earlier));
                }
                String orgText = cell(row, col, "organisasi");
                String orgId = null;
                String role = cell(row, col, "peran");
                LocalDate start = null;
                if (!orgText.isBlank()) {
                    orgId = orgs.get(orgText.toLowerCase(Locale.ROOT));
                    if (orgId == null) {
                        reasons.add(Bundle.REJ_Organisation(orgText));
                    }
                    start = date(cell(row, col, "mulai"), Bundle.LBL_StartDate(), reasons);
                    if (start == null && cell(row, col, "mulai").isBlank()) {
                        reasons.add(Bundle.REJ_StartRequired());
                    }
                    if (start != null && start.isAfter(today)) {
                        reasons.add(Bundle.REJ_StartInFuture());
                    }
                    if (role.isBlank()) {
                        role = "Anggota";
                    }
                }
                if (reasons.isEmpty()) {
                    valid.add(new ImportPreview.ImportedMember(row.number(), draft, orgId, orgId == null ? null : role, start));
                    check.warnings().forEach(w -> warnings.add(Bundle.MSG_RowWarning(row.number(), w)));
                } else {
                    rejects.add(new ImportReject(row.number(), row.values(), reasons));
                }
            }
            return new ImportPreview(table.header(), valid, rejects, warnings);
        });
    }

    @Override
    public int importValid(ImportPreview preview, WorkProgress progress) {
        AccessControl.get().require(RostersPermissions.MEMBER_IMPORT);
        int total = preview.valid().size();
        try {
            return tx().inTransaction(s -> {
                int done = 0;
                for (ImportPreview.ImportedMember row : preview.valid()) {
                    if (progress.cancelled()) {
                        // Thrown inside the transaction: everything written so far is rolled back.
                        throw new CancellationException();
                    }
                    RosterMemberEntity m = new RosterMemberEntity();
                    MemberRules.apply(m, row.member());
                    s.persist(m);
                    if (row.organisationId() != null) {
                        RosterMembershipEntity ms = new RosterMembershipEntity();
                        ms.memberId = m.getId();
                        ms.organisationId = row.organisationId();
                        ms.role = row.role();
                        ms.startDate = row.startDate();
                        s.persist(ms);
                    }
                    if (++done % 200 == 0) {
                        s.flush();
                        s.clear();
                        progress.progress(Bundle.MSG_Importing(), done, total);
                    }
                }
                progress.progress(Bundle.MSG_Importing(), done, total);
                return done;
            });
        } catch (CancellationException e) {
            return 0;
        } catch (jakarta.persistence.PersistenceException e) {
            throw new RostersException("ERR_ImportRaced", Bundle.ERR_ImportRaced());
        }
    }

    @Override
    public void writeRejectReport(ImportPreview preview, Path file) throws IOException {
        AccessControl.get().require(RostersPermissions.MEMBER_IMPORT);
        List<String> header = new ArrayList<>(List.of("baris", "alasan"));
        header.addAll(preview.header());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF'); // so Excel opens Indonesian names in UTF-8
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                p.printRecord(header);
                for (ImportReject r : preview.rejects()) {
                    List<String> rec = new ArrayList<>(List.of(String.valueOf(r.rowNumber()), String.join(" ", r.reasons())));
                    rec.addAll(r.values());
                    p.printRecord(rec);
                }
            }
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = ALIASES.get(header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
            if (key != null) {
                out.putIfAbsent(key, i);
            }
        }
        return out;
    }

    private static String cell(ImportTable.Row row, Map<String, Integer> col, String key) {
        Integer i = col.get(key);
        return i == null || i >= row.values().size() ? "" : row.values().get(i).trim();
    }

    private static LocalDate date(String text, String what, List<String> reasons) {
        if (text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text.trim(), f);
            } catch (DateTimeParseException e) {
                // try the next spelling
            }
        }
        reasons.add(Bundle.REJ_Date(what, text));
        return null;
    }
}
