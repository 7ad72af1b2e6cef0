package id.pilar.awards.impl.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Real (small) evidence files for the demo: a one-page PDF letter and a red-background PNG "photo". */
final class SampleFiles {

    private SampleFiles() {
    }

    static byte[] pdf(String title, String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph(title));
            doc.add(new Paragraph(body));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A 40×60 PNG (the 4×6 proportion), red background with a darker block where a face would be. */
    static byte[] photo() {
        int w = 40;
        int h = 60;
        byte[] raw = new byte[h * (1 + w * 3)];
        int i = 0;
        for (int y = 0; y < h; y++) {
            raw[i++] = 0; // filter: none
            for (int x = 0; x < w; x++) {
                boolean face = x > 12 && x < 28 && y > 12 && y < 34;
                boolean body = x > 6 && x < 34 && y >= 34;
                raw[i++] = (byte) (face ? 0xD9 : body ? 0x20 : 0xC8);
                raw[i++] = (byte) (face ? 0xB0 : body ? 0x20 : 0x10);
                raw[i++] = (byte) (face ? 0x90 : body ? 0x40 : 0x20);
            }
        }
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length + 64];
        int len = d.deflate(buf);
        d.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0)
                .put((byte) 0).array());
        byte[] idat = new byte[len];
        System.arraycopy(buf, 0, idat, 0, len);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

}
