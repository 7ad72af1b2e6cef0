package id.pilar.rosters.impl.export;

import id.pilar.rosters.api.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
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
 * A report as an XLSX workbook through POI's streaming writer (SXSSF: constant memory for long
 * reports). Counts and hours are numeric cells so the office can sum them; written to a
 * temporary file and moved into place.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(ReportTable t, Path file) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "pilar", ".xlsx.tmp");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(tmp)) {
                Sheet sheet = wb.createSheet(safeSheetName(t.title()));
                var bold = wb.createFont();
                bold.setBold(true);
                CellStyle header = wb.createCellStyle();
                header.setFont(bold);
                CellStyle hours = wb.createCellStyle();
                hours.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
                CellStyle count = wb.createCellStyle();
                count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                Cell title = sheet.createRow(0).createCell(0);
                title.setCellValue(t.title());
                title.setCellStyle(header);
                sheet.createRow(1).createCell(0).setCellValue(t.subtitle());
                Row h = sheet.createRow(3);
                List<ReportTable.Column> cols = t.columns();
                for (int i = 0; i < cols.size(); i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(cols.get(i).header());
                    c.setCellStyle(header);
                    sheet.setColumnWidth(i, Math.min(60, Math.max(12, cols.get(i).header().length() + 4)) * 256);
                }
                int r = 4;
                for (var row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        Object v = row.get(i);
                        Cell c = x.createCell(i);
                        if (v instanceof ReportTable.Hours hv) {
                            c.setCellValue(Math.round(hv.hours() * 10) / 10.0);
                            c.setCellStyle(hours);
                        } else if (v instanceof Number n) {
                            c.setCellValue(n.doubleValue());
                            c.setCellStyle(count);
                        } else {
                            c.setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
                wb.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    static String safeSheetName(String title) {
        String s = title.replaceAll("[:\\\\/?*\\[\\]]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
