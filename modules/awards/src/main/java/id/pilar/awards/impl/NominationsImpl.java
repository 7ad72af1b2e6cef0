package id.pilar.awards.impl;

import id.pilar.awards.api.Attachment;
import id.pilar.awards.api.AwardsException;
import id.pilar.awards.api.AwardsPermissions;
import id.pilar.awards.api.ConferredAward;
import id.pilar.awards.api.DocumentMedia;
import id.pilar.awards.api.Eligibility;
import id.pilar.awards.api.Judgement;
import id.pilar.awards.api.Nomination;
import id.pilar.awards.api.NominationDraft;
import id.pilar.awards.api.NominationState;
import id.pilar.awards.api.NominationStep;
import id.pilar.awards.api.Nominations;
import id.pilar.awards.api.RequiredDocument;
import id.pilar.awards.impl.model.AwardAttachmentEntity;
import id.pilar.awards.impl.model.AwardCeremonyEntity;
import id.pilar.awards.impl.model.AwardEntity;
import id.pilar.awards.impl.model.AwardNominationEntity;
import id.pilar.awards.impl.model.AwardNominationStepEntity;
import id.pilar.awards.impl.model.AwardTypeDocumentEntity;
import id.pilar.awards.impl.model.AwardTypeEntity;
import id.pilar.awards.impl.rules.ServiceTime;
import id.pilar.core.api.error.ConcurrentChangeException;
import id.pilar.core.api.security.AccessControl;
import id.pilar.core.api.security.ActingUser;
import id.pilar.core.persistence.Transactions;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = Nominations.class)
@Messages({
    "# {0} - reason", "ERR_JustificationNeeded=Calon belum memenuhi syarat ({0}). Tulis alasan tertulis bila tetap diusulkan.",
    "# {0} - award", "# {1} - last", "# {2} - years", "# {3} - earliest",
    "ERR_GapNotReached={0} sudah dianugerahkan kepada calon ini pada {1}; jeda minimal {2} tahun, paling cepat {3}.",
    "# {0} - award", "ERR_AlreadyNominated=Calon ini sudah memiliki usulan {0} yang masih berjalan.",
    "# {0} - state", "# {1} - action", "ERR_WrongState=Usulan berstatus {0} tidak dapat {1}.",
    "# {0} - documents", "ERR_MissingDocuments=Langkah ini memerlukan dokumen yang belum dilampirkan: {0}.",
    "ERR_LastLevel=Usulan sudah berada di tingkat terakhir jalur persetujuan; langkah berikutnya adalah keputusan.",
    "# {0} - level", "ERR_NotLastLevel=Keputusan diambil di tingkat terakhir jalur ({0}); teruskan usulan lebih dahulu.",
    "ERR_DecisionNumber=Nomor keputusan wajib diisi (misalnya nomor Keppres atau SK).",
    "ERR_RejectReason=Alasan penolakan wajib diisi.",
    "ERR_Signatory=Nama dan jabatan penanda tangan piagam wajib diisi.",
    "ERR_UnknownCeremony=Upacara tidak ditemukan.",
    "ERR_UnknownNomination=Usulan tidak ditemukan; mungkin sudah dihapus.",
    "# {0} - code", "ERR_UnknownDocument=Dokumen {0} tidak ada dalam daftar dokumen jenis penghargaan ini.",
    "ERR_InactiveType=Jenis penghargaan ini tidak aktif dan tidak dapat diusulkan.",
    "ERR_FileName=Nama berkas wajib diisi.",
    "ERR_DecidedOn=Tanggal keputusan wajib diisi.",
    "ACT_submit=diajukan", "ACT_verify=diverifikasi", "ACT_forward=diteruskan", "ACT_approve=disetujui", "ACT_reject=ditolak",
    "ACT_confer=dianugerahkan", "ACT_attach=diberi lampiran"
})
public final class NominationsImpl implements Nominations {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Transactions tx;
    private final Eligibility eligibility;

    public NominationsImpl() {
        this(null, null);
    }

    public NominationsImpl(Transactions tx, Eligibility eligibility) {
        this.tx = tx;
        this.eligibility = eligibility;
    }

    private Transactions tx() {
        return tx != null ? tx : Transactions.get();
    }

    private Eligibility eligibility() {
        return eligibility != null ? eligibility : Eligibility.get();
    }

