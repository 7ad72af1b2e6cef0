package id.pilar.awards.impl.rules;

import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.Fact;
import id.pilar.awards.api.PillarType;
import id.pilar.awards.api.RecipientKind;
import id.pilar.rosters.api.TaganaRank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openide.util.NbBundle.Messages;

/**
 * The rules of one award type, parsed from their text (see the module README for the language):
 * one requirement per line, alternatives joined by {@code atau}; optional tier lines
 * {@code tingkat NAME: clause dan clause}, lowest first. Every line must hold for eligibility;
 * with tiers, at least the lowest tier too, and the highest tier met is the one awarded.
 */
@Messages({
    "# {0} - line", "# {1} - text", "ERR_RuleSyntax=Aturan baris {0} tidak terbaca: \"{1}\". Contoh: masa_bakti_tahun >= 5",
    "# {0} - line", "# {1} - fact", "ERR_RuleUnknownFact=Aturan baris {0}: fakta \"{1}\" tidak dikenal. Pilih salah satu fakta dari daftar.",
    "# {0} - line", "# {1} - fact", "ERR_RuleFactNotForKind=Aturan baris {0}: fakta \"{1}\" tidak berlaku untuk jenis penerima ini.",
    "# {0} - line", "# {1} - fact", "# {2} - value", "ERR_RuleBadValue=Aturan baris {0}: nilai \"{2}\" tidak cocok untuk fakta \"{1}\".",
    "# {0} - line", "# {1} - fact", "# {2} - operator", "ERR_RuleBadOperator=Aturan baris {0}: pembanding \"{2}\" tidak dapat dipakai untuk fakta \"{1}\".",
    "ERR_RuleEmpty=Aturan kosong: tulis paling sedikit satu syarat."
})
public record RuleSet(List<Requirement> requirements, List<Tier> tiers) {

    /** Comparison operators, longest spelling first so that {@code >=} is not read as {@code >}. */
    public enum Op {
        GE(">="), LE("<="), NE("!="), GT(">"), LT("<"), EQ("=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean test(long actual, long target) {
            return switch (this) {
                case GE -> actual >= target;
                case LE -> actual <= target;
                case GT -> actual > target;
                case LT -> actual < target;
                case EQ -> actual == target;
                case NE -> actual != target;
            };
        }
    }

    /** {@code fact op value}; {@code value} is normalised (upper case words, plain digits). */
    public record Clause(Fact fact, Op op, String value) {
        long number() {
            return Long.parseLong(value);
        }

        @Override
        public String toString() {
            return fact.ruleName() + " " + op.symbol + " " + value;
        }
    }

    /** One line: holds when any alternative holds. */
    public record Requirement(List<Clause> alternatives) {
    }

    /** A tier: holds when every clause holds. */
    public record Tier(String name, List<Clause> clauses) {
    }

    private static final Pattern CLAUSE = Pattern.compile("([a-z_]+)\\s*(>=|<=|!=|>|<|=)\\s*([A-Za-z0-9_]+)");
    /** The rule language's keywords joining clauses: all of a tier's, any of a line's. */
    static final String AND = "dan";
    static final String OR = "atau";
    private static final Pattern ALL_OF = Pattern.compile("\\s+" + AND + "\\s+");
    private static final Pattern ANY_OF = Pattern.compile("\\s+" + OR + "\\s+");
    private static final Pattern TIER = Pattern.compile("tingkat\\s+([^:]+):(.*)", Pattern.CASE_INSENSITIVE);

    /** Parses and checks {@code text}; refuses unknown facts and values that do not fit. */
    public static RuleSet parse(String text, RecipientKind kind) {
        List<Requirement> reqs = new ArrayList<>();
        List<Tier> tiers = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int n = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher t = TIER.matcher(line);
            if (t.matches()) {
                List<Clause> clauses = new ArrayList<>();
                for (String part : ALL_OF.split(t.group(2))) {
                    clauses.add(clause(part.strip(), n, kind));
                }
                tiers.add(new Tier(t.group(1).strip(), List.copyOf(clauses)));
                continue;
            }
            List<Clause> alts = new ArrayList<>();
            for (String part : ANY_OF.split(line)) {
                alts.add(clause(part.strip(), n, kind));
            }
            reqs.add(new Requirement(List.copyOf(alts)));
        }
        if (reqs.isEmpty() && tiers.isEmpty()) {
            throw new AwardsException("ERR_RuleEmpty", Bundle.ERR_RuleEmpty());
        }
        return new RuleSet(List.copyOf(reqs), List.copyOf(tiers));
    }

    private static Clause clause(String text, int line, RecipientKind kind) {
        Matcher m = CLAUSE.matcher(text);
        if (!m.matches()) {
            throw new AwardsException("ERR_RuleSyntax", Bundle.ERR_RuleSyntax(line, text), line, text);
        }
        String name = m.group(1);
        Fact fact = Fact.byRuleName(name).orElseThrow(
                () -> new AwardsException("ERR_RuleUnknownFact", Bundle.ERR_RuleUnknownFact(line, name), line, name));
        if (!fact.appliesTo(kind)) {
            throw new AwardsException("ERR_RuleFactNotForKind", Bundle.ERR_RuleFactNotForKind(line, name), line, name);
        }
        Op op = Arrays.stream(Op.values()).filter(o -> o.symbol.equals(m.group(2))).findFirst().orElseThrow();
        String value = m.group(3).toUpperCase(Locale.ROOT);
        boolean opFits = switch (fact.type()) {
            case NUMBER, RANK -> true;
            case YEARS -> op == Op.GE || op == Op.LT;
            case WORD, YES_NO -> op == Op.EQ || op == Op.NE;
        };
        if (!opFits) {
            throw new AwardsException("ERR_RuleBadOperator", Bundle.ERR_RuleBadOperator(line, name, op.symbol), line, name, op.symbol);
        }
        boolean valueFits = switch (fact.type()) {
            case NUMBER, YEARS -> value.matches("\\d{1,9}");
            case RANK -> Arrays.stream(TaganaRank.values()).anyMatch(r -> r.name().equals(value));
            case YES_NO -> value.equals("YA") || value.equals("TIDAK");
            case WORD -> fact == Fact.JENIS_PILAR ? Arrays.stream(PillarType.values()).anyMatch(p -> p.name().equals(value))
                    : value.equals("WNI") || value.equals("WNA");
        };
        if (!valueFits) {
            throw new AwardsException("ERR_RuleBadValue", Bundle.ERR_RuleBadValue(line, name, m.group(3)), line, name, m.group(3));
        }
        return new Clause(fact, op, value);
    }

    /** Every clause: requirements, then tiers (what the bulk loader needs to know it must read). */
    public List<Clause> allClauses() {
        List<Clause> all = new ArrayList<>();
        requirements.forEach(r -> all.addAll(r.alternatives()));
        tiers.forEach(t -> all.addAll(t.clauses()));
        return all;
    }
}
