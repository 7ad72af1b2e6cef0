package id.pilar.registry.impl;

import id.pilar.core.api.identity.IdentityProblem;
import id.pilar.core.api.identity.KkValidator;
import id.pilar.core.api.identity.NikValidator;
import id.pilar.core.api.identity.Sex;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.time.JakartaTime;
import id.pilar.core.persistence.Transactions;
import id.pilar.lib.tables.api.Headers;
import id.pilar.lib.tables.api.Table;
import id.pilar.lib.tables.api.TableFiles;
import id.pilar.registry.api.DuplicateCandidate;
import id.pilar.registry.api.HouseholdAddress;
import id.pilar.registry.api.PersonDraft;
import id.pilar.registry.api.PersonImport;
import id.pilar.registry.api.PersonImportField;
import id.pilar.registry.api.PersonImportPreview;
import id.pilar.registry.api.PersonImportResult;
import id.pilar.registry.api.RegistryException;
import id.pilar.registry.api.RegistryPermissions;
import id.pilar.registry.api.Shdk;
import id.pilar.registry.impl.dtsen.RejectReport;
import id.pilar.registry.impl.match.DuplicateScore;
import id.pilar.registry.impl.model.HouseholdEntity;
import id.pilar.registry.impl.model.ImportMappingEntity;
import id.pilar.registry.impl.model.PersonEntity;
import id.pilar.registry.impl.persons.PersonHeaderMatcher;
import id.pilar.registry.impl.persons.PersonValues;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * Person lists from other systems. Each row becomes a draft (its values read by
 * {@link PersonValues}), is matched as the registry matches a DTSEN row or a new registration:
 * the NIK first, then the duplicate check ({@link DuplicateServiceImpl#candidates}). A row that
 * is surely a registered person completes that record; one that only may be is rejected for a
 * person to decide; the others are registered. Then the KK column forms households. One
 * transaction: a cancel or failure leaves nothing, not even the reject report.
 */
@ServiceProvider(service = PersonImport.class)
@Messages({
    "PREJ_NoName=Nama kosong.",
    "# {0} - value",
    "PREJ_Sex=Jenis kelamin \"{0}\" tidak dikenal (pakai L/P atau Laki-laki/Perempuan).",
    "# {0} - value",
    "PREJ_Date=Tanggal lahir \"{0}\" tidak terbaca (pakai dd/MM/yyyy, dd-MM-yyyy atau yyyy-MM-dd).",
    "# {0} - value",
    "PREJ_Shdk=Hubungan keluarga (SHDK) \"{0}\" tidak dikenal (kode 1–11 atau namanya, misalnya Kepala Keluarga).",
    "# {0} - value",
    "PREJ_Kelurahan=Kelurahan \"{0}\" tidak ada di daftar Jakarta Pusat.",
    "# {0} - reason",
    "PREJ_Kk=Nomor KK tidak valid: {0}",
    "# {0} - registry number",
    "# {1} - name",
    "# {2} - score",
    "PREJ_MaybeSame=Mungkin orang yang sama dengan {0} ({1}, skor {2}); periksa lalu daftarkan lewat formulir bila memang orang lain.",
    "# {0} - registry number",
    "PREJ_NikTaken=NIK ini sudah dipakai data lain ({0}) yang namanya berbeda.",
    "# {0} - line",
    "PREJ_SameNikInFile=NIK yang sama sudah ada di baris {0} file ini.",
    "MSG_NikFromImport=NIK dari daftar impor",
    "# {0} - address as in the list",
    "MSG_SourceAddress=Alamat di daftar sumber (tanpa kelurahan): {0}"
})
public final class PersonImportImpl implements PersonImport {

    /** A candidate this close (same name, birth date and more) is the registered person. */
    static final int SAME_PERSON = 90;
    private static final int SAMPLE_ROWS = 8;

    private final Transactions tx;

    public PersonImportImpl() {
        this(Transactions.get());
    }

    public PersonImportImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public PersonImportPreview preview(Path file, String source) throws IOException {
        AccessControl.get().require(RegistryPermissions.READ);
        Table t = TableFiles.read(file);
        Map<PersonImportField, Integer> mapping = PersonHeaderMatcher.detect(t.header());
        Map<PersonImportField, String> saved = isBlank(source) ? Map.of() : savedMapping(source);
        for (Map.Entry<PersonImportField, String> e : saved.entrySet()) {
            if (e.getValue().isEmpty()) {
                mapping.remove(e.getKey()); // the clerk left it unused for this source
            } else {
                column(t.header(), e.getValue()).ifPresent(i -> mapping.put(e.getKey(), i));
            }
        }
        List<List<String>> sample = t.rows().stream().limit(SAMPLE_ROWS).map(Table.Row::values).toList();
        return new PersonImportPreview(file, source, t.header(), sample, t.rows().size(), mapping, !saved.isEmpty(),
                PersonHeaderMatcher.problem(mapping, t.header()));
    }

    private static Optional<Integer> column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (Headers.same(header.get(i), name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> sources() {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.read(s -> s.createSelectionQuery("select m.sumber from ImportMappingEntity m order by m.sumber", String.class)
                .getResultList());
    }

    @Override
    public Map<PersonImportField, String> savedMapping(String source) {
        AccessControl.get().require(RegistryPermissions.READ);
        return tx.read(s -> mappingEntity(s, source).map(m -> parse(m.getPemetaan())).orElse(Map.of()));
    }

    private static Optional<ImportMappingEntity> mappingEntity(Session s, String source) {
        return s.createSelectionQuery("from ImportMappingEntity m where m.sumber = :s", ImportMappingEntity.class)
                .setParameter("s", source.trim()).getResultList().stream().findFirst();
    }

    static Map<PersonImportField, String> parse(String text) {
        Map<PersonImportField, String> out = new EnumMap<>(PersonImportField.class);
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(PersonImportField.valueOf(line.substring(0, eq)), line.substring(eq + 1));
                } catch (IllegalArgumentException e) {
                    // a field of a newer version: ignored
                }
            }
        }
        return out;
    }

    static String format(Map<PersonImportField, Integer> mapping, List<String> header) {
        StringBuilder b = new StringBuilder();
        for (PersonImportField f : PersonImportField.values()) {
            Integer i = mapping.get(f);
            b.append(f.name()).append('=').append(i == null || i >= header.size() ? "" : header.get(i).replace('\n', ' ')).append('\n');
        }
        return b.toString();
    }

    @Override
    public PersonImportResult importFile(Path file, String source, Map<PersonImportField, Integer> mapping, Path rejectReport,
            IntConsumer rowsDone, BooleanSupplier cancelled) throws IOException {
        AccessControl.get().require(RegistryPermissions.WRITE);
        AccessControl.get().require(RegistryPermissions.HOUSEHOLD_WRITE);
        Table t = TableFiles.read(file);
        Map<PersonImportField, Integer> map = mapping == null ? PersonHeaderMatcher.detect(t.header()) : new EnumMap<>(mapping);
        String problem = PersonHeaderMatcher.problem(map, t.header());
        if (problem != null) {
            throw new RegistryException("ERR_PersonColumnsMissing", problem);
        }
        Path target = rejectReport != null ? rejectReport : file.resolveSibling(file.getFileName() + ".rejects.csv");
        RejectReport report = new RejectReport(target);
        Map<PersonImportField, Integer> columns = map;
        try {
            long[] counts = tx.inTransaction(s -> {
                try {
                    long[] c = new Writer(s, t, columns, report, rowsDone, cancelled).run();
                    if (!isBlank(source)) {
                        saveMapping(s, source, columns, t.header());
                    }
                    return c;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Path written = report.commit();
            return new PersonImportResult(counts[0], counts[1], report.count(), counts[2], written, false);
        } catch (CancellationException e) {
            report.discard();
            return new PersonImportResult(0, 0, 0, 0, null, true);
        } catch (java.io.UncheckedIOException e) {
            report.discard();
            throw e.getCause();
        } catch (RuntimeException e) {
            report.discard();
            throw e;
        }
    }

    private static void saveMapping(Session s, String source, Map<PersonImportField, Integer> mapping, List<String> header) {
        String text = format(mapping, header);
        Optional<ImportMappingEntity> m = mappingEntity(s, source);
        if (m.isPresent()) {
            m.get().setPemetaan(text);
        } else {
            s.persist(new ImportMappingEntity(source.trim(), text));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** One import's work inside its transaction. */
    private static final class Writer {
        private final Session s;
        private final Table table;
        private final Map<PersonImportField, Integer> col;
        private final RejectReport report;
        private final IntConsumer rowsDone;
        private final BooleanSupplier cancelled;
        private final LocalDate today = JakartaTime.today();
        /** KK number → its members in file order, with their SHDK (null: not given). */
        private final Map<String, LinkedHashMap<String, Shdk>> families = new LinkedHashMap<>();
        private final Map<String, Integer> nikLines = new java.util.HashMap<>();
        private long imported;
        private long updated;

        Writer(Session s, Table table, Map<PersonImportField, Integer> col, RejectReport report, IntConsumer rowsDone,
                BooleanSupplier cancelled) {
            this.s = s;
            this.table = table;
            this.col = col;
            this.report = report;
            this.rowsDone = rowsDone == null ? n -> { } : rowsDone;
            this.cancelled = cancelled == null ? () -> false : cancelled;
        }

        long[] run() throws IOException {
            int done = 0;
            for (Table.Row row : table.rows()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                String reason = row(row);
                if (reason != null) {
                    report.add(row.number(), reason, row.raw());
                }
                rowsDone.accept(++done);
            }
            long households = 0;
            for (Map.Entry<String, LinkedHashMap<String, Shdk>> f : families.entrySet()) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                household(f.getKey(), f.getValue());
                households++;
            }
            return new long[] {imported, updated, households};
        }

        private String get(Table.Row row, PersonImportField f) {
            Integer i = col.get(f);
            String v = i == null ? "" : row.value(i);
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        /** Imports one row; returns why it was rejected, or null. */
        private String row(Table.Row row) {
            String nama = get(row, PersonImportField.NAMA);
            if (nama == null) {
                return Bundle.PREJ_NoName();
            }
            String nik = NikValidator.clean(get(row, PersonImportField.NIK));
            Sex sex = null;
            String sexText = get(row, PersonImportField.JENIS_KELAMIN);
            if (sexText != null) {
                sex = PersonValues.sex(sexText).orElse(null);
                if (sex == null) {
                    return Bundle.PREJ_Sex(sexText);
                }
            }
            LocalDate born = null;
            String dateText = get(row, PersonImportField.TANGGAL_LAHIR);
            if (dateText != null) {
                born = PersonValues.date(dateText).orElse(null);
                if (born == null) {
                    return Bundle.PREJ_Date(dateText);
                }
            }
            Shdk shdk = null;
            String shdkText = get(row, PersonImportField.SHDK);
            if (shdkText != null) {
                shdk = PersonValues.shdk(shdkText).orElse(null);
                if (shdk == null) {
                    return Bundle.PREJ_Shdk(shdkText);
                }
            }
            String kel = null;
            String kelText = get(row, PersonImportField.KELURAHAN);
            if (kelText != null) {
                kel = ReferenceData.get().findKelurahan(kelText).map(Kelurahan::kode).orElse(null);
                if (kel == null) {
                    return Bundle.PREJ_Kelurahan(kelText);
                }
            }
            String kk = NikValidator.clean(get(row, PersonImportField.NOMOR_KK));
            if (!kk.isEmpty()) {
                List<IdentityProblem> kkProblems = KkValidator.check(kk);
                if (!kkProblems.isEmpty()) {
                    return Bundle.PREJ_Kk(kkProblems.get(0).message());
                }
            }
            if (!nik.isEmpty()) {
                Integer earlier = nikLines.putIfAbsent(nik, row.number());
                if (earlier != null) {
                    return Bundle.PREJ_SameNikInFile(earlier);
                }
            }
            String street = get(row, PersonImportField.ALAMAT);
            String rt = get(row, PersonImportField.RT);
            String rw = get(row, PersonImportField.RW);
            String note = null;
            if (kel == null && (street != null || rt != null || rw != null)) {
                // Lists from outside the registry's area (an OpenSID village) have no kelurahan of
                // Jakarta Pusat: the address is kept as a note instead of rejecting every row.
                note = Bundle.MSG_SourceAddress(HouseholdServiceImpl.address(street, rt, rw, null));
                street = null;
                rt = null;
                rw = null;
            }
            PersonDraft draft = new PersonDraft(nik.isEmpty() ? null : nik, nama, List.of(), sex, get(row, PersonImportField.TEMPAT_LAHIR),
                    born, null, get(row, PersonImportField.NAMA_IBU), street, rt, rw, kel, false, null,
                    get(row, PersonImportField.TELEPON), null, note, List.of());
            String personId;
            try {
                personId = match(draft);
            } catch (Rejected r) {
                return r.reason;
            }
            if (!kk.isEmpty()) {
                families.computeIfAbsent(kk, k -> new LinkedHashMap<>()).putIfAbsent(personId, shdk);
            }
            return null;
        }

        /** A refusal found while matching; the row goes to the report. */
        private static final class Rejected extends Exception {
            final String reason;

            Rejected(String reason) {
                super(reason, null, false, false);
                this.reason = reason;
            }
        }

        /** The row's person: the registered one, completed, or a new registration. */
        private String match(PersonDraft draft) throws Rejected {
            if (draft.nik() != null) {
                PersonEntity byNik = s.createSelectionQuery("from PersonEntity p where p.nik = :n and p.status = :a", PersonEntity.class)
                        .setParameter("n", draft.nik()).setParameter("a", PersonEntity.AKTIF).setMaxResults(1)
                        .getResultList().stream().findFirst().orElse(null);
                if (byNik != null) {
                    return complete(byNik, draft);
                }
            }
            s.flush(); // the duplicate check reads over JDBC: rows of this file included
            List<DuplicateCandidate> found = s.doReturningWork(c -> DuplicateServiceImpl.candidates(c, draft, 1, true));
            if (!found.isEmpty() && found.get(0).skor() >= DuplicateScore.QUEUE_THRESHOLD) {
                DuplicateCandidate best = found.get(0);
                PersonEntity same = s.find(PersonEntity.class, best.b().id());
                boolean otherNik = same.getNik() != null && draft.nik() != null && !same.getNik().equals(draft.nik());
                if (best.skor() >= SAME_PERSON && !otherNik) {
                    return complete(same, draft);
                }
                throw new Rejected(Bundle.PREJ_MaybeSame(best.b().nomorRegistri(), best.b().nama(), best.skor()));
            }
            String reason = problems(draft, null);
            if (reason != null) {
                throw new Rejected(reason);
            }
            PersonEntity p = PersonServiceImpl.register(s, draft);
            imported++;
            return p.getId();
        }

        /**
         * The registered person gets the row's values where it has them (the other system's data
         * are newer), the rest kept. The registered name stays; another spelling in the list
         * becomes an alias, so search finds both.
         */
        private String complete(PersonEntity p, PersonDraft row) throws Rejected {
            PersonDraft was = PersonServiceImpl.draft(s, p, true);
            boolean addressGiven = row.alamatJalan() != null || row.kodeKelurahan() != null || row.rt() != null || row.rw() != null;
            List<String> aliases = new ArrayList<>(was.aliases());
            if (!id.pilar.core.api.identity.PersonNames.canonical(row.nama()).equals(p.getNamaKanonik())
                    && aliases.stream().noneMatch(a -> a.equalsIgnoreCase(row.nama().trim()))) {
                aliases.add(row.nama().trim());
            }
            PersonDraft merged = new PersonDraft(or(row.nik(), was.nik()), was.nama(), aliases, row.jenisKelamin() != null
                    ? row.jenisKelamin() : was.jenisKelamin(), or(row.tempatLahir(), was.tempatLahir()),
                    row.tanggalLahir() != null ? row.tanggalLahir() : was.tanggalLahir(),
                    row.tanggalLahir() != null ? null : was.tahunLahirPerkiraan(), or(row.namaIbu(), was.namaIbu()),
                    addressGiven ? row.alamatJalan() : was.alamatJalan(), addressGiven ? row.rt() : was.rt(),
                    addressGiven ? row.rw() : was.rw(), addressGiven ? row.kodeKelurahan() : was.kodeKelurahan(),
                    !addressGiven && was.tanpaAlamatTetap(), addressGiven ? null : was.lokasiTerakhir(), or(row.telepon(), was.telepon()),
                    was.disabilitas(), or(row.catatan(), was.catatan()), was.kategori());
            String reason = problems(merged, p.getId());
            if (reason != null) {
                throw new Rejected(reason);
            }
            PersonServiceImpl.revise(s, p, merged, Bundle.MSG_NikFromImport());
            updated++;
            return p.getId();
        }

        /** The first error of a draft (warnings, such as a NIK whose date disagrees, pass), or null. */
        private String problems(PersonDraft d, String selfId) {
            for (IdentityProblem p : PersonValidation.check(d, today)) {
                if (p.severity() == IdentityProblem.Severity.ERROR) {
                    return p.message();
                }
            }
            if (d.nik() != null) {
                Optional<String> holder = s.createSelectionQuery("select p.nomorRegistri from PersonEntity p where p.nik = :n"
                        + " and p.status = :a and p.id <> :self", String.class).setParameter("n", NikValidator.clean(d.nik()))
                        .setParameter("a", PersonEntity.AKTIF).setParameter("self", selfId == null ? "" : selfId)
                        .setMaxResults(1).getResultList().stream().findFirst();
                if (holder.isPresent()) {
                    return Bundle.PREJ_NikTaken(holder.get());
                }
            }
            return null;
        }

        private static String or(String a, String b) {
            return a != null ? a : b;
        }

        /**
         * The KK of a group of rows: the active household with that number, or a new one at the
         * head's address (the first member's when no row says "Kepala Keluarga"; none when the
         * family has none, as item 4 allows).
         */
        private void household(String kk, LinkedHashMap<String, Shdk> members) {
            HouseholdEntity h = s.createSelectionQuery("from HouseholdEntity h where h.nomorKk = :k and h.status = :a order by h.createdAt",
                    HouseholdEntity.class).setParameter("k", kk).setParameter("a", HouseholdEntity.AKTIF).setMaxResults(1)
                    .getResultList().stream().findFirst().orElse(null);
            if (h == null) {
                String headId = members.entrySet().stream().filter(e -> e.getValue() == Shdk.KEPALA_KELUARGA).map(Map.Entry::getKey)
                        .findFirst().orElse(members.keySet().iterator().next());
                h = HouseholdServiceImpl.newHousehold(s, kk, today);
                HouseholdServiceImpl.place(h, HouseholdAddress.of(PersonServiceImpl.draft(s, s.find(PersonEntity.class, headId), true)));
            }
            for (Map.Entry<String, Shdk> m : members.entrySet()) {
                String householdId = h.getId();
                boolean already = s.createSelectionQuery("select count(m) from MembershipEntity m where m.personId = :p"
                        + " and m.householdId = :h and m.selesai is null", Long.class).setParameter("p", m.getKey())
                        .setParameter("h", householdId).getSingleResult() > 0;
                if (!already) {
                    HouseholdServiceImpl.join(s, h, m.getKey(), m.getValue() == null ? Shdk.LAINNYA : m.getValue(), today);
                }
            }
            s.flush();
        }
    }
}