    @Override
    public List<Nomination> list(NominationState state) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> {
            var q = s.createSelectionQuery("select n, t from AwardNominationEntity n, AwardTypeEntity t where t.id = n.typeId"
                    + (state == null ? "" : " and n.state = :s") + " order by n.stateSince", Object[].class);
            if (state != null) {
                q.setParameter("s", state.name());
            }
            return q.getResultList().stream().map(r -> Mapping.nomination((AwardNominationEntity) r[0], (AwardTypeEntity) r[1])).toList();
        });
    }

    @Override
    public id.pilar.awards.api.NominationsOverview overview() {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().query(c -> {
            long waiting = 0;
            long approved = 0;
            java.time.Instant oldest = null;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT state, count(*), min(state_since) FROM awd_nomination"
                    + " WHERE state IN ('DIUSULKAN', 'DIVERIFIKASI', 'DITERUSKAN', 'DISETUJUI') GROUP BY state")) {
                while (rs.next()) {
                    if (NominationState.DISETUJUI.name().equals(rs.getString(1))) {
                        approved += rs.getLong(2);
                    } else {
                        waiting += rs.getLong(2);
                    }
                    java.time.Instant since = java.time.Instant.parse(rs.getString(3));
                    oldest = oldest == null || since.isBefore(oldest) ? since : oldest;
                }
            }
            java.time.MonthDay slks = null;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT ceremony_month, ceremony_day FROM awd_type WHERE code = 'SLKS'")) {
                if (rs.next() && rs.getObject(1) != null && rs.getObject(2) != null) {
                    slks = java.time.MonthDay.of(rs.getInt(1), rs.getInt(2));
                }
            }
            return new id.pilar.awards.api.NominationsOverview(waiting, approved, oldest, slks);
        });
    }

    @Override
    public List<Nomination> forRecipient(String recipientId) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("select n, t from AwardNominationEntity n, AwardTypeEntity t where t.id = n.typeId "
                + "and n.recipientId = :r order by n.createdAt", Object[].class).setParameter("r", recipientId).getResultList().stream()
                .map(r -> Mapping.nomination((AwardNominationEntity) r[0], (AwardTypeEntity) r[1])).toList());
    }

    @Override
    public Optional<Nomination> get(String id) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> Optional.ofNullable(s.find(AwardNominationEntity.class, id))
                .map(n -> Mapping.nomination(n, s.find(AwardTypeEntity.class, n.typeId))));
    }

    @Override
    public List<NominationStep> steps(String id) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> {
            AwardNominationEntity n = s.find(AwardNominationEntity.class, id);
            if (n == null) {
                return List.<NominationStep>of();
            }
            List<String> route = Mapping.route(s.find(AwardTypeEntity.class, n.typeId).route);
            return s.createSelectionQuery("from AwardNominationStepEntity st where st.nominationId = :n order by st.at, st.createdAt",
                    AwardNominationStepEntity.class).setParameter("n", id).getResultList().stream()
                    .map(st -> new NominationStep(st.fromState == null ? null : NominationState.valueOf(st.fromState),
                            NominationState.valueOf(st.toState), st.routeLevel, route.get(Math.min(st.routeLevel, route.size() - 1)),
                            st.actor, st.actorName, st.at, st.note)).toList();
        });
    }

    @Override
    public Nomination create(NominationDraft d) {
        AccessControl.get().require(AwardsPermissions.NOMINATE);
        Judgement j = eligibility().judge(d.typeCode(), d.recipientId(), d.asOf());
        String justification = d.justification() == null || d.justification().isBlank() ? null : d.justification().strip();
        if (!j.eligible() && justification == null) {
            throw new AwardsException("ERR_JustificationNeeded", Bundle.ERR_JustificationNeeded(j.reason()), j.reason());
        }
        return tx().inTransaction(s -> {
            AwardTypeEntity t = CatalogueImpl.require(s, d.typeCode());
            if (t.active != 1) {
                throw new AwardsException("ERR_InactiveType", Bundle.ERR_InactiveType());
            }
            checkGap(s, t, d.recipientId(), d.asOf());
            long open = s.createSelectionQuery("select count(n) from AwardNominationEntity n where n.typeId = :t and n.recipientId = :r "
                    + "and n.state not in ('DITOLAK', 'DIANUGERAHKAN')", Long.class).setParameter("t", t.getId())
                    .setParameter("r", d.recipientId()).getSingleResult();
            if (open > 0) {
                throw new AwardsException("ERR_AlreadyNominated", Bundle.ERR_AlreadyNominated(t.name), t.name);
            }
            AwardNominationEntity n = new AwardNominationEntity();
            n.typeId = t.getId();
            n.recipientKind = j.kind().name();
            n.recipientId = j.recipientId();
            n.recipientNik = j.nik();
            n.recipientName = j.name();
            n.kecamatanKode = j.kecamatanKode();
            n.pillarType = j.pillarTypes().stream().sorted().map(Enum::name).findFirst().orElse(null);
            n.asOf = d.asOf();
            n.state = NominationState.DRAFT.name();
            n.routeLevel = 0;
            n.eligible = j.eligible() ? 1 : 0;
            n.eligibilityReason = j.reason();
            n.justification = justification;
            n.flagged = j.eligible() ? 0 : 1;
            n.tier = j.tier();
            n.stateSince = Instant.now();
            s.persist(n);
            log(s, n, null, justification);
            return Mapping.nomination(n, t);
        });
    }

    /** The same award within its minimum gap is refused (the gap counts in whole years, anniversary to anniversary). */
    private static void checkGap(Session s, AwardTypeEntity t, String recipientId, LocalDate on) {
        if (t.minGapYears <= 0) {
            return;
        }
        s.createSelectionQuery("select max(a.conferredOn) from AwardEntity a where a.typeId = :t and a.recipientId = :r", LocalDate.class)
                .setParameter("t", t.getId()).setParameter("r", recipientId).uniqueResultOptional().ifPresent(last -> {
                    LocalDate earliest = ServiceTime.anniversary(last, t.minGapYears);
                    if (on.isBefore(earliest)) {
                        throw new AwardsException("ERR_GapNotReached", Bundle.ERR_GapNotReached(t.name, DMY.format(last), t.minGapYears,
                                DMY.format(earliest)), t.name, last, t.minGapYears, earliest);
                    }
                });
    }

    @Override
    public Nomination submit(String id, int version, String note) {
        AccessControl.get().require(AwardsPermissions.NOMINATE);
        return step(id, version, EnumSet.of(NominationState.DRAFT), NominationState.DIUSULKAN, Bundle.ACT_submit(), note, (s, n, t) -> {
        });
    }

    @Override
    public Nomination verify(String id, int version, String note) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        return step(id, version, EnumSet.of(NominationState.DIUSULKAN), NominationState.DIVERIFIKASI, Bundle.ACT_verify(), note,
                (s, n, t) -> {
                });
    }

    @Override
    public Nomination forward(String id, int version, String note) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        return step(id, version, EnumSet.of(NominationState.DIVERIFIKASI, NominationState.DITERUSKAN), NominationState.DITERUSKAN,
                Bundle.ACT_forward(), note, (s, n, t) -> {
                    if (n.routeLevel >= Mapping.route(t.route).size() - 1) {
                        throw new AwardsException("ERR_LastLevel", Bundle.ERR_LastLevel());
                    }
                    n.routeLevel++;
                });
    }

    @Override
    public Nomination approve(String id, int version, String decisionNumber, LocalDate decidedOn, String note) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        if (decisionNumber == null || decisionNumber.isBlank()) {
            throw new AwardsException("ERR_DecisionNumber", Bundle.ERR_DecisionNumber());
        }
        if (decidedOn == null) {
            throw new AwardsException("ERR_DecidedOn", Bundle.ERR_DecidedOn());
        }
        return step(id, version, EnumSet.of(NominationState.DIVERIFIKASI, NominationState.DITERUSKAN), NominationState.DISETUJUI,
                Bundle.ACT_approve(), note, (s, n, t) -> {
                    List<String> route = Mapping.route(t.route);
                    if (n.routeLevel < route.size() - 1) {
                        throw new AwardsException("ERR_NotLastLevel", Bundle.ERR_NotLastLevel(route.get(route.size() - 1)), route.get(route.size() - 1));
                    }
                    n.decisionNumber = decisionNumber.strip();
                    n.decidedOn = decidedOn;
                });
    }

    @Override
    public Nomination reject(String id, int version, String reason) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        if (reason == null || reason.isBlank()) {
            throw new AwardsException("ERR_RejectReason", Bundle.ERR_RejectReason());
        }
        return step(id, version, EnumSet.of(NominationState.DIUSULKAN, NominationState.DIVERIFIKASI, NominationState.DITERUSKAN),
                NominationState.DITOLAK, Bundle.ACT_reject(), reason, (s, n, t) -> n.rejectionReason = reason.strip());
    }

    @Override
    public ConferredAward confer(String id, int version, String ceremonyId, String signatoryName, String signatoryTitle) {
        AccessControl.get().require(AwardsPermissions.DECIDE);
        if (signatoryName == null || signatoryName.isBlank() || signatoryTitle == null || signatoryTitle.isBlank()) {
            throw new AwardsException("ERR_Signatory", Bundle.ERR_Signatory());
        }
        String[] awardId = new String[1];
        step(id, version, EnumSet.of(NominationState.DISETUJUI), NominationState.DIANUGERAHKAN, Bundle.ACT_confer(), null, (s, n, t) -> {
            AwardCeremonyEntity c = ceremonyId == null ? null : s.find(AwardCeremonyEntity.class, ceremonyId);
            if (c == null) {
                throw new AwardsException("ERR_UnknownCeremony", Bundle.ERR_UnknownCeremony());
            }
            checkGap(s, t, n.recipientId, c.heldOn);
            AwardEntity a = new AwardEntity();
            a.nominationId = n.getId();
            a.typeId = t.getId();
            a.recipientKind = n.recipientKind;
            a.recipientId = n.recipientId;
            a.recipientNik = n.recipientNik;
            a.recipientName = n.recipientName;
            a.tier = n.tier;
            a.conferredOn = c.heldOn;
            a.ceremonyId = c.getId();
            a.decisionNumber = n.decisionNumber;
            a.serialNumber = Serials.next(s, t.code, c.heldOn.getYear());
            a.signatoryName = signatoryName.strip();
            a.signatoryTitle = signatoryTitle.strip();
            a.printCount = 0;
            a.kecamatanKode = n.kecamatanKode;
            a.pillarType = n.pillarType;
            s.persist(a);
            awardId[0] = a.getId();
        });
        return tx().read(s -> {
            AwardEntity a = s.find(AwardEntity.class, awardId[0]);
            return Mapping.award(a, s.find(AwardTypeEntity.class, a.typeId), s.find(AwardCeremonyEntity.class, a.ceremonyId));
        });
    }

    @FunctionalInterface
    private interface Change {
        void apply(Session s, AwardNominationEntity n, AwardTypeEntity t);
    }

    /** One step in one transaction: version, state and documents checked first, then the change and its log line. */
    private Nomination step(String id, int version, Set<NominationState> from, NominationState to, String action, String note, Change change) {
        return tx().inTransaction(s -> {
            AwardNominationEntity n = s.find(AwardNominationEntity.class, id);
            if (n == null) {
                throw new AwardsException("ERR_UnknownNomination", Bundle.ERR_UnknownNomination());
            }
            if (n.getVersion() != version) {
                throw new ConcurrentChangeException(null);
            }
            NominationState current = NominationState.valueOf(n.state);
            if (!from.contains(current)) {
                throw new AwardsException("ERR_WrongState", Bundle.ERR_WrongState(current.label(), action), current.label(), action);
            }
            AwardTypeEntity t = s.find(AwardTypeEntity.class, n.typeId);
            String fromState = n.state;
            // The step's own checks first (route level, decision): their refusal says more than a missing paper.
            // A refusal after this point still changes nothing: the transaction rolls back.
            change.apply(s, n, t);
            List<RequiredDocument> missing = missing(s, n, to);
            if (!missing.isEmpty()) {
                String names = missing.stream().map(RequiredDocument::name).collect(Collectors.joining(", "));
                throw new AwardsException("ERR_MissingDocuments", Bundle.ERR_MissingDocuments(names), names);
            }
            n.state = to.name();
            n.stateSince = Instant.now();
            log(s, n, fromState, note);
            s.flush();
            return Mapping.nomination(n, t);
        });
    }

    private static void log(Session s, AwardNominationEntity n, String fromState, String note) {
        ActingUser u = AccessControl.get().currentUser();
        AwardNominationStepEntity st = new AwardNominationStepEntity();
        st.nominationId = n.getId();
        st.fromState = fromState;
        st.toState = n.state;
        st.routeLevel = n.routeLevel;
        st.actor = u.username();
        st.actorName = u.displayName();
        st.at = n.stateSince;
        st.note = note == null || note.isBlank() ? null : note.strip();
        s.persist(st);
    }

    /** Checklist items needed up to {@code target} (a rejection needs none) without an attachment. */
    private static List<RequiredDocument> missing(Session s, AwardNominationEntity n, NominationState target) {
        if (target == NominationState.DITOLAK) {
            return List.of();
        }
        Set<String> attached = s.createSelectionQuery("select distinct a.documentCode from AwardAttachmentEntity a where a.nominationId = :n",
                String.class).setParameter("n", n.getId()).getResultList().stream().collect(Collectors.toSet());
        return Mapping.documents(s, n.typeId).stream()
                .filter(d -> NominationState.valueOf(d.requiredFrom).ordinal() <= target.ordinal() && !attached.contains(d.code))
                .map(d -> new RequiredDocument(d.code, d.name, DocumentMedia.valueOf(d.media), NominationState.valueOf(d.requiredFrom)))
                .toList();
    }

    @Override
    public List<RequiredDocument> missingFor(String id, NominationState target) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> {
            AwardNominationEntity n = s.find(AwardNominationEntity.class, id);
            return n == null ? List.<RequiredDocument>of() : missing(s, n, target);
        });
    }

    @Override
    public Attachment attach(String id, String documentCode, String fileName, byte[] content) {
        AccessControl.get().require(AwardsPermissions.NOMINATE);
        if (fileName == null || fileName.isBlank()) {
            throw new AwardsException("ERR_FileName", Bundle.ERR_FileName());
        }
        return tx().inTransaction(s -> {
            AwardNominationEntity n = s.find(AwardNominationEntity.class, id);
            if (n == null) {
                throw new AwardsException("ERR_UnknownNomination", Bundle.ERR_UnknownNomination());
            }
            NominationState state = NominationState.valueOf(n.state);
            if (state == NominationState.DITOLAK || state == NominationState.DIANUGERAHKAN) {
                throw new AwardsException("ERR_WrongState", Bundle.ERR_WrongState(state.label(), Bundle.ACT_attach()), state.label(),
                        Bundle.ACT_attach());
            }
            AwardTypeDocumentEntity doc = Mapping.documents(s, n.typeId).stream().filter(d -> d.code.equals(documentCode)).findFirst()
                    .orElseThrow(() -> new AwardsException("ERR_UnknownDocument", Bundle.ERR_UnknownDocument(documentCode), documentCode));
            String media = EvidenceCheck.mediaType(content, DocumentMedia.valueOf(doc.media));
            AwardAttachmentEntity a = new AwardAttachmentEntity();
            a.nominationId = id;
            a.documentCode = doc.code;
            a.fileName = java.nio.file.Path.of(fileName).getFileName().toString();
            a.mediaType = media;
            a.sizeBytes = content.length;
            a.sha256 = EvidenceCheck.sha256(content);
            s.persist(a);
            s.flush();
            s.doWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO awd_attachment_content (attachment_id, content) VALUES (?, ?)")) {
                    ps.setString(1, a.getId());
                    ps.setBytes(2, content);
                    ps.executeUpdate();
                }
            });
            return toRecord(a);
        });
    }

    private static Attachment toRecord(AwardAttachmentEntity a) {
        return new Attachment(a.getId(), a.documentCode, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.getCreatedBy(), a.getCreatedAt());
    }

    @Override
    public List<Attachment> attachments(String id) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().read(s -> s.createSelectionQuery("from AwardAttachmentEntity a where a.nominationId = :n order by a.createdAt",
                AwardAttachmentEntity.class).setParameter("n", id).getResultList().stream().map(NominationsImpl::toRecord).toList());
    }

    @Override
    public byte[] attachmentContent(String attachmentId) {
        AccessControl.get().require(AwardsPermissions.READ);
        return tx().query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM awd_attachment_content WHERE attachment_id = ?")) {
                ps.setString(1, attachmentId);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : new byte[0];
                }
            }
        });
    }
}
