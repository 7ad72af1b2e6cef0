package id.pilar.awards.impl;

import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.DeclaredFacts;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.EligibilityFilter;
import id.pilar.awards.api.Fact;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.RecipientKind;
import id.pilar.awards.impl.model.AwardMemberRecordEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import id.pilar.awards.impl.rules.Evaluator;
import id.pilar.awards.impl.rules.RuleSet;
import id.pilar.awards.impl.rules.SubjectFacts;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.PillarRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = Eligibility.class)
@Messages({
    "ERR_NoAsOf=Tanggal acuan wajib diisi.",
    "# {0} - id", "ERR_UnknownRecipient=Penerima {0} tidak ditemukan di data pilar sosial.",
    "ERR_Citizenship=Kewarganegaraan diisi WNI atau WNA, atau dikosongkan bila belum diketahui.",
    "ERR_NegativeFact=Jumlah donor darah dan lama hukuman tidak boleh negatif.",
    "# {0} - most donations", "# {1} - longest sentence",
    "ERR_ImplausibleFact=Jumlah donor darah paling banyak {0} dan lama hukuman paling lama {1} tahun.",
    "ERR_FactsEvidence=Sebutkan dasar pencatatan (misalnya nomor KTP, kartu donor, SKCK)."
})
public final class EligibilityImpl implements Eligibility {

    private final Transactions tx;
    private final PillarRecords records;

    public EligibilityImpl() {
        this(null, null);
    }

