package id.pilar.cases.impl;

import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.CaseService.BansosProposal;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.impl.model.CaseAssessmentValueEntity;
import id.pilar.cases.impl.model.CaseClientEntity;
import id.pilar.cases.impl.model.CaseDomainEntity;
import id.pilar.cases.impl.model.CaseFieldEntity;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.AccessControl.Sensitive;
import id.pilar.core.api.security.Masks;
import id.pilar.core.persistence.Transactions;
import id.pilar.registry.api.DtsenMatching;
import id.pilar.registry.api.DtsenStatus;
import id.pilar.registry.api.PersonRef;
import id.pilar.registry.api.Programme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openide.util.lookup.ServiceProvider;

/** Data-driven assessment forms and the social-assistance proposal from DTSEN. */
@ServiceProvider(service = AssessmentService.class)
public final class AssessmentServiceImpl implements AssessmentService {

    private final Transactions tx;

    public AssessmentServiceImpl() {
        this(Transactions.get());
    }

    public AssessmentServiceImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Domain> form(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        boolean health = AccessControl.get().canSee(Sensitive.HEALTH);
        return tx.read(s -> {
            CaseServiceImpl.existing(s, caseId);
            Map<String, String> values = new HashMap<>();
            s.createSelectionQuery("from CaseAssessmentValueEntity where caseId = :c", CaseAssessmentValueEntity.class).setParameter("c", caseId)
                    .getResultList().forEach(v -> values.put(v.fieldId, v.nilai));
            return domains(s, values, health);
        });
    }

    @Override
    public List<Domain> domains() {
        AccessControl.get().require(CasesPermissions.READ);
        return tx.read(s -> domains(s, Map.of(), true));
    }

    /** Active domains with their active fields (two queries, not one per domain) and the given values. */
    private static List<Domain> domains(org.hibernate.Session s, Map<String, String> values, boolean health) {
        Map<String, List<CaseFieldEntity>> byDomain = new HashMap<>();
        for (CaseFieldEntity f : s.createSelectionQuery("from CaseFieldEntity where aktif = 1 order by urutan", CaseFieldEntity.class).getResultList()) {
            byDomain.computeIfAbsent(f.domainId, k -> new ArrayList<>()).add(f);
        }
        List<Domain> out = new ArrayList<>();
        for (CaseDomainEntity d : s.createSelectionQuery("from CaseDomainEntity where aktif = 1 order by urutan, nama", CaseDomainEntity.class).getResultList()) {
            boolean masked = d.kesehatan == 1 && !health;
            List<Field> fields = byDomain.getOrDefault(d.getId(), List.of()).stream()
                    .map(f -> {
                        String v = values.get(f.getId());
                        return new Field(f.getId(), f.kode, f.label, FieldKind.valueOf(f.jenis), masked ? Masks.text(v) : v, masked && v != null);
                    }).toList();
            out.add(new Domain(d.getId(), d.kode, d.nama, d.kesehatan == 1, fields));
        }
        return out;
    }

    @Override
    public void save(String caseId, Map<String, String> valuesByFieldId) {
        AccessControl.get().require(CasesPermissions.WORK);
        boolean health = AccessControl.get().canSee(Sensitive.HEALTH);
        tx.run(s -> {
            CaseServiceImpl.openCase(s, caseId);
            for (var e : valuesByFieldId.entrySet()) {
                CaseFieldEntity f = s.find(CaseFieldEntity.class, e.getKey());
                if (f == null) {
                    throw CaseErrors.of("ERR_FieldNotFound", Bundle.ERR_FieldNotFound());
                }
                CaseDomainEntity d = s.find(CaseDomainEntity.class, f.domainId);
                if (d.kesehatan == 1 && !health) {
                    throw CaseErrors.of("ERR_HealthMasked", Bundle.ERR_HealthMasked());
                }
                String v = normalise(f, e.getValue());
                CaseAssessmentValueEntity row = s.createSelectionQuery("from CaseAssessmentValueEntity where caseId = :c and fieldId = :f",
                        CaseAssessmentValueEntity.class).setParameter("c", caseId).setParameter("f", f.getId()).getResultList().stream()
                        .findFirst().orElse(null);
                if (v == null) {
                    if (row != null) {
                        s.remove(row);
                    }
                } else if (row == null) {
                    row = new CaseAssessmentValueEntity();
                    row.caseId = caseId;
                    row.fieldId = f.getId();
                    row.nilai = v;
                    s.persist(row);
                } else {
                    row.nilai = v;
                }
            }
        });
    }

    private static String normalise(CaseFieldEntity f, String raw) {
        String v = CaseServiceImpl.blankToNull(raw);
        if (v == null) {
            return null;
        }
        switch (FieldKind.valueOf(f.jenis)) {
            case SKALA -> {
                if (!v.matches("[1-5]")) {
                    throw CaseErrors.of("ERR_BadScale", Bundle.ERR_BadScale(v, f.label), v, f.label);
                }
            }
            case YA_TIDAK -> {
                v = v.toLowerCase(Locale.ROOT);
                if (!v.equals("ya") && !v.equals("tidak")) {
                    throw CaseErrors.of("ERR_BadYesNo", Bundle.ERR_BadYesNo(v, f.label), v, f.label);
                }
            }
            case TEKS -> {
                // free text
            }
        }
        return v;
    }

