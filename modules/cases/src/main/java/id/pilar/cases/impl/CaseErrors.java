package id.pilar.cases.impl;

import id.pilar.cases.api.CasesException;
import org.openide.util.NbBundle.Messages;

/** The refusals of the case services, each a whole Indonesian sentence (code = bundle key). */
@Messages({
    "ERR_CaseNotFound=Kasus tidak ditemukan.",
    "ERR_NoClient=Pilih sedikitnya satu klien dari registri.",
    "# {0} - person id", "ERR_PersonNotFound=Orang dengan id {0} tidak ada di registri.",
    "ERR_NoSource=Pilih sumber kasus.",
    "ERR_NoOpeningDate=Isi tanggal buka kasus.",
    "ERR_FutureOpening=Tanggal buka kasus tidak boleh setelah hari ini.",
    "# {0} - code", "ERR_UnknownCategory=Kategori PPKS {0} tidak dikenal.",
    "# {0} - code", "ERR_UnknownKelurahan=Kelurahan {0} tidak dikenal.",
    "# {0} - from", "# {1} - to", "ERR_IllegalTransition=Langkah dari {0} ke {1} tidak diizinkan.",
    "ERR_CloseThroughApproval=Kasus ditutup melalui permintaan penutupan yang disetujui supervisor.",
    "ERR_PlanNotApproved=Rencana intervensi belum disetujui supervisor; layanan dimulai setelah rencana disetujui.",
    "ERR_NoClosureReason=Pilih alasan penutupan.",
    "ERR_OtherNeedsText=Alasan \"lainnya\" perlu keterangan.",
    "ERR_NoClosingDate=Isi tanggal tutup.",
    "ERR_ClosingBeforeOpening=Tanggal tutup tidak boleh sebelum tanggal buka.",
    "ERR_FutureClosing=Tanggal tutup tidak boleh setelah hari ini.",
    "ERR_AlreadyClosed=Kasus ini sudah ditutup.",
    "ERR_NotClosed=Hanya kasus yang ditutup yang dapat dibuka kembali.",
    "ERR_ReasonRequired=Tuliskan alasannya.",
    "# {0} - kind", "ERR_AlreadyWaiting=Kasus ini masih menunggu persetujuan: {0}.",
    "ERR_DueBeforeOpening=Tenggat tidak boleh sebelum tanggal buka kasus.",
    "ERR_NoDueDate=Isi tenggat.",
    "ERR_TitleRequired=Isi judul tugas.",
    "ERR_TaskNotFound=Tugas tidak ditemukan.",
    "ERR_NoteRequired=Catatan tidak boleh kosong.",
    "ERR_NoteNotFound=Catatan tidak ditemukan.",
    "ERR_NoteAlreadyCorrected=Catatan ini sudah dikoreksi; koreksi catatan yang terbaru.",
    "ERR_NoteMasked=Anda tidak berhak melihat catatan ini, jadi tidak dapat mengoreksinya.",
    "ERR_ServiceDate=Isi tanggal layanan; tidak boleh sebelum tanggal buka atau setelah hari ini.",
    "ERR_NoServiceKind=Pilih jenis layanan.",
    "ERR_CaseClosedNoChange=Kasus sudah ditutup; buka kembali dulu untuk menambah data.",
    "ERR_Prefix=Awalan nomor kantor: 2–6 huruf besar atau angka (mis. JP).",
    "ERR_PlanEmpty=Rencana intervensi perlu sedikitnya satu tujuan dengan tindakannya.",
    "ERR_PlanNotFound=Rencana intervensi tidak ditemukan.",
    "ERR_PlanNotDraft=Hanya rencana berstatus draf yang dapat diajukan.",
    "ERR_ApprovalNotFound=Permintaan persetujuan tidak ditemukan.",
    "ERR_ApprovalDecided=Permintaan ini sudah diputuskan.",
    "ERR_RejectNeedsReason=Penolakan perlu alasan.",
    "# {0} - value", "# {1} - field", "ERR_BadScale=Nilai {0} untuk {1} harus 1 sampai 5.",
    "# {0} - value", "# {1} - field", "ERR_BadYesNo=Nilai {0} untuk {1} harus ya atau tidak.",
    "ERR_FieldNotFound=Isian asesmen tidak ditemukan.",
    "ERR_HealthMasked=Anda tidak berhak mengubah data kesehatan.",
    "ERR_CodeRequired=Kode dan nama wajib diisi (kode: huruf besar, angka, garis bawah).",
    "# {0} - code", "ERR_CodeTaken=Kode {0} sudah dipakai.",
    "ERR_DomainNotFound=Ranah asesmen tidak ditemukan."
})
final class CaseErrors {

    private CaseErrors() {
    }

    static CasesException caseNotFound() {
        return new CasesException("ERR_CaseNotFound", Bundle.ERR_CaseNotFound());
    }

    static CasesException of(String code, String message, Object... args) {
        return new CasesException(code, message, args);
    }
}
