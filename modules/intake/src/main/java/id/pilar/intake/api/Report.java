package id.pilar.intake.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as the inbox and the triage panel show it. The reporter is masked ({@code tersamar})
 * for users without {@code AccessControl.Sensitive.REPORTER}.
 *
 * @param tempat         the hotspot's name, or the address, or the kelurahan's name
 * @param terlambat      not triaged (or not responded) within the supervisor's targets
 * @param menitTriase    minutes from receipt to triage, or null while new
 */
public record Report(String id, int version, String nomor, Instant diterima, LocalDate tanggal, Channel kanal,
        String pelapor, String pelaporTelepon, boolean anonim, boolean tersamar, String hotspotId, String tempat,
        String kodeKelurahan, String alamat, Double lintang, Double bujur, String kategoriKode, int jumlahOrang,
        String uraian, ReportStatus status, Instant triase, String triaseOleh, Instant respons, String personId,
        String caseId, String duplikatDari, String alasanTutup, boolean terlambat, Long menitTriase) {
}
