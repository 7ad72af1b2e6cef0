package id.pilar.cases.impl;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Path;

/** The text of a PDF, to check what the case summary says. */
final class PdfText {

    private PdfText() {
    }

    static String of(Path pdf) throws IOException {
        try (PdfReader r = new PdfReader(pdf.toString())) {
            PdfTextExtractor x = new PdfTextExtractor(r);
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= r.getNumberOfPages(); i++) {
                b.append(x.getTextFromPage(i)).append('\n');
            }
            return b.toString();
        }
    }
}
