package id.pilar.awards.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/**
 * The fixed registry of facts an award rule may name. A rule that names anything else is refused
 * when it is saved. Each fact knows the kind of value it compares and whom it applies to.
 */
@Messages({
    "FACT_masa_bakti_tahun=masa bakti berkelanjutan (tahun penuh pada tanggal acuan; keanggotaan di organisasi mana pun digabung)",
    "FACT_jam_layanan=jam layanan dalam 12 bulan sampai tanggal acuan",
    "FACT_penugasan=jumlah penugasan dalam 12 bulan sampai tanggal acuan",
    "FACT_pangkat_tagana=tingkatan Tagana (MUDA, MADYA, UTAMA)",
    "FACT_sertifikat_berlaku=jumlah sertifikat pelatihan yang berlaku pada tanggal acuan",
    "FACT_jenis_pilar=jenis pilar (PSM, TKSK, KARANG_TARUNA, TAGANA, LKS)",
    "FACT_kewarganegaraan=kewarganegaraan yang tercatat (WNI, WNA)",
    "FACT_donor_darah=jumlah donor darah yang tercatat",
    "FACT_hukuman_penjara_tahun=hukuman penjara terberat yang pernah dijatuhkan (tahun)",
    "FACT_diskualifikasi=didiskualifikasi (ya, tidak)",
    "FACT_penghargaan_sebelumnya=jumlah penghargaan yang sudah dianugerahkan (semua jenis)",
    "FACT_jeda_penghargaan_tahun=tahun sejak penghargaan jenis yang sama terakhir dianugerahkan",
    "FACT_anggota_aktif=jumlah anggota aktif organisasi pada tanggal acuan",
    "FACT_sk_berlaku=SK organisasi berlaku pada tanggal acuan (ya, tidak)"
})
public enum Fact {
    MASA_BAKTI_TAHUN(ValueType.YEARS, true, false),
    JAM_LAYANAN(ValueType.NUMBER, true, true),
    PENUGASAN(ValueType.NUMBER, true, false),
    PANGKAT_TAGANA(ValueType.RANK, true, false),
    SERTIFIKAT_BERLAKU(ValueType.NUMBER, true, false),
    JENIS_PILAR(ValueType.WORD, true, true),
    KEWARGANEGARAAN(ValueType.WORD, true, false),
    DONOR_DARAH(ValueType.NUMBER, true, false),
    HUKUMAN_PENJARA_TAHUN(ValueType.NUMBER, true, false),
    DISKUALIFIKASI(ValueType.YES_NO, true, true),
    PENGHARGAAN_SEBELUMNYA(ValueType.NUMBER, true, true),
    JEDA_PENGHARGAAN_TAHUN(ValueType.YEARS, true, true),
    ANGGOTA_AKTIF(ValueType.NUMBER, false, true),
    SK_BERLAKU(ValueType.YES_NO, false, true);

    /** What a fact's value is and so which comparisons a rule may use. */
    public enum ValueType { NUMBER, YEARS, RANK, WORD, YES_NO }

    private final ValueType type;
    private final boolean forMembers;
    private final boolean forOrganisations;

    Fact(ValueType type, boolean forMembers, boolean forOrganisations) {
        this.type = type;
        this.forMembers = forMembers;
        this.forOrganisations = forOrganisations;
    }

    /** The name used in rule text, e.g. {@code masa_bakti_tahun}. */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ValueType type() {
        return type;
    }

    public boolean appliesTo(RecipientKind kind) {
        return kind == RecipientKind.ANGGOTA ? forMembers : forOrganisations;
    }

    /** Indonesian (or English) description for the rule editor. */
    public String description() {
        return switch (this) {
            case MASA_BAKTI_TAHUN -> Bundle.FACT_masa_bakti_tahun();
            case JAM_LAYANAN -> Bundle.FACT_jam_layanan();
            case PENUGASAN -> Bundle.FACT_penugasan();
            case PANGKAT_TAGANA -> Bundle.FACT_pangkat_tagana();
            case SERTIFIKAT_BERLAKU -> Bundle.FACT_sertifikat_berlaku();
            case JENIS_PILAR -> Bundle.FACT_jenis_pilar();
            case KEWARGANEGARAAN -> Bundle.FACT_kewarganegaraan();
            case DONOR_DARAH -> Bundle.FACT_donor_darah();
            case HUKUMAN_PENJARA_TAHUN -> Bundle.FACT_hukuman_penjara_tahun();
            case DISKUALIFIKASI -> Bundle.FACT_diskualifikasi();
            case PENGHARGAAN_SEBELUMNYA -> Bundle.FACT_penghargaan_sebelumnya();
            case JEDA_PENGHARGAAN_TAHUN -> Bundle.FACT_jeda_penghargaan_tahun();
            case ANGGOTA_AKTIF -> Bundle.FACT_anggota_aktif();
            case SK_BERLAKU -> Bundle.FACT_sk_berlaku();
        };
    }

    public static Optional<Fact> byRuleName(String name) {
        return Arrays.stream(values()).filter(f -> f.ruleName().equals(name)).findFirst();
    }
}
