package id.pilar.awards.impl.rules;

import id.pilar.awards.api.PillarType;
import id.pilar.awards.impl.rules.RuleSet.Clause;
import id.pilar.awards.impl.rules.RuleSet.Op;
import id.pilar.awards.impl.rules.RuleSet.Requirement;
import id.pilar.awards.impl.rules.RuleSet.Tier;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.openide.util.NbBundle.Messages;

/**
 * Judges one subject's facts against a rule set and says why, in the user's language. Pure: no
 * database, no clock; the as-of date is a parameter. The verdict is decided at once; its words are
 * put together only when read ({@link Verdict#reason()}), because a list judges tens of thousands of
 * subjects and shows a screenful, and formatting messages costs more than judging them.
 */
@Messages({
    "# {0} - years", "# {1} - months", "# {2} - days", "RSN_Served=masa bakti {0} tahun {1} bulan {2} hari",
    "# {0} - days", "# {1} - goal", "RSN_DaysShort=kurang {0} hari untuk {1}",
    "# {0} - years", "# {1} - goal", "RSN_TooLong=sudah {0} tahun atau lebih (batas {1})",
    "RSN_NoHistory=belum ada riwayat keanggotaan",
    "# {0} - as-of date", "# {1} - first start", "RSN_BeforeStart=tanggal acuan {0} sebelum awal keanggotaan {1}",
    "# {0} - end date", "RSN_NotRunning=tidak aktif pada tanggal acuan (masa bakti terakhir berakhir {0})",
    "# {0} - goal", "RSN_NeverAwarded=belum pernah menerima {0}",
    "# {0} - goal", "RSN_Once={0} dianugerahkan sekali saja",
    "# {0} - date", "# {1} - years", "# {2} - months", "# {3} - days", "RSN_LastAward=penghargaan yang sama terakhir {0} ({1} tahun {2} bulan {3} hari lalu)",
    "# {0} - label", "# {1} - value", "RSN_Value={0} {1}",
    "# {0} - difference", "# {1} - goal", "RSN_Short=kurang {0} untuk {1}",
    "# {0} - operator", "# {1} - target", "RSN_Condition=syarat {0} {1}",
    "# {0} - label", "RSN_NotRecorded={0} belum dicatat",
    "RSN_NoRank=tingkatan Tagana belum dicatat",
    "RSN_NoPillar=tidak sedang menjadi anggota pilar sosial",
    "RSN_Yes=ya", "RSN_No=tidak",
    "# {0} - tier", "# {1} - goal", "RSN_TierGoal={1} tingkat {0}",
    "# {0} - tier", "RSN_TierMet=tingkat {0}",
    "# {0} - first", "# {1} - second", "RSN_Or={0} atau {1}",
    "LBL_jam_layanan=jam layanan 12 bulan terakhir", "LBL_hours=jam",
    "LBL_penugasan=penugasan 12 bulan terakhir",
    "LBL_pangkat_tagana=tingkatan Tagana",
    "LBL_sertifikat_berlaku=sertifikat berlaku",
    "LBL_jenis_pilar=jenis pilar",
    "LBL_kewarganegaraan=kewarganegaraan",
    "LBL_donor_darah=donor darah",
    "LBL_hukuman_penjara_tahun=hukuman penjara (tahun)",
    "LBL_diskualifikasi=didiskualifikasi",
    "LBL_penghargaan_sebelumnya=penghargaan sebelumnya",
    "LBL_anggota_aktif=anggota aktif",
    "LBL_sk_berlaku=SK berlaku"
})
public final class Evaluator {

    /** The outcome: eligible or not, the tier awarded (or null) and the reasons, met ones first when eligible. */
    public record Verdict(boolean eligible, String tier, Supplier<String> words) {

        /** The reasons in words, formatted on each call (callers keep the string they need). */
        public String reason() {
            return words.get();
        }
    }

    /** One clause judged; its text is formatted only when asked for. */
    private record Outcome(boolean met, Supplier<String> text) {
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A minimum gap this long is the catalogue's way to say "once" (migration V4): no count of days is worth saying. */
    static final int ONCE_YEARS = 99;

    private Evaluator() {
    }

