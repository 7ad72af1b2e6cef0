package id.pilar.intake.impl;

import id.pilar.intake.api.IntakeException;
import org.openide.util.NbBundle.Messages;

/** The refusals of the intake services, each a whole Indonesian sentence (code = bundle key). */
@Messages({
    "ERR_ReportNotFound=Laporan tidak ditemukan.",
    "ERR_NoReceived=Isi waktu laporan diterima.",
    "ERR_FutureReport=Waktu diterima tidak boleh setelah sekarang.",
    "ERR_NoChannel=Pilih kanal laporan.",
    "ERR_NoPlace=Isi tempat: titik rawan, atau kelurahan (dengan alamat atau koordinat).",
    "ERR_HotspotNotFound=Titik rawan tidak ditemukan.",
    "# {0} - code", "ERR_UnknownKelurahan=Kelurahan {0} tidak dikenal di Jakarta Pusat.",
    "ERR_NoCategory=Pilih kategori PPKS.",
    "# {0} - code", "ERR_UnknownCategory=Kategori PPKS {0} tidak dikenal.",
    "ERR_People=Jumlah orang paling sedikit 1.",
    "ERR_Coordinates=Koordinat harus di sekitar Jakarta (lintang -6,4 s.d. -6,0; bujur 106,6 s.d. 107,0).",
    "ERR_ReporterOrAnonymous=Isi nama pelapor, atau tandai laporan sebagai anonim.",
    "ERR_HotspotName=Isi nama titik rawan.",
    "# {0} - name", "ERR_HotspotTaken=Titik rawan \"{0}\" sudah ada.",
    "# {0} - status", "ERR_AlreadyTriaged=Laporan ini sudah ditriase ({0}).",
    "ERR_LinkNeedsTarget=Pilih orang dari registri atau kasus yang sudah ada.",
    "ERR_PersonNotFound=Orang tidak ditemukan di registri.",
    "ERR_CaseNotFound=Kasus tidak ditemukan.",
    "ERR_DuplicateOfItself=Laporan tidak dapat menjadi duplikat dirinya sendiri.",
    "ERR_DuplicateOfDuplicate=Laporan asal itu sendiri duplikat; pilih laporan aslinya.",
    "ERR_ReasonRequired=Tuliskan alasan penutupan tanpa tindakan.",
    "ERR_ResponseBeforeReceipt=Waktu respons tidak boleh sebelum laporan diterima atau setelah sekarang.",
    "ERR_Targets=Target waktu: 1 sampai 720 jam; target respons tidak kurang dari target triase.",
    "ERR_Thresholds=Ambang peringatan: jumlah minimum 1–1000, peluang 0,00001–0,1, minggu dasar 8–12.",
    "ERR_AlertNotFound=Peringatan tidak ditemukan.",
    "ERR_AckNote=Tuliskan catatan tindak lanjut saat mengakui peringatan.",
    "ERR_OperationTwice=Operasi penjangkauan pada tanggal, jam mulai dan titik yang sama sudah dicatat.",
    "ERR_OperationTime=Isi tanggal (tidak setelah hari ini) dan jam mulai sebelum jam selesai (HH:mm).",
    "ERR_OperationNoHotspot=Pilih sedikitnya satu titik rawan.",
    "ERR_OperationNotFound=Operasi penjangkauan tidak ditemukan.",
    "ERR_FoundName=Isi nama atau nama panggilan orang yang ditemukan.",
    "ERR_FoundAge=Perkiraan usia 0 sampai 120 tahun.",
    "ERR_InstitutionNotFound=Lembaga tidak ditemukan di direktori.",
    "# {0} - name", "ERR_InstitutionFull={0} tidak punya kapasitas kosong."
})
public final class IntakeErrors {

    private IntakeErrors() {
    }

    public static IntakeException of(String code, String message, Object... args) {
        return new IntakeException(code, message, args);
    }
}