    @Override
    public List<BansosProposal> bansos(String caseId) {
        AccessControl.get().require(CasesPermissions.READ);
        List<PersonRef> clients = tx.read(s -> s.createSelectionQuery("from CaseClientEntity where caseId = :c order by peran desc, createdAt",
                CaseClientEntity.class).setParameter("c", caseId).getResultList().stream().map(c -> new PersonRef(c.personId, null, c.nama)).toList());
        return clients.stream().map(AssessmentServiceImpl::proposal).toList();
    }

    @Override
    public List<BansosProposal> bansosOffice() {
        AccessControl.get().require(CasesPermissions.READ);
        List<PersonRef> clients = tx.read(s -> s.createSelectionQuery(
                "select distinct cl.personId, cl.nama from CaseClientEntity cl, CaseFileEntity c where c.id = cl.caseId and c.status <> 'DITUTUP' order by cl.nama",
                Object[].class).setMaxResults(2000).getResultList().stream().map(r -> new PersonRef((String) r[0], null, (String) r[1])).toList());
        return clients.stream().map(AssessmentServiceImpl::proposal).filter(p -> !p.diusulkan().isEmpty()).toList();
    }

    static BansosProposal proposal(PersonRef p) {
        DtsenStatus st = DtsenMatching.get().status(p.id());
        List<Programme> received = new ArrayList<>();
        if (st.pkh()) {
            received.add(Programme.PKH);
        }
        if (st.bpnt()) {
            received.add(Programme.SEMBAKO);
        }
        if (st.pbiJk()) {
            received.add(Programme.PBI_JK);
        }
        List<Programme> proposed = st.registered() ? st.eligible().stream().filter(x -> !received.contains(x)).toList() : List.of();
        return new BansosProposal(p, st.registered(), st.desil(), received, proposed);
    }

    @Override
    public Domain addDomain(String kode, String nama, boolean kesehatan) {
        AccessControl.get().require(CasesPermissions.SETTINGS);
        String k = code(kode);
        if (CaseServiceImpl.blankToNull(nama) == null) {
            throw CaseErrors.of("ERR_CodeRequired", Bundle.ERR_CodeRequired());
        }
        return tx.inTransaction(s -> {
            if (s.createSelectionQuery("select count(*) from CaseDomainEntity where kode = :k", Long.class).setParameter("k", k).getSingleResult() > 0) {
                throw CaseErrors.of("ERR_CodeTaken", Bundle.ERR_CodeTaken(k), k);
            }
            Integer max = s.createSelectionQuery("select max(urutan) from CaseDomainEntity", Integer.class).getSingleResult();
            CaseDomainEntity d = new CaseDomainEntity();
            d.kode = k;
            d.nama = nama.trim();
            d.kesehatan = kesehatan ? 1 : 0;
            d.urutan = (max == null ? 0 : max) + 10;
            d.aktif = 1;
            s.persist(d);
            s.flush();
            return new Domain(d.getId(), d.kode, d.nama, kesehatan, List.of());
        });
    }

    @Override
    public Field addField(String domainId, String kode, String label, FieldKind jenis) {
        AccessControl.get().require(CasesPermissions.SETTINGS);
        String k = code(kode);
        if (CaseServiceImpl.blankToNull(label) == null || jenis == null) {
            throw CaseErrors.of("ERR_CodeRequired", Bundle.ERR_CodeRequired());
        }
        return tx.inTransaction(s -> {
            if (s.find(CaseDomainEntity.class, domainId) == null) {
                throw CaseErrors.of("ERR_DomainNotFound", Bundle.ERR_DomainNotFound());
            }
            if (s.createSelectionQuery("select count(*) from CaseFieldEntity where domainId = :d and kode = :k", Long.class)
                    .setParameter("d", domainId).setParameter("k", k).getSingleResult() > 0) {
                throw CaseErrors.of("ERR_CodeTaken", Bundle.ERR_CodeTaken(k), k);
            }
            Integer max = s.createSelectionQuery("select max(urutan) from CaseFieldEntity where domainId = :d", Integer.class)
                    .setParameter("d", domainId).getSingleResult();
            CaseFieldEntity f = new CaseFieldEntity();
            f.domainId = domainId;
            f.kode = k;
            f.label = label.trim();
            f.jenis = jenis.name();
            f.urutan = (max == null ? 0 : max) + 10;
            f.aktif = 1;
            s.persist(f);
            s.flush();
            return new Field(f.getId(), f.kode, f.label, jenis, null, false);
        });
    }

    private static String code(String kode) {
        String k = kode == null ? "" : kode.trim().toUpperCase(Locale.ROOT);
        if (!k.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw CaseErrors.of("ERR_CodeRequired", Bundle.ERR_CodeRequired());
        }
        return k;
    }
}
