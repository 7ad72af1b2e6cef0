package id.pilar.security.impl;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.pilar.core.spi.PersonalDataSection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openide.util.NbBundle.Messages;

/** The subject-access export as a PDF the office hands to the person (OpenPDF). */
@Messages({
    "PDF_Title=Data Pribadi yang Disimpan Suku Dinas Sosial Jakarta Pusat",
    "# {0} - person id",
    "PDF_Person=Identitas subjek data (ID Pilar): {0}",
    "# {0} - time", "# {1} - user",
    "PDF_Made=Dibuat {0} oleh {1}, sesuai UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi (hak akses subjek data).",
    "PDF_None=Tidak ada data."
})
final class SubjectPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH.mm", Locale.forLanguageTag("id-ID"))
            .withZone(ZoneId.of("Asia/Jakarta"));

    private SubjectPdf() {
    }

    static void write(Path file, String personId, Instant at, String by, List<PersonalDataSection> sections) throws IOException {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
            doc.add(new Paragraph(Bundle.PDF_Title(), title));
            doc.add(new Paragraph(Bundle.PDF_Person(personId), body));
            doc.add(new Paragraph(Bundle.PDF_Made(WHEN.format(at), by), body));
            for (PersonalDataSection s : sections) {
                Paragraph h = new Paragraph(s.title(), head);
                h.setSpacingBefore(12);
                h.setSpacingAfter(4);
                doc.add(h);
                if (s.records().isEmpty()) {
                    doc.add(new Paragraph(Bundle.PDF_None(), body));
                    continue;
                }
                List<String> columns = List.copyOf(s.records().get(0).keySet());
                PdfPTable table = new PdfPTable(columns.size());
                table.setWidthPercentage(100);
                table.setHorizontalAlignment(Element.ALIGN_LEFT);
                columns.forEach(c -> table.addCell(new com.lowagie.text.Phrase(c, head)));
                table.setHeaderRows(1);
                for (Map<String, String> row : s.records()) {
                    for (String c : columns) {
                        table.addCell(new com.lowagie.text.Phrase(row.getOrDefault(c, ""), body));
                    }
                }
                doc.add(table);
            }
            doc.close(); // writes the PDF trailer while the stream is still open
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }
}
