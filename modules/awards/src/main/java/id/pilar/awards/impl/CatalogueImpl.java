package id.pilar.awards.impl;

import id.pilar.awards.api.AwardCatalogue;
import id.pilar.awards.api.AwardType;
import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.RecipientKind;
import id.pilar.awards.api.RequiredDocument;
import id.pilar.awards.impl.model.AwardTypeDocumentEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import id.pilar.awards.impl.rules.RuleSet;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.Transactions;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = AwardCatalogue.class)
@Messages({
    "ERR_TypeCode=Kode penghargaan wajib diisi: huruf besar, angka dan tanda hubung (contoh PST-PSM).",
    "ERR_TypeName=Nama penghargaan wajib diisi.",
    "ERR_TypeRoute=Jalur persetujuan wajib diisi: satu tingkat per baris, dimulai dari kantor kita.",
    "ERR_TypeGap=Jeda minimal dan toleransi jeda tidak boleh negatif.",
    "# {0} - code", "ERR_TypeCodeTaken=Kode {0} sudah dipakai jenis penghargaan lain.",
    "# {0} - code", "ERR_DocumentDuplicate=Dokumen {0} tercantum dua kali.",
    "# {0} - code", "ERR_UnknownType=Jenis penghargaan {0} tidak ada di katalog."
})
public final class CatalogueImpl implements AwardCatalogue {

    private final Transactions tx;

    public CatalogueImpl() {
        this(null);
    }

    public CatalogueImpl(Transactions tx) {
        this.tx = tx;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    @Override
    public List<AwardType> list() {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("from AwardTypeEntity t order by t.code", AwardTypeEntity.class).getResultList()
                .stream().map(t -> Mapping.type(s, t)).toList());
    }

    @Override
    public Optional<AwardType> byCode(String code) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> find(s, code).map(t -> Mapping.type(s, t)));
    }

    static Optional<AwardTypeEntity> find(org.hibernate.Session s, String code) {
        return s.createSelectionQuery("from AwardTypeEntity t where t.code = :c", AwardTypeEntity.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT)).uniqueResultOptional();
    }

    static AwardTypeEntity require(org.hibernate.Session s, String code) {
        return find(s, code).orElseThrow(() -> new AwardsException("ERR_UnknownType", Bundle.ERR_UnknownType(code), code));
    }

    @Override
    public void checkRules(String rules, RecipientKind kind) {
        AccessControl.get().require(AwardsPermissions.READ);
        RuleSet.parse(rules, kind);
    }

    @Override
    public AwardType save(AwardType t) {
        AccessControl.get().require(AwardsPermissions.CATALOGUE);
        String code = t.code() == null ? "" : t.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,29}")) {
            throw new AwardsException("ERR_TypeCode", Bundle.ERR_TypeCode());
        }
        if (t.name() == null || t.name().isBlank()) {
            throw new AwardsException("ERR_TypeName", Bundle.ERR_TypeName());
        }
        if (t.route().stream().allMatch(String::isBlank)) {
            throw new AwardsException("ERR_TypeRoute", Bundle.ERR_TypeRoute());
        }
        if (t.minGapYears() < 0 || t.maxGapDays() < 0) {
            throw new AwardsException("ERR_TypeGap", Bundle.ERR_TypeGap());
        }
        RuleSet.parse(t.rules(), t.recipientKind()); // refuses unknown facts before anything is written
        Set<String> codes = new HashSet<>();
        for (RequiredDocument d : t.documents()) {
            if (!codes.add(d.code())) {
                throw new AwardsException("ERR_DocumentDuplicate", Bundle.ERR_DocumentDuplicate(d.code()), d.code());
            }
        }
        return tx().inTransaction(s -> {
            Optional<AwardTypeEntity> same = find(s, code);
            AwardTypeEntity e;
            if (t.id() == null) {
                if (same.isPresent()) {
                    throw new AwardsException("ERR_TypeCodeTaken", Bundle.ERR_TypeCodeTaken(code), code);
                }
                e = new AwardTypeEntity();
            } else {
                e = s.find(AwardTypeEntity.class, t.id());
                if (e == null || e.getVersion() != t.version()) {
                    throw new ConcurrentChangeException(null);
                }
                if (same.isPresent() && !same.get().getId().equals(t.id())) {
                    throw new AwardsException("ERR_TypeCodeTaken", Bundle.ERR_TypeCodeTaken(code), code);
                }
            }
            e.code = code;
            e.name = t.name().strip();
            e.recipientKind = t.recipientKind().name();
            e.rules = t.rules().strip();
            e.route = String.join("\n", t.route().stream().map(String::strip).filter(r -> !r.isEmpty()).toList());
            e.occasion = t.occasion() == null || t.occasion().isBlank() ? null : t.occasion().strip();
            e.ceremonyMonth = t.ceremonyDay() == null ? null : t.ceremonyDay().getMonthValue();
            e.ceremonyDay = t.ceremonyDay() == null ? null : t.ceremonyDay().getDayOfMonth();
            e.minGapYears = t.minGapYears();
            e.maxGapDays = t.maxGapDays();
            e.active = t.active() ? 1 : 0;
            e.description = t.description();
            if (t.id() == null) {
                s.persist(e);
            }
            List<AwardTypeDocumentEntity> old = Mapping.documents(s, e.getId());
            for (AwardTypeDocumentEntity d : old) {
                if (t.documents().stream().noneMatch(n -> n.code().equals(d.code))) {
                    s.remove(d);
                }
            }
            int pos = 1;
            for (RequiredDocument d : t.documents()) {
                Optional<AwardTypeDocumentEntity> existing = old.stream().filter(o -> o.code.equals(d.code())).findFirst();
                AwardTypeDocumentEntity de = existing.orElseGet(AwardTypeDocumentEntity::new);
                de.typeId = e.getId();
                de.code = d.code();
                de.name = d.name();
                de.media = d.media().name();
                de.requiredFrom = d.requiredFrom().name();
                de.position = pos++;
                if (existing.isEmpty()) {
                    s.persist(de);
                }
            }
            s.flush();
            return Mapping.type(s, e);
        });
    }
}
