package id.pilar.atlas.impl;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly report's tables as XLSX (one sheet per table, counts as numeric cells) and as PDF
 * (A4 landscape, numbers in Indonesian notation: {@code 1.234}, {@code 12,5}). Each file is
 * written to a temporary file in the target folder and moved into place when complete.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    static void xlsx(String title, String subtitle, List<ReportTable> tables, Path file) throws IOException {
        writeThenMove(file, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                var bold = wb.createFont();
                bold.setBold(true);
                CellStyle strong = wb.createCellStyle();
                strong.setFont(bold);
                CellStyle decimal = wb.createCellStyle();
                decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
                for (ReportTable t : tables) {
                    Sheet sheet = wb.createSheet(sheetName(t.title()));
                    sheet.createRow(0).createCell(0).setCellValue(title);
                    sheet.getRow(0).getCell(0).setCellStyle(strong);
                    sheet.createRow(1).createCell(0).setCellValue(subtitle);
                    Row h = sheet.createRow(3);
                    for (int i = 0; i < t.headers().size(); i++) {
                        Cell c = h.createCell(i);
                        c.setCellValue(t.headers().get(i));
                        c.setCellStyle(strong);
                    }
                    int r = 4;
                    for (int n = 0; n < t.rows().size(); n++) {
                        Row x = sheet.createRow(r++);
                        boolean total = t.hasTotal() && n == t.rows().size() - 1;
                        List<Object> row = t.rows().get(n);
                        for (int i = 0; i < row.size(); i++) {
                            Cell c = x.createCell(i);
                            Object v = row.get(i);
                            if (v instanceof Long l) {
                                c.setCellValue(l);
                            } else if (v instanceof Double d) {
                                c.setCellValue(d);
                                c.setCellStyle(decimal);
                            } else {
                                c.setCellValue(String.valueOf(v));
                            }
                            if (total) {
                                c.setCellStyle(strong);
                            }
                        }
                    }
                    for (int i = 0; i < t.headers().size(); i++) {
                        sheet.setColumnWidth(i, i < 3 ? 18 * 256 : 14 * 256);
                    }
                    sheet.createFreezePane(0, 4);
                }
                wb.write(out);
            }
        });
    }

    static void pdf(String title, String subtitle, List<ReportTable> tables, Path file) throws IOException {
        writeThenMove(file, out -> {
            Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            try {
                PdfWriter.getInstance(doc, out);
                doc.open();
                Font hf = new Font(Font.HELVETICA, 7, Font.BOLD);
                Font cf = new Font(Font.HELVETICA, 7);
                boolean first = true;
                for (ReportTable t : tables) {
                    if (!first) {
                        doc.newPage();
                    }
                    first = false;
                    doc.add(new Paragraph(title, new Font(Font.HELVETICA, 13, Font.BOLD)));
                    Paragraph sub = new Paragraph(subtitle + " — " + t.title(), new Font(Font.HELVETICA, 10));
                    sub.setSpacingAfter(8);
                    doc.add(sub);
                    PdfPTable table = new PdfPTable(t.headers().size());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    for (String h : t.headers()) {
                        PdfPCell c = new PdfPCell(new Phrase(h, hf));
                        c.setGrayFill(0.9f);
                        table.addCell(c);
                    }
                    for (int n = 0; n < t.rows().size(); n++) {
                        boolean total = t.hasTotal() && n == t.rows().size() - 1;
                        for (Object v : t.rows().get(n)) {
                            PdfPCell c = new PdfPCell(new Phrase(text(v), total ? hf : cf));
                            if (v instanceof Number) {
                                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                            }
                            table.addCell(c);
                        }
                    }
                    doc.add(table);
                }
                doc.close();
            } catch (DocumentException e) {
                throw new IOException(e);
            }
        });
    }

    /** How a cell reads in the PDF: {@code 1.234} for counts, {@code 12,5} for one-decimal values. */
    static String text(Object v) {
        DecimalFormatSymbols id = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID"));
        id.setGroupingSeparator('.');
        id.setDecimalSeparator(',');
        if (v instanceof Long l) {
            return new DecimalFormat("#,##0", id).format(l);
        }
        if (v instanceof Double d) {
            return new DecimalFormat("#,##0.0", id).format(d);
        }
        return String.valueOf(v);
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.substring(0, Math.min(31, s.length()));
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void writeThenMove(Path file, Writing writing) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".pilar-rekap", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writing.to(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }
}
