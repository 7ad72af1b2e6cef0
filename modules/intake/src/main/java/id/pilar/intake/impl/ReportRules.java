package id.pilar.intake.impl;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.intake.api.ReportDraft;
import id.pilar.intake.api.ReportStatus;
import id.pilar.intake.impl.model.IntakeHotspotEntity;
import id.pilar.intake.impl.model.ReportSocialEntity;
import java.time.Instant;
import org.hibernate.Session;

/** Checks a report draft and turns it into a new entity (number not yet given). */
final class ReportRules {

    /** A minute of clock skew between PCs is tolerated; more is a report "from the future". */
    static final long FUTURE_TOLERANCE_SECONDS = 60;

    private ReportRules() {
    }

    static ReportSocialEntity validated(Session s, ReportDraft d, Instant now) {
        return validated(s, d, now, true);
    }

    /** @param placeDetail a kelurahan alone is not enough (the form); imported lists may name only the kelurahan */
    static ReportSocialEntity validated(Session s, ReportDraft d, Instant now, boolean placeDetail) {
        if (d.diterima() == null) {
            throw IntakeErrors.of("ERR_NoReceived", Bundle.ERR_NoReceived());
        }
        if (d.diterima().isAfter(now.plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            throw IntakeErrors.of("ERR_FutureReport", Bundle.ERR_FutureReport());
        }
        if (d.kanal() == null) {
            throw IntakeErrors.of("ERR_NoChannel", Bundle.ERR_NoChannel());
        }
        String kategori = ReportServiceImpl.blankToNull(d.kategoriKode());
        if (kategori == null) {
            throw IntakeErrors.of("ERR_NoCategory", Bundle.ERR_NoCategory());
        }
        KategoriKesos k = ReferenceData.get().kategori(kategori)
                .filter(c -> KategoriKesos.PPKS.equals(c.jenis()) || KategoriKesos.JALANAN.equals(c.jenis()))
                .orElseThrow(() -> IntakeErrors.of("ERR_UnknownCategory", Bundle.ERR_UnknownCategory(kategori), kategori));
        if (d.jumlahOrang() < 1) {
            throw IntakeErrors.of("ERR_People", Bundle.ERR_People());
        }
        if (!d.anonim() && ReportServiceImpl.blankToNull(d.pelaporNama()) == null) {
            throw IntakeErrors.of("ERR_ReporterOrAnonymous", Bundle.ERR_ReporterOrAnonymous());
        }
        checkCoordinates(d.lintang(), d.bujur());
        ReportSocialEntity r = new ReportSocialEntity();
        String hotspotId = ReportServiceImpl.blankToNull(d.hotspotId());
        if (hotspotId != null) {
            IntakeHotspotEntity h = s.find(IntakeHotspotEntity.class, hotspotId);
            if (h == null) {
                throw IntakeErrors.of("ERR_HotspotNotFound", Bundle.ERR_HotspotNotFound());
            }
            r.hotspotId = h.getId();
            r.kodeKelurahan = h.kodeKelurahan;
        } else {
            String kel = ReportServiceImpl.blankToNull(d.kodeKelurahan());
            if (kel == null) {
                throw IntakeErrors.of("ERR_NoPlace", Bundle.ERR_NoPlace());
            }
            Kelurahan found = ReferenceData.get().kelurahan(kel).or(() -> ReferenceData.get().findKelurahan(kel))
                    .orElseThrow(() -> IntakeErrors.of("ERR_UnknownKelurahan", Bundle.ERR_UnknownKelurahan(kel), kel));
            if (placeDetail && ReportServiceImpl.blankToNull(d.alamat()) == null && d.lintang() == null) {
                throw IntakeErrors.of("ERR_NoPlace", Bundle.ERR_NoPlace());
            }
            r.kodeKelurahan = found.kode();
        }
        r.diterimaAt = d.diterima();
        r.tanggal = Jakarta.date(d.diterima());
        r.minggu = Jakarta.monday(r.tanggal);
        r.kanal = d.kanal().name();
        r.anonim = d.anonim() ? 1 : 0;
        r.pelaporNama = d.anonim() ? null : ReportServiceImpl.blankToNull(d.pelaporNama());
        r.pelaporTelepon = d.anonim() ? null : ReportServiceImpl.blankToNull(d.pelaporTelepon());
        r.alamat = ReportServiceImpl.blankToNull(d.alamat());
        r.lintangE6 = d.lintang() == null ? null : (int) Math.round(d.lintang() * 1e6);
        r.bujurE6 = d.bujur() == null ? null : (int) Math.round(d.bujur() * 1e6);
        r.kategoriKode = k.kode();
        r.jumlahOrang = d.jumlahOrang();
        r.uraian = ReportServiceImpl.blankToNull(d.uraian());
        r.status = ReportStatus.BARU.name();
        return r;
    }

    static void checkCoordinates(Double lintang, Double bujur) {
        if ((lintang == null) != (bujur == null)) {
            throw IntakeErrors.of("ERR_Coordinates", Bundle.ERR_Coordinates());
        }
        if (lintang != null && !JakartaBounds.contains(lintang, bujur)) {
            throw IntakeErrors.of("ERR_Coordinates", Bundle.ERR_Coordinates());
        }
    }
}
