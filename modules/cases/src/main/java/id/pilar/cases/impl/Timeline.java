package id.pilar.cases.impl;

import id.pilar.cases.api.ApprovalKind;
import id.pilar.cases.api.CaseService.TimelineEntry;
import id.pilar.cases.api.CaseStatus;
import id.pilar.cases.api.ClosureReason;
import id.pilar.cases.api.ServiceKind;
import id.pilar.cases.impl.model.CaseApprovalEntity;
import id.pilar.cases.impl.model.CaseFileEntity;
import id.pilar.cases.impl.model.CaseNoteEntity;
import id.pilar.cases.impl.model.CasePlanEntity;
import id.pilar.cases.impl.model.CaseReferralEntity;
import id.pilar.cases.impl.model.CaseServiceEntity;
import id.pilar.cases.impl.model.CaseTaskEntity;
import id.pilar.cases.impl.model.CaseTransitionEntity;
import id.pilar.ui.api.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.openide.util.NbBundle.Messages;

/** Everything that happened to a case, from every table, in time order. */
@Messages({
    "# {0} - status", "TL_Opened=Kasus dibuka ({0})",
    "# {0} - from", "# {1} - to", "TL_Transition={0} → {1}",
    "# {0} - kind", "TL_Service=Layanan: {0}",
    "TL_Note=Catatan",
    "TL_NoteCorrection=Koreksi catatan (catatan asli tetap tersimpan)",
    "# {0} - title", "TL_TaskAdded=Tugas: {0}",
    "# {0} - title", "TL_TaskDone=Tugas selesai: {0}",
    "# {0} - revision", "# {1} - status", "TL_Plan=Rencana intervensi revisi {0} ({1})",
    "# {0} - kind", "TL_ApprovalRequested=Meminta persetujuan: {0}",
    "# {0} - kind", "# {1} - decision", "TL_ApprovalDecided=Persetujuan {0}: {1}",
    "# {0} - institution", "# {1} - status", "TL_Referral=Rujukan ke {0} ({1})",
    "# {0} - date", "TL_Due=tenggat {0}",
    "# {0} - reason", "TL_ClosureReason=alasan: {0}",
    "# {0} - file", "TL_Attachment=Lampiran: {0}"
})
final class Timeline {

    private Timeline() {
    }

    static List<TimelineEntry> of(Session s, CaseFileEntity c) {
        String id = c.getId();
        return of(s, c, list(s, "from CaseServiceEntity where caseId = :c", CaseServiceEntity.class, id),
                list(s, "from CaseNoteEntity where caseId = :c", CaseNoteEntity.class, id),
                list(s, "from CaseTaskEntity where caseId = :c", CaseTaskEntity.class, id));
    }

    /** The timeline from services, notes and tasks the caller has read already (they are shown beside it). */
    static List<TimelineEntry> of(Session s, CaseFileEntity c, List<CaseServiceEntity> services, List<CaseNoteEntity> notes,
            List<CaseTaskEntity> tasks) {
        String id = c.getId();
        List<TimelineEntry> out = new ArrayList<>();
        for (CaseTransitionEntity t : list(s, "from CaseTransitionEntity where caseId = :c", CaseTransitionEntity.class, id)) {
            String title = t.dari == null ? Bundle.TL_Opened(CaseStatus.valueOf(t.ke).label())
                    : Bundle.TL_Transition(CaseStatus.valueOf(t.dari).label(), CaseStatus.valueOf(t.ke).label());
            out.add(new TimelineEntry(t.getCreatedAt(), "STATUS", title, t.alasan, t.getCreatedBy()));
        }
        for (CaseServiceEntity e : services) {
            out.add(new TimelineEntry(e.getCreatedAt(), "LAYANAN", Bundle.TL_Service(ServiceKind.valueOf(e.jenis).label()),
                    join(Formats.date(e.tanggal), e.penyedia, e.hasil), e.getCreatedBy()));
        }
        for (CaseNoteEntity n : notes) {
            var note = Notes.toRecord(n);
            out.add(new TimelineEntry(n.getCreatedAt(), "CATATAN", n.koreksiDari == null ? Bundle.TL_Note() : Bundle.TL_NoteCorrection(),
                    note.teks(), n.getCreatedBy()));
        }
        for (CaseTaskEntity t : tasks) {
            out.add(new TimelineEntry(t.getCreatedAt(), "TUGAS", Bundle.TL_TaskAdded(t.judul), Bundle.TL_Due(Formats.date(t.tenggat)), t.getCreatedBy()));
            if (t.selesaiAt != null) {
                out.add(new TimelineEntry(t.selesaiAt, "TUGAS", Bundle.TL_TaskDone(t.judul), null, t.getUpdatedBy()));
            }
        }
        for (CasePlanEntity p : list(s, "from CasePlanEntity where caseId = :c", CasePlanEntity.class, id)) {
            out.add(new TimelineEntry(p.getCreatedAt(), "RENCANA", Bundle.TL_Plan(p.revisi, Plans.label(p.status)), p.catatan, p.getCreatedBy()));
        }
        for (CaseApprovalEntity a : list(s, "from CaseApprovalEntity where caseId = :c", CaseApprovalEntity.class, id)) {
            ApprovalKind k = ApprovalKind.valueOf(a.jenis);
            String detail = a.alasan == null ? a.keterangan : join(Bundle.TL_ClosureReason(ClosureReason.valueOf(a.alasan).label()), a.keterangan);
            out.add(new TimelineEntry(a.getCreatedAt(), "PERSETUJUAN", Bundle.TL_ApprovalRequested(k.label()), detail, a.getCreatedBy()));
            if (a.diputusAt != null) {
                out.add(new TimelineEntry(a.diputusAt, "PERSETUJUAN", Bundle.TL_ApprovalDecided(k.label(), Plans.decision(a.status)),
                        a.catatanPutusan, a.diputusOleh));
            }
        }
        for (CaseReferralEntity r : list(s, "from CaseReferralEntity where caseId = :c", CaseReferralEntity.class, id)) {
            out.add(new TimelineEntry(r.getCreatedAt(), "RUJUKAN", Bundle.TL_Referral(Referrals.institutionName(s, r.institutionId),
                    Referrals.label(r.status)), r.alasan, r.getCreatedBy()));
        }
        for (Object[] a : s.createNativeQuery("SELECT nama_file, mime, ukuran, created_at, created_by FROM case_attachment WHERE case_id = :c",
                Object[].class).setParameter("c", id).getResultList()) {
            out.add(new TimelineEntry(java.time.Instant.parse((String) a[3]), "LAMPIRAN", Bundle.TL_Attachment(a[0]),
                    a[1] + ", " + Formats.number(((Number) a[2]).longValue()) + " B", (String) a[4]));
        }
        out.sort(Comparator.comparing(TimelineEntry::waktu));
        return out;
    }

    private static <T> List<T> list(Session s, String hql, Class<T> type, String caseId) {
        return s.createSelectionQuery(hql, type).setParameter("c", caseId).getResultList();
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(" · ");
                }
                b.append(p);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
