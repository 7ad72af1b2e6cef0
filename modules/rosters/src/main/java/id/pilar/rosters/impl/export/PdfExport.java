package id.pilar.rosters.impl.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.pilar.rosters.api.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openide.util.NbBundle.Messages;

/**
 * A report as a printable PDF (OpenPDF): landscape A4, title, period, a table whose header row
 * repeats on every page, page numbers. Written to a temporary file and moved into place, so a
 * failure never leaves half a PDF under the chosen name.
 */
@Messages({
    "LBL_NoRows=Tidak ada data pada periode ini.",
    "ERR_Pdf=PDF tidak dapat dibuat."
})
public final class PdfExport {

    private PdfExport() {
    }

    public static void write(ReportTable t, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "pilar", ".pdf.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
                PdfWriter.getInstance(doc, out);
                HeaderFooter footer = new HeaderFooter(new Phrase("Pilar — Suku Dinas Sosial Jakarta Pusat · dicetak "
                        + DateTimeFormatter.ofPattern("dd/MM/uuuu HH.mm").format(LocalDateTime.now(ZoneId.of("Asia/Jakarta")))
                        + " · halaman ", new Font(Font.HELVETICA, 7)), true);
                footer.setBorder(0);
                doc.setFooter(footer);
                doc.open();
                doc.add(new Paragraph(t.title(), new Font(Font.HELVETICA, 14, Font.BOLD)));
                doc.add(new Paragraph(t.subtitle(), new Font(Font.HELVETICA, 9)));
                doc.add(new Paragraph(" "));
                PdfPTable table = new PdfPTable(t.columns().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
                Font body = new Font(Font.HELVETICA, 8);
                for (ReportTable.Column c : t.columns()) {
                    PdfPCell cell = new PdfPCell(new Phrase(c.header(), head));
                    cell.setGrayFill(0.88f);
                    table.addCell(cell);
                }
                for (var row : t.rows()) {
                    for (int i = 0; i < row.size(); i++) {
                        PdfPCell cell = new PdfPCell(new Phrase(ReportTable.display(row.get(i)), body));
                        if (t.columns().get(i).type() != ReportTable.Type.TEXT) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(cell);
                    }
                }
                if (t.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase(Bundle.LBL_NoRows(), body));
                    none.setColspan(t.columns().size());
                    table.addCell(none);
                }
                doc.add(table);
                doc.close();
            } catch (DocumentException e) {
                throw new IOException(Bundle.ERR_Pdf(), e);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