    public EligibilityImpl(Transactions tx, PillarRecords records) {
        this.tx = tx;
        this.records = records;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    private PillarRecords records() {
        return records != null ? records : PillarRecords.get();
    }

    /** An award type's rules with its minimum gap as one more requirement, so lists and nominations agree. */
    record Rules(AwardTypeEntity type, RuleSet rules) {
    }

    static Rules rules(AwardTypeEntity t) {
        RuleSet r = RuleSet.parse(t.rules, RecipientKind.valueOf(t.recipientKind));
        if (t.minGapYears > 0) {
            List<RuleSet.Requirement> reqs = new ArrayList<>(r.requirements());
            reqs.add(new RuleSet.Requirement(List.of(new RuleSet.Clause(Fact.JEDA_PENGHARGAAN_TAHUN, RuleSet.Op.GE,
                    Integer.toString(t.minGapYears)))));
            r = new RuleSet(List.copyOf(reqs), r.tiers());
        }
        return new Rules(t, r);
    }

    @Override
    public List<Judgement> judgeAll(String typeCode, LocalDate asOf, EligibilityFilter filter) {
        AccessControl.get().require(AwardsPermissions.READ);
        if (asOf == null) {
            throw new AwardsException("ERR_NoAsOf", Bundle.ERR_NoAsOf());
        }
        EligibilityFilter f = filter == null ? EligibilityFilter.ALL : filter;
        Rules r = rules(tx().read(s -> CatalogueImpl.require(s, typeCode)));
        RecipientKind kind = RecipientKind.valueOf(r.type().recipientKind);
        List<Judgement> now = judge(r, FactLoader.load(tx(), records(), kind, asOf, r.type().maxGapDays, r.type().getId()), asOf)
                .stream().filter(j -> keeps(f, j)).toList();
        if (f.soonMonths() > 0) {
            LocalDate later = asOf.plusMonths(f.soonMonths());
            Map<String, Boolean> soon = judge(r, FactLoader.load(tx(), records(), kind, later, r.type().maxGapDays, r.type().getId()),
                    later).stream().collect(Collectors.toMap(Judgement::recipientId, Judgement::eligible));
            now = now.stream().map(j -> j.eligible() || !soon.getOrDefault(j.recipientId(), false) ? j : j.soon()).toList();
        }
        return f.onlyEligible() ? now.stream().filter(j -> j.eligible() || j.soonEligible()).toList() : now;
    }

    private static boolean keeps(EligibilityFilter f, Judgement j) {
        return (f.pillarType() == null || j.pillarTypes().contains(f.pillarType()))
                && (f.kecamatanKode() == null || f.kecamatanKode().equals(j.kecamatanKode()));
    }

    static List<Judgement> judge(Rules r, List<SubjectFacts> facts, LocalDate asOf) {
        List<Judgement> out = new ArrayList<>(facts.size());
        for (SubjectFacts sf : facts) {
            Evaluator.Verdict v = Evaluator.judge(r.rules(), sf, asOf, r.type().code);
            out.add(new Judgement(r.type().code, sf.kind(), sf.id(), sf.nik(), sf.name(), sf.kelurahanKode(), sf.kecamatanKode(),
                    sf.pillarTypes(), v.eligible(), v.tier(), v.words(), false));
        }
        return out;
    }

    @Override
    public Judgement judge(String typeCode, String recipientId, LocalDate asOf) {
        AccessControl.get().require(AwardsPermissions.READ);
        return judgeAll(typeCode, asOf, EligibilityFilter.ALL).stream().filter(j -> j.recipientId().equals(recipientId)).findFirst()
                .orElseThrow(() -> new AwardsException("ERR_UnknownRecipient", Bundle.ERR_UnknownRecipient(recipientId), recipientId));
    }

    @Override
    public Map<String, List<Judgement>> judgeEveryType(LocalDate asOf) {
        AccessControl.get().require(AwardsPermissions.READ);
        if (asOf == null) {
            throw new AwardsException("ERR_NoAsOf", Bundle.ERR_NoAsOf());
        }
        return judgeTypes(activeTypes(null), asOf, s -> true);
    }

    @Override
    public List<Judgement> judgeForRecipient(RecipientKind kind, String recipientId, LocalDate asOf) {
        AccessControl.get().require(AwardsPermissions.READ);
        if (asOf == null) {
            throw new AwardsException("ERR_NoAsOf", Bundle.ERR_NoAsOf());
        }
        List<Judgement> out = new ArrayList<>();
        judgeTypes(activeTypes(kind), asOf, f -> f.id().equals(recipientId)).values().forEach(out::addAll);
        return out;
    }

    private List<AwardTypeEntity> activeTypes(RecipientKind kind) {
        return tx().read(s -> {
            if (kind == null) {
                return s.createSelectionQuery("from AwardTypeEntity t where t.active = 1 order by t.code", AwardTypeEntity.class)
                        .getResultList();
            }
            return s.createSelectionQuery("from AwardTypeEntity t where t.active = 1 and t.recipientKind = :k order by t.code",
                    AwardTypeEntity.class).setParameter("k", kind.name()).getResultList();
        });
    }

    /**
     * Every subject {@code keep} accepts judged for each of {@code types}, by type code in the given
     * order. The roster facts depend only on the recipient kind and the tolerated break, so they are
     * read once per distinct pair (two reads for the shipped member awards, one for organisations),
     * and the past awards of every type in one read, instead of all of it once per type.
     */
    private Map<String, List<Judgement>> judgeTypes(List<AwardTypeEntity> types, LocalDate asOf, Predicate<SubjectFacts> keep) {
        Map<String, List<SubjectFacts>> byBreak = new HashMap<>();
        Map<String, FactLoader.Past> past = types.isEmpty() ? Map.of() : FactLoader.pastAwards(tx(), asOf);
        Map<String, List<Judgement>> out = new LinkedHashMap<>();
        for (AwardTypeEntity t : types) {
            RecipientKind kind = RecipientKind.valueOf(t.recipientKind);
            List<SubjectFacts> base = byBreak.computeIfAbsent(kind + "/" + t.maxGapDays,
                    k -> FactLoader.base(tx(), records(), kind, asOf, t.maxGapDays).stream().filter(keep).toList());
            out.put(t.code, judge(rules(t), FactLoader.withPastAwards(base, past, t.getId()), asOf));
        }
        return out;
    }

    @Override
    public Optional<DeclaredFacts> declaredFacts(String memberId) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> record(s, memberId).map(toFacts()));
    }

    private static Optional<AwardMemberRecordEntity> record(org.hibernate.Session s, String memberId) {
        return s.createSelectionQuery("from AwardMemberRecordEntity r where r.memberId = :m", AwardMemberRecordEntity.class)
                .setParameter("m", memberId).uniqueResultOptional();
    }

    private static Function<AwardMemberRecordEntity, DeclaredFacts> toFacts() {
        return r -> new DeclaredFacts(r.memberId, r.citizenship, r.bloodDonations, r.prisonYears, r.disqualified == 1, r.evidence,
                r.getId(), r.getVersion());
    }

    @Override
    public DeclaredFacts recordFacts(DeclaredFacts f) {
        AccessControl.get().require(AwardsPermissions.RECORD_FACTS);
        if (f.citizenship() != null && !f.citizenship().equals("WNI") && !f.citizenship().equals("WNA")) {
            throw new AwardsException("ERR_Citizenship", Bundle.ERR_Citizenship());
        }
        if ((f.bloodDonations() != null && f.bloodDonations() < 0) || (f.prisonYears() != null && f.prisonYears() < 0)) {
            throw new AwardsException("ERR_NegativeFact", Bundle.ERR_NegativeFact());
        }
        int most = DeclaredFacts.MAX_DONATIONS;
        int longest = DeclaredFacts.MAX_PRISON_YEARS;
        if ((f.bloodDonations() != null && f.bloodDonations() > most) || (f.prisonYears() != null && f.prisonYears() > longest)) {
            throw new AwardsException("ERR_ImplausibleFact", Bundle.ERR_ImplausibleFact(most, longest), most, longest);
        }
        if (f.evidence() == null || f.evidence().isBlank()) {
            throw new AwardsException("ERR_FactsEvidence", Bundle.ERR_FactsEvidence());
        }
        if (records().member(f.memberId()).isEmpty()) {
            throw new AwardsException("ERR_UnknownRecipient", Bundle.ERR_UnknownRecipient(f.memberId()), f.memberId());
        }
        return tx().inTransaction(s -> {
            AwardMemberRecordEntity r = record(s, f.memberId()).orElse(null);
            // Saved by someone else since this user read it (or first recorded meanwhile): nothing changes.
            if (r == null ? f.id() != null : f.id() == null || !r.getId().equals(f.id()) || r.getVersion() != f.version()) {
                throw new ConcurrentChangeException(null);
            }
            boolean fresh = r == null;
            if (fresh) {
                r = new AwardMemberRecordEntity();
                r.memberId = f.memberId();
            }
            r.citizenship = f.citizenship();
            r.bloodDonations = f.bloodDonations();
            r.prisonYears = f.prisonYears();
            r.disqualified = f.disqualified() ? 1 : 0;
            r.evidence = f.evidence().strip();
            if (fresh) {
                s.persist(r);
            }
            s.flush(); // the new version, as the next save must send it
            return toFacts().apply(r);
        });
    }
}
