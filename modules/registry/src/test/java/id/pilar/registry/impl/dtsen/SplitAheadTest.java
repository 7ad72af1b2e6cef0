package id.pilar.registry.impl.dtsen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The splitting thread hands over every record in file order, then the end; its failure reaches the checking thread. */
class SplitAheadTest {

    @Test
    void everyRecordInOrderAcrossBatchesThenTheEnd() throws Exception {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            file.append("D").append(i).append("|Orang ").append(i).append('\n');
        }
        try (SplitAhead split = new SplitAhead(new CsvRecords(new BufferedReader(new StringReader(file.toString())), '|'))) {
            List<String> ids = new ArrayList<>();
            for (CsvRecords.Record r; (r = split.next()) != null; ) {
                ids.add(r.fields().get(0));
                assertThat(r.line()).isEqualTo(ids.size());
            }
            assertThat(ids).hasSize(1000).startsWith("D1", "D2").endsWith("D999", "D1000");
            assertThat(split.next()).isNull();
            assertThat(split.charsRead()).isEqualTo(file.length());
        }
    }

    /** A cancelled import closes it while the checking thread may be waiting for records: that wait ends. */
    @Test
    void closingEndsAWaitForRecords() throws Exception {
        java.io.PipedWriter never = new java.io.PipedWriter();
        SplitAhead split = new SplitAhead(new CsvRecords(new BufferedReader(new java.io.PipedReader(never)), '|'));
        java.util.concurrent.CompletableFuture<CsvRecords.Record> waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return split.next();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        split.close();
        assertThat(waiting.get(5, java.util.concurrent.TimeUnit.SECONDS)).isNull();
        never.close();
    }

    @Test
    void aReadFailureIsThrownWhereTheRecordsAreTaken() {
        Reader failing = new Reader() {
            private final StringReader start = new StringReader("D1|Orang 1\nD2|Orang 2\n");

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                int n = start.read(buf, off, len);
                if (n < 0) {
                    throw new IOException("disk error");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        SplitAhead split = new SplitAhead(new CsvRecords(new BufferedReader(failing), '|'));
        assertThatThrownBy(() -> {
            while (split.next() != null) {
                // the two good records, then the failure
            }
        }).isInstanceOf(IOException.class).hasMessage("disk error");
        split.close();
    }
}
