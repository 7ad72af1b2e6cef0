package id.pilar.cases.impl.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.pilar.cases.api.AssessmentService;
import id.pilar.cases.api.CaseService;
import id.pilar.cases.api.CaseService.CaseDetail;
import id.pilar.cases.api.CaseSummaryExport;
import id.pilar.cases.api.CasesException;
import id.pilar.cases.api.CasesPermissions;
import id.pilar.cases.api.PlanService;
import id.pilar.cases.api.ReferralService;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.core.api.security.AccessControl;
import id.pilar.ui.api.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * The case summary through OpenPDF (as the rosters' reports): portrait A4, the case header, then
 * the parts chosen. Texts the user may not see (notes, health) are printed masked, as on screen.
 * The document is always Indonesian: it is handed to a supervisor or another agency.
 */
@ServiceProvider(service = CaseSummaryExport.class)
@Messages({
    "PDF_Title=RINGKASAN KASUS",
    "PDF_Office=Suku Dinas Sosial Kota Administrasi Jakarta Pusat",
    "PDF_Number=Nomor kasus", "PDF_OldNumber=Nomor lama", "PDF_Status=Status", "PDF_Opened=Tanggal buka", "PDF_Closed=Tanggal tutup",
    "PDF_ClosureReason=Alasan tutup", "PDF_Source=Sumber", "PDF_Category=Kategori PPKS", "PDF_Risk=Tingkat risiko",
    "PDF_Worker=Pekerja sosial", "PDF_Kelurahan=Kelurahan", "PDF_Clients=Klien", "PDF_Summary=Ringkasan",
    "PDF_History=Riwayat", "PDF_Assessment=Asesmen", "PDF_Plan=Rencana intervensi", "PDF_Services=Layanan",
    "PDF_Referrals=Rujukan", "PDF_Notes=Catatan kasus", "PDF_Nothing=Belum ada.",
    "PDF_When=Waktu", "PDF_What=Peristiwa", "PDF_Who=Oleh", "PDF_Date=Tanggal", "PDF_Kind=Jenis", "PDF_Provider=Penyedia", "PDF_Outcome=Hasil",
    "PDF_Institution=Lembaga", "PDF_Goal=Tujuan", "PDF_Action=Tindakan", "PDF_Responsible=Penanggung jawab", "PDF_Due=Tenggat",
    "# {0} - revision", "# {1} - status", "PDF_PlanRevision=Revisi {0} ({1})",
    "PDF_Bansos=Usulan bansos (menurut desil DTSEN)",
    "# {0} - decile", "# {1} - programmes", "PDF_BansosDecile=desil {0}, diusulkan {1}",
    "PDF_BansosNotInDtsen=belum terdaftar di DTSEN",
    "# {0} - when", "PDF_Printed=Pilar · dicetak {0} · halaman ",
    "ERR_PdfFailed=Ringkasan kasus tidak dapat dibuat (PDF)."
})
public final class CaseSummaryPdf implements CaseSummaryExport {

    private static final Font H1 = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    @Override
    public void write(String caseId, Set<Part> parts, Path file) throws IOException {
        AccessControl.get().require(CasesPermissions.EXPORT);
        CaseService cases = CaseService.get();
        CaseDetail d = cases.find(caseId).orElseThrow(() -> new CasesException("ERR_CaseNotFound", id.pilar.cases.impl.CaseTexts.caseNotFound()));
        CaseService.Activity activity = cases.activity(caseId);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "pilar", ".pdf.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
                PdfWriter.getInstance(doc, out);
                HeaderFooter footer = new HeaderFooter(new Phrase(Bundle.PDF_Printed(
                        DateTimeFormatter.ofPattern("dd/MM/uuuu HH.mm").format(LocalDateTime.now(Formats.JAKARTA))), new Font(Font.HELVETICA, 7)), true);
                footer.setBorder(0);
                doc.setFooter(footer);
                doc.open();
                doc.add(new Paragraph(Bundle.PDF_Office(), SMALL));
                doc.add(new Paragraph(Bundle.PDF_Title() + " " + d.nomor(), H1));
                header(doc, d);
                if (parts.contains(Part.RIWAYAT)) {
                    section(doc, Bundle.PDF_History());
                    table(doc, new float[] {2.2f, 6, 1.6f}, List.of(Bundle.PDF_When(), Bundle.PDF_What(), Bundle.PDF_Who()),
                            activity.timeline().stream().map(t -> List.of(Formats.dateTime(t.waktu()),
                                    t.judul() + (t.isi() == null ? "" : " — " + t.isi()), t.oleh())).toList());
                }
                if (parts.contains(Part.ASESMEN)) {
                    section(doc, Bundle.PDF_Assessment());
                    for (AssessmentService.Domain dom : AssessmentService.get().form(caseId)) {
                        List<String> filled = dom.fields().stream().filter(f -> f.nilai() != null).map(f -> f.label() + ": " + f.nilai()).toList();
                        if (!filled.isEmpty()) {
                            doc.add(new Paragraph(dom.nama() + " — " + String.join("; ", filled), BODY));
                        }
                    }
                    doc.add(new Paragraph(Bundle.PDF_Bansos(), HEAD));
                    for (var p : AssessmentService.get().bansos(caseId)) {
                        doc.add(new Paragraph(p.klien().nama() + ": " + (p.terdaftar() ? Bundle.PDF_BansosDecile(p.desil(),
                                p.diusulkan().isEmpty() ? "-" : String.join(", ", p.diusulkan().stream().map(x -> x.label()).toList()))
                                : Bundle.PDF_BansosNotInDtsen()), BODY));
                    }
                }
                if (parts.contains(Part.RENCANA)) {
                    section(doc, Bundle.PDF_Plan());
                    List<PlanService.Plan> plans = PlanService.get().revisions(caseId);
                    if (plans.isEmpty()) {
                        doc.add(new Paragraph(Bundle.PDF_Nothing(), BODY));
                    }
                    for (PlanService.Plan p : plans) {
                        doc.add(new Paragraph(Bundle.PDF_PlanRevision(p.revisi(), id.pilar.cases.impl.Plans.label(p.status().name())), HEAD));
                        table(doc, new float[] {3, 4, 2, 1.5f}, List.of(Bundle.PDF_Goal(), Bundle.PDF_Action(), Bundle.PDF_Responsible(), Bundle.PDF_Due()),
                                p.items().stream().map(i -> List.of(i.tujuan(), i.tindakan(), or(i.penanggungJawab()),
                                        i.tenggat() == null ? "-" : Formats.date(i.tenggat()))).toList());
                    }
                }
                if (parts.contains(Part.LAYANAN)) {
                    section(doc, Bundle.PDF_Services());
                    table(doc, new float[] {1.5f, 3, 3, 4}, List.of(Bundle.PDF_Date(), Bundle.PDF_Kind(), Bundle.PDF_Provider(), Bundle.PDF_Outcome()),
                            activity.services().stream().map(s -> List.of(Formats.date(s.tanggal()), s.jenis().label(), or(s.penyedia()), or(s.hasil()))).toList());
                }
                if (parts.contains(Part.RUJUKAN)) {
                    section(doc, Bundle.PDF_Referrals());
                    table(doc, new float[] {1.5f, 4, 2, 4}, List.of(Bundle.PDF_Date(), Bundle.PDF_Institution(), Bundle.PDF_Status(), Bundle.PDF_Outcome()),
                            ReferralService.get().forCase(caseId).stream().map(r -> List.of(Formats.date(r.tanggal()), r.lembaga(), r.keadaan(),
                                    or(r.alasan()))).toList());
                }
                if (parts.contains(Part.CATATAN)) {
                    section(doc, Bundle.PDF_Notes());
                    table(doc, new float[] {2.2f, 1.6f, 7}, List.of(Bundle.PDF_When(), Bundle.PDF_Who(), Bundle.PDF_Notes()),
                            activity.notes().stream().filter(n -> !n.dikoreksi()).map(n -> List.of(Formats.dateTime(n.waktu()), n.oleh(), n.teks())).toList());
                }
                doc.close();
            } catch (DocumentException e) {
                throw new IOException(Bundle.ERR_PdfFailed(), e);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void header(Document doc, CaseDetail d) throws DocumentException {
        var s = d.summary();
        PdfPTable t = new PdfPTable(new float[] {1.4f, 3});
        t.setWidthPercentage(100);
        t.setSpacingBefore(8);
        row(t, Bundle.PDF_Number(), d.nomor());
        if (s.nomorLama() != null) {
            row(t, Bundle.PDF_OldNumber(), s.nomorLama());
        }
        row(t, Bundle.PDF_Clients(), String.join(", ", d.klien().stream().map(k -> k.nama()).toList()));
        row(t, Bundle.PDF_Status(), s.status().label());
        row(t, Bundle.PDF_Opened(), Formats.date(s.tanggalBuka()));
        if (d.tanggalTutup() != null) {
            row(t, Bundle.PDF_Closed(), Formats.date(d.tanggalTutup()));
            row(t, Bundle.PDF_ClosureReason(), d.alasanTutup().label() + (d.keteranganTutup() == null ? "" : " — " + d.keteranganTutup()));
        }
        row(t, Bundle.PDF_Source(), s.sumber().label());
        row(t, Bundle.PDF_Category(), s.kategoriKode() == null ? "-"
                : ReferenceData.get().kategori(s.kategoriKode()).map(k -> k.kode() + " " + k.label()).orElse(s.kategoriKode()));
        row(t, Bundle.PDF_Risk(), s.risiko().label());
        row(t, Bundle.PDF_Worker(), or(s.pekerja()));
        row(t, Bundle.PDF_Kelurahan(), s.kodeKelurahan() == null ? "-"
                : ReferenceData.get().kelurahan(s.kodeKelurahan()).map(k -> k.nama() + ", " + k.namaKecamatan()).orElse(s.kodeKelurahan()));
        if (d.ringkasan() != null) {
            row(t, Bundle.PDF_Summary(), d.ringkasan());
        }
        doc.add(t);
    }

    private static void row(PdfPTable t, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, HEAD));
        l.setGrayFill(0.92f);
        t.addCell(l);
        t.addCell(new PdfPCell(new Phrase(value == null ? "-" : value, BODY)));
    }

    private static void section(Document doc, String title) throws DocumentException {
        Paragraph p = new Paragraph(title, H2);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static void table(Document doc, float[] widths, List<String> headers, List<List<String>> rows) throws DocumentException {
        if (rows.isEmpty()) {
            doc.add(new Paragraph(Bundle.PDF_Nothing(), BODY));
            return;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell c = new PdfPCell(new Phrase(h, HEAD));
            c.setGrayFill(0.88f);
            t.addCell(c);
        }
        for (List<String> r : rows) {
            for (String v : r) {
                t.addCell(new PdfPCell(new Phrase(v == null ? "" : v, SMALL)));
            }
        }
        doc.add(t);
    }

    private static String or(String v) {
        return v == null || v.isBlank() ? "-" : v;
    }
}
