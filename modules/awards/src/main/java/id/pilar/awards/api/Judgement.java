package id.pilar.awards.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One member's or organisation's standing for one award on one date, with the reason in words.
 * Immutable. The reason is put into words the first time it is read: a list judges every member
 * for every award type, and only what a view shows or a file writes needs its sentence.
 *
 * @param nik          NIK of a member (masked as the user may see it), registration number of an organisation
 * @param soonEligible not eligible now but eligible at the end of the "soon" window asked for
 */
public final class Judgement {

    private final String typeCode;
    private final RecipientKind kind;
    private final String recipientId;
    private final String nik;
    private final String name;
    private final String kelurahanKode;
    private final String kecamatanKode;
    private final Set<PillarType> pillarTypes;
    private final boolean eligible;
    private final String tier;
    private final Supplier<String> words;
    private final boolean soonEligible;
    private volatile String reason;

    /** A judgement whose reason {@code words} formats when first read. */
    public Judgement(String typeCode, RecipientKind kind, String recipientId, String nik, String name, String kelurahanKode,
            String kecamatanKode, Set<PillarType> pillarTypes, boolean eligible, String tier, Supplier<String> words,
            boolean soonEligible) {
        this.typeCode = typeCode;
        this.kind = kind;
        this.recipientId = recipientId;
        this.nik = nik;
        this.name = name;
        this.kelurahanKode = kelurahanKode;
        this.kecamatanKode = kecamatanKode;
        this.pillarTypes = Set.copyOf(pillarTypes);
        this.eligible = eligible;
        this.tier = tier;
        this.words = Objects.requireNonNull(words);
        this.soonEligible = soonEligible;
    }

    /** The same judgement, marked eligible within the "soon" window. */
    public Judgement soon() {
        return new Judgement(typeCode, kind, recipientId, nik, name, kelurahanKode, kecamatanKode, pillarTypes, false, null,
                words, true);
    }

    public String typeCode() {
        return typeCode;
    }

    public RecipientKind kind() {
        return kind;
    }

    public String recipientId() {
        return recipientId;
    }

    public String nik() {
        return nik;
    }

    public String name() {
        return name;
    }

    public String kelurahanKode() {
        return kelurahanKode;
    }

    public String kecamatanKode() {
        return kecamatanKode;
    }

    public Set<PillarType> pillarTypes() {
        return pillarTypes;
    }

    public boolean eligible() {
        return eligible;
    }

    public String tier() {
        return tier;
    }

    /** Why, in the user's language ("masa bakti 4 tahun 11 bulan 30 hari; kurang 1 hari untuk SLKS"). */
    public String reason() {
        String r = reason;
        if (r == null) {
            r = words.get();
            reason = r;
        }
        return r;
    }

    public boolean soonEligible() {
        return soonEligible;
    }

    @Override
    public String toString() {
        return "Judgement[" + typeCode + ", " + recipientId + ", eligible=" + eligible + ", tier=" + tier + "]";
    }
}