    /** Judges {@code f} on {@code asOf} for the award named {@code goal} (its code, e.g. SLKS). */
    public static Verdict judge(RuleSet rules, SubjectFacts f, LocalDate asOf, String goal) {
        List<Supplier<String>> met = new ArrayList<>();
        List<Supplier<String>> unmet = new ArrayList<>();
        for (Requirement r : rules.requirements()) {
            List<Outcome> alts = new ArrayList<>(r.alternatives().size());
            Outcome ok = null;
            for (Clause c : r.alternatives()) {
                Outcome o = clause(c, f, asOf, goal);
                alts.add(o);
                if (o.met() && ok == null) {
                    ok = o;
                }
            }
            if (ok != null) {
                met.add(ok.text());
            } else {
                unmet.add(() -> alts.stream().map(o -> o.text().get()).reduce(Bundle::RSN_Or).orElse(""));
            }
        }
        String tier = null;
        if (!rules.tiers().isEmpty()) {
            Tier lowestMissed = null;
            for (Tier t : rules.tiers()) {
                boolean all = true;
                for (Clause c : t.clauses()) {
                    all &= clause(c, f, asOf, goal).met();
                }
                if (all) {
                    tier = t.name();
                } else if (lowestMissed == null) {
                    lowestMissed = t;
                }
            }
            if (tier == null) {
                // The lowest tier missed names its own goal ("PST-PSM tingkat Pratama").
                Tier missed = lowestMissed;
                unmet.add(() -> {
                    String tierGoal = Bundle.RSN_TierGoal(missed.name(), goal);
                    return missed.clauses().stream().map(c -> clause(c, f, asOf, tierGoal)).filter(o -> !o.met())
                            .map(o -> o.text().get()).collect(Collectors.joining("; "));
                });
            } else {
                String reached = tier;
                met.add(() -> Bundle.RSN_TierMet(reached));
            }
        }
        boolean eligible = unmet.isEmpty();
        List<Supplier<String>> said = eligible ? met : unmet;
        return new Verdict(eligible, eligible ? tier : null,
                () -> said.stream().map(Supplier::get).collect(Collectors.joining(" \u00b7 ")));
    }

    private static Outcome clause(Clause c, SubjectFacts f, LocalDate asOf, String goal) {
        return switch (c.fact()) {
            case MASA_BAKTI_TAHUN -> service(c, f, asOf, goal);
            case JEDA_PENGHARGAAN_TAHUN -> gap(c, f, asOf, goal);
            case JAM_LAYANAN -> number(c, f.serviceMinutes() / 60, Bundle::LBL_jam_layanan, true, goal);
            case PENUGASAN -> number(c, f.deployments(), Bundle::LBL_penugasan, false, goal);
            case SERTIFIKAT_BERLAKU -> number(c, f.validCertificates(), Bundle::LBL_sertifikat_berlaku, false, goal);
            case PENGHARGAAN_SEBELUMNYA -> number(c, f.previousAwards(), Bundle::LBL_penghargaan_sebelumnya, false, goal);
            case ANGGOTA_AKTIF -> number(c, f.activeMembers(), Bundle::LBL_anggota_aktif, false, goal);
            case DONOR_DARAH -> f.bloodDonations() == null
                    ? new Outcome(false, () -> Bundle.RSN_NotRecorded(Bundle.LBL_donor_darah()))
                    : number(c, f.bloodDonations(), Bundle::LBL_donor_darah, false, goal);
            // No sentence on record counts as none: disqualifications are recorded when known.
            case HUKUMAN_PENJARA_TAHUN -> number(c, f.prisonYears() == null ? 0 : f.prisonYears(),
                    Bundle::LBL_hukuman_penjara_tahun, false, goal);
            case PANGKAT_TAGANA -> f.rank() == null ? new Outcome(false, Bundle::RSN_NoRank)
                    : compare(c, f.rank().ordinal(), rankOrdinal(c.value()), Bundle::LBL_pangkat_tagana, f.rank()::label);
            case JENIS_PILAR -> pillar(c, f);
            case KEWARGANEGARAAN -> f.citizenship() == null
                    ? new Outcome(false, () -> Bundle.RSN_NotRecorded(Bundle.LBL_kewarganegaraan()))
                    : word(c, f.citizenship().equals(c.value()), f::citizenship);
            case DISKUALIFIKASI -> yesNo(c, f.disqualified(), Bundle::LBL_diskualifikasi);
            case SK_BERLAKU -> yesNo(c, f.skValid(), Bundle::LBL_sk_berlaku);
        };
    }

    private static Outcome service(Clause c, SubjectFacts f, LocalDate asOf, String goal) {
        if (f.firstStart() == null) {
            return new Outcome(c.op() == Op.LT, Bundle::RSN_NoHistory);
        }
        if (asOf.isBefore(f.firstStart())) {
            return new Outcome(c.op() == Op.LT, () -> Bundle.RSN_BeforeStart(DMY.format(asOf), DMY.format(f.firstStart())));
        }
        if (f.serviceStart() == null) {
            return new Outcome(c.op() == Op.LT,
                    () -> Bundle.RSN_NotRunning(f.lastServiceEnd() == null ? "-" : DMY.format(f.lastServiceEnd())));
        }
        return years(c, f.serviceStart(), asOf, goal, () -> servedText(f.serviceStart(), asOf));
    }

