package id.pilar.awards.impl;

import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RecipientKind;
import id.pilar.awards.impl.rules.SubjectFacts;
import id.pilar.core.persistence.Transactions;
import id.pilar.rosters.api.MemberFacts;
import id.pilar.rosters.api.OrganisationFacts;
import id.pilar.rosters.api.PillarRecords;
import id.pilar.rosters.api.ReportPeriod;
import id.pilar.rosters.api.ServicePeriod;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the facts of every member (or organisation) on an as-of date in bulk: the rosters' facts
 * through {@link PillarRecords#memberFacts}, the facts recorded here and the awards already conferred.
 */
final class FactLoader {

    private record Declared(String citizenship, Integer blood, Integer prison, boolean disqualified) {
    }

    /** A recipient's awards conferred up to an as-of date: how many in all, and the last date of each type. */
    record Past(int count, Map<String, LocalDate> lastByType) {
    }

    private FactLoader() {
    }

    /** The 12 months ending on {@code asOf}, inclusive: the window of "hours" and "deployments". */
    static ReportPeriod yearTo(LocalDate asOf) {
        return new ReportPeriod(asOf.minusYears(1).plusDays(1), asOf);
    }

    static List<SubjectFacts> load(Transactions tx, PillarRecords records, RecipientKind kind, LocalDate asOf, int maxGapDays,
            String typeId) {
        return withPastAwards(base(tx, records, kind, asOf, maxGapDays), pastAwards(tx, asOf), typeId);
    }

    /** Each subject with its awards conferred up to the as-of date: how many, and when {@code typeId} was last conferred. */
    static List<SubjectFacts> withPastAwards(List<SubjectFacts> facts, Map<String, Past> past, String typeId) {
        List<SubjectFacts> out = new ArrayList<>(facts.size());
        for (SubjectFacts f : facts) {
            Past p = past.get(f.id());
            out.add(p == null ? f : f.withAwards(p.count(), p.lastByType().get(typeId)));
        }
        return out;
    }

    /** The facts that do not depend on the award type (roster facts, recorded facts); no past awards yet. */
    static List<SubjectFacts> base(Transactions tx, PillarRecords records, RecipientKind kind, LocalDate asOf, int maxGapDays) {
        List<SubjectFacts> out = new ArrayList<>();
        if (kind == RecipientKind.ORGANISASI) {
            for (OrganisationFacts o : records.organisationFacts(asOf, yearTo(asOf))) {
                Set<PillarType> types = PillarType.ofPsks(o.psksKode()).map(Set::of).orElse(Set.of());
                out.add(new SubjectFacts(kind, o.id(), o.registrationNumber(), o.name(), o.kelurahanKode(), o.kecamatanKode(), types,
                        null, null, null, o.minutes(), 0, null, 0, null, null, null, false, 0, null,
                        o.activeMembers(), o.skValid()));
            }
            return out;
        }
        Map<String, Declared> declared = declared(tx);
        // Plain loops, no streams per member: this runs for every member on every read, and the
        // eligible list's first call in a fresh JVM runs it before the JIT has compiled anything.
        for (MemberFacts m : records.memberFacts(asOf, yearTo(asOf), maxGapDays)) {
            Declared d = declared.getOrDefault(m.ref().id(), NOT_DECLARED);
            ServicePeriod running = null;
            for (ServicePeriod p : m.service()) {
                if (p.running()) {
                    running = p;
                    break;
                }
            }
            LocalDate lastEnd = m.service().isEmpty() ? null : m.service().get(m.service().size() - 1).to();
            out.add(new SubjectFacts(kind, m.ref().id(), m.ref().nik(), m.ref().fullName(), m.kelurahanKode(), m.kecamatanKode(),
                    pillarTypes(m.psksKodes()), running == null ? null : running.from(), m.firstStart(), running != null ? null : lastEnd,
                    m.minutes(), m.deployments(), m.rank(), m.validCertificates(), d.citizenship(), d.blood(), d.prison(),
                    d.disqualified(), 0, null, 0, false));
        }
        return out;
    }

    private static final Declared NOT_DECLARED = new Declared(null, null, null, false);

    private static Set<PillarType> pillarTypes(Set<String> psksKodes) {
        if (psksKodes.isEmpty()) {
            return Set.of();
        }
        Set<PillarType> types = EnumSet.noneOf(PillarType.class);
        for (String k : psksKodes) {
            PillarType.ofPsks(k).ifPresent(types::add);
        }
        return types;
    }

    private static Map<String, Declared> declared(Transactions tx) {
        return tx.query(c -> {
            Map<String, Declared> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT member_id, citizenship, blood_donations, prison_years, disqualified "
                    + "FROM awd_member_record"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), new Declared(rs.getString(2), rs.getObject(3) == null ? null : rs.getInt(3),
                            rs.getObject(4) == null ? null : rs.getInt(4), rs.getInt(5) == 1));
                }
            }
            return m;
        });
    }

    /** Awards conferred up to {@code asOf}, every type in one read: how many per recipient, and the last of each type. */
    static Map<String, Past> pastAwards(Transactions tx, LocalDate asOf) {
        return tx.query(c -> {
            Map<String, Past> m = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT recipient_id, type_id, COUNT(*), MAX(conferred_on) "
                    + "FROM awd_award WHERE conferred_on <= ? GROUP BY recipient_id, type_id")) {
                ps.setString(1, asOf.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Past p = m.computeIfAbsent(rs.getString(1), k -> new Past(0, new HashMap<>()));
                        p.lastByType().put(rs.getString(2), LocalDate.parse(rs.getString(4)));
                        m.put(rs.getString(1), new Past(p.count() + rs.getInt(3), p.lastByType()));
                    }
                }
            }
            return m;
        });
    }
}
