package id.pilar.core.api.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileContentTest {

    @Test
    void judgesByTheFirstBytesNotTheName() {
        assertThat(FileContent.mediaType("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileContent.PDF);
        assertThat(FileContent.mediaType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileContent.JPEG);
        assertThat(FileContent.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileContent.PNG);
        // A Word file (zip) renamed to .pdf, a truncated PNG header, nothing.
        assertThat(FileContent.mediaType(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
        assertThat(FileContent.mediaType(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(FileContent.mediaType(new byte[0])).isEmpty();
        assertThat(FileContent.mediaType(null)).isEmpty();
    }

    @Test
    void imagesAreJpegAndPngAndTheSameBytesHashAlike() {
        assertThat(FileContent.isImage(FileContent.JPEG)).isTrue();
        assertThat(FileContent.isImage(FileContent.PDF)).isFalse();
        assertThat(FileContent.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