    private static Outcome gap(Clause c, SubjectFacts f, LocalDate asOf, String goal) {
        LocalDate last = f.lastSameAward();
        if (last == null || last.isAfter(asOf)) {
            return new Outcome(c.op() == Op.GE, () -> Bundle.RSN_NeverAwarded(goal));
        }
        Supplier<String> lastText = () -> {
            Period p = ServiceTime.served(last, asOf);
            return Bundle.RSN_LastAward(DMY.format(last), p.getYears(), p.getMonths(), p.getDays());
        };
        if (c.op() == Op.GE && c.number() >= ONCE_YEARS && !ServiceTime.reached(last, (int) c.number(), asOf)) {
            return new Outcome(false, () -> lastText.get() + "; " + Bundle.RSN_Once(goal));
        }
        return years(c, last, asOf, goal, lastText);
    }

    private static Outcome years(Clause c, LocalDate start, LocalDate asOf, String goal, Supplier<String> text) {
        int n = (int) c.number();
        boolean reached = ServiceTime.reached(start, n, asOf);
        if (c.op() == Op.GE) {
            return reached ? new Outcome(true, text)
                    : new Outcome(false, () -> text.get() + "; " + Bundle.RSN_DaysShort(ServiceTime.daysShort(start, n, asOf), goal));
        }
        return reached ? new Outcome(false, () -> text.get() + "; " + Bundle.RSN_TooLong(n, goal)) : new Outcome(true, text);
    }

    static String servedText(LocalDate start, LocalDate asOf) {
        Period p = ServiceTime.served(start, asOf);
        return Bundle.RSN_Served(p.getYears(), p.getMonths(), p.getDays());
    }

    /** A count against its threshold; {@code hours} adds the unit "jam" to the figures. */
    private static Outcome number(Clause c, long actual, Supplier<String> label, boolean hours, String goal) {
        boolean ok = c.op().test(actual, c.number());
        Supplier<String> text = () -> Bundle.RSN_Value(label.get(), actual + unit(hours));
        if (ok) {
            return new Outcome(true, text);
        }
        if (c.op() == Op.GE || c.op() == Op.GT) {
            long need = c.number() - actual + (c.op() == Op.GT ? 1 : 0);
            return new Outcome(false, () -> text.get() + "; " + Bundle.RSN_Short(need + unit(hours), goal));
        }
        return new Outcome(false, () -> text.get() + "; " + Bundle.RSN_Condition(c.op().symbol(), c.value()));
    }

    private static String unit(boolean hours) {
        return hours ? " " + Bundle.LBL_hours() : "";
    }

    private static Outcome compare(Clause c, long actual, long target, Supplier<String> label, Supplier<String> shown) {
        boolean ok = c.op().test(actual, target);
        Supplier<String> text = () -> Bundle.RSN_Value(label.get(), shown.get());
        return ok ? new Outcome(true, text)
                : new Outcome(false, () -> text.get() + "; " + Bundle.RSN_Condition(c.op().symbol(), c.value()));
    }

    private static long rankOrdinal(String value) {
        return id.pilar.rosters.api.TaganaRank.valueOf(value).ordinal();
    }

    private static Outcome pillar(Clause c, SubjectFacts f) {
        if (f.pillarTypes().isEmpty()) {
            return new Outcome(c.op() == Op.NE, Bundle::RSN_NoPillar);
        }
        boolean has = false;
        for (PillarType p : f.pillarTypes()) {
            has |= p.name().equals(c.value());
        }
        return word(c, has, () -> Bundle.LBL_jenis_pilar() + " "
                + f.pillarTypes().stream().sorted().map(PillarType::label).collect(Collectors.joining(", ")));
    }

    private static Outcome word(Clause c, boolean equal, Supplier<String> shown) {
        boolean ok = c.op() == Op.EQ ? equal : !equal;
        return ok ? new Outcome(true, shown)
                : new Outcome(false, () -> shown.get() + "; " + Bundle.RSN_Condition(c.op().symbol(), c.value()));
    }

    private static Outcome yesNo(Clause c, boolean actual, Supplier<String> label) {
        boolean want = c.value().equals("YA");
        boolean ok = (c.op() == Op.EQ) == (actual == want);
        Supplier<String> text = () -> Bundle.RSN_Value(label.get(), actual ? Bundle.RSN_Yes() : Bundle.RSN_No());
        return ok ? new Outcome(true, text) : new Outcome(false,
                () -> text.get() + "; " + Bundle.RSN_Condition(c.op().symbol(), c.value().toLowerCase(java.util.Locale.ROOT)));
    }
}
