package id.pilar.awards.impl.doc;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfWriter;
import id.pilar.awards.api.ConferredAward;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openide.util.NbBundle.Messages;

/**
 * The certificate (piagam) of a conferred award: A4 landscape, a double border, recipient, award
 * and tier, the ceremony, the decision it rests on, the signatory and the serial number. A copy
 * carries the same number, a "SALINAN" mark across the page and the date it was printed.
 */
@Messages({
    "CERT_Title=PIAGAM PENGHARGAAN",
    "# {0} - serial", "CERT_Number=Nomor: {0}",
    "CERT_GivenTo=diberikan kepada",
    "CERT_For=atas pengabdian dan jasanya di bidang kesejahteraan sosial sebagai penerima",
    "# {0} - tier", "CERT_Tier=Tingkat {0}",
    "# {0} - ceremony", "# {1} - place", "# {2} - presenter", "CERT_Ceremony=Dianugerahkan pada {0} di {1} oleh {2}",
    "# {0} - decision", "CERT_Decision=Berdasarkan keputusan nomor {0}",
    "# {0} - date", "CERT_PlaceDate=Jakarta, {0}",
    "CERT_Copy=SALINAN",
    "# {0} - printed on", "# {1} - copy number", "CERT_CopyLine=Salinan ke-{1} dari piagam asli, dicetak {0}. Nomor piagam tidak berubah."
})
public final class CertificatePdf {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificatePdf() {
    }

    /** Writes the certificate; {@code copyNumber} 0 for the original. Written to a temporary file first, so a failure leaves no half file. */
    public static void write(ConferredAward a, int copyNumber, LocalDate printedOn, Path target) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "piagam", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Document doc = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(Bundle.CERT_Title() + " " + a.serialNumber());
            doc.open();
            border(writer.getDirectContentUnder(), doc.getPageSize());
            Font title = new Font(Font.TIMES_ROMAN, 30, Font.BOLD);
            Font big = new Font(Font.TIMES_ROMAN, 24, Font.BOLD);
            Font normal = new Font(Font.TIMES_ROMAN, 13);
            Font small = new Font(Font.HELVETICA, 9, Font.ITALIC);
            center(doc, Bundle.CERT_Title(), title, 18);
            center(doc, Bundle.CERT_Number(a.serialNumber()), normal, 22);
            center(doc, Bundle.CERT_GivenTo(), normal, 6);
            center(doc, a.name(), big, 14);
            center(doc, Bundle.CERT_For(), normal, 6);
            center(doc, a.typeName(), new Font(Font.TIMES_ROMAN, 20, Font.BOLD), 4);
            if (a.tier() != null) {
                center(doc, Bundle.CERT_Tier(a.tier()), new Font(Font.TIMES_ROMAN, 15, Font.BOLDITALIC), 4);
            }
            center(doc, Bundle.CERT_Ceremony(a.ceremonyName(), a.ceremonyPlace(), a.presenter()), normal, 2);
            center(doc, Bundle.CERT_Decision(a.decisionNumber()), normal, 26);
            Paragraph sign = new Paragraph();
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setIndentationRight(40);
            sign.add(new Chunk(Bundle.CERT_PlaceDate(LONG.format(a.conferredOn())) + "\n", normal));
            sign.add(new Chunk(a.signatoryTitle() + "\n\n\n\n", normal));
            sign.add(new Chunk(a.signatoryName(), new Font(Font.TIMES_ROMAN, 13, Font.BOLD | Font.UNDERLINE)));
            doc.add(sign);
            if (copyNumber > 0) {
                Paragraph line = new Paragraph(Bundle.CERT_CopyLine(DMY.format(printedOn), copyNumber), small);
                line.setSpacingBefore(14);
                doc.add(line);
                copyMark(writer.getDirectContent(), doc.getPageSize());
            }
            doc.close();
        } catch (DocumentException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void center(Document doc, String text, Font font, float after) throws DocumentException {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        doc.add(p);
    }

    private static void border(PdfContentByte cb, Rectangle page) {
        cb.setRGBColorStroke(0xB8, 0x86, 0x0B); // colours as RGB numbers: no java.awt outside ui
        cb.setLineWidth(4f);
        cb.rectangle(20, 20, page.getWidth() - 40, page.getHeight() - 40);
        cb.stroke();
        cb.setLineWidth(1.2f);
        cb.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        cb.stroke();
    }

    private static void copyMark(PdfContentByte cb, Rectangle page) throws IOException {
        try {
            BaseFont bf = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.18f);
            cb.saveState();
            cb.setGState(faint);
            cb.beginText();
            cb.setFontAndSize(bf, 120);
            cb.setRGBColorFill(0xC0, 0, 0);
            cb.showTextAligned(Element.ALIGN_CENTER, Bundle.CERT_Copy(), page.getWidth() / 2, page.getHeight() / 2 - 40, 25);
            cb.endText();
            cb.restoreState();
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }
}
