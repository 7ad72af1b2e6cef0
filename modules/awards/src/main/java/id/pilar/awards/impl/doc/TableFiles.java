package id.pilar.awards.impl.doc;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.pilar.awards.api.AwardTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables to files: CSV ({@code ;}, UTF-8, quotes where needed), XLSX (POI streaming; whole
 * numbers as numeric cells) and PDF (OpenPDF, landscape). Each is written to a temporary file
 * beside the target and moved into place, so a failure leaves no half file.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static void csv(AwardTable t, Path file) throws IOException {
        Path tmp = temp(file);
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(line(t.headers()));
            for (List<String> r : t.rows()) {
                w.write(line(r));
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (c.contains(";") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            b.append(c);
        }
        return b.append("\r\n").toString();
    }

    public static void xlsx(AwardTable t, Path file) throws IOException {
        Path tmp = temp(file);
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(tmp)) {
                Sheet sheet = wb.createSheet(t.title().replaceAll("[\\\\/?*\\[\\]:]", " ").substring(0, Math.min(31, t.title().length())));
                var bold = wb.createFont();
                bold.setBold(true);
                CellStyle header = wb.createCellStyle();
                header.setFont(bold);
                Row h = sheet.createRow(0);
                for (int i = 0; i < t.headers().size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(t.headers().get(i));
                    c.setCellStyle(header);
                }
                int r = 1;
                for (List<String> row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        String v = row.get(i) == null ? "" : row.get(i);
                        // Whole numbers as numbers (counts, days); NIKs (16 digits) stay text so no digit is lost.
                        if (v.matches("-?\\d{1,9}")) {
                            x.createCell(i).setCellValue(Long.parseLong(v));
                        } else {
                            x.createCell(i).setCellValue(v);
                        }
                    }
                }
                wb.write(out);
                wb.dispose();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void pdf(AwardTable t, Path file) throws IOException {
        Path tmp = temp(file);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph title = new Paragraph(t.title(), new Font(Font.HELVETICA, 13, Font.BOLD));
            title.setSpacingAfter(8);
            doc.add(title);
            PdfPTable table = new PdfPTable(t.headers().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font hf = new Font(Font.HELVETICA, 8, Font.BOLD);
            Font cf = new Font(Font.HELVETICA, 8);
            t.headers().forEach(hd -> table.addCell(new PdfPCell(new Phrase(hd, hf))));
            for (List<String> row : t.rows()) {
                row.forEach(c -> table.addCell(new PdfPCell(new Phrase(c == null ? "" : c, cf))));
            }
            doc.add(table);
            doc.close();
        } catch (DocumentException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path temp(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, "pilar", ".tmp");
    }
}
