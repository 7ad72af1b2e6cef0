package id.pilar.core.api.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an attached file really is, judged by its first bytes and never by its name: a clerk's
 * "foto.pdf" may be a Word file, and a renamed executable must not be stored as a photo. One
 * judgement for every module that takes attachments (cases, awards evidence, report photos).
 */
public final class FileContent {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private FileContent() {
    }

    /** {@link #PDF}, {@link #JPEG} or {@link #PNG}; empty for anything else (or nothing). */
    public static Optional<String> mediaType(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.of(PDF);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** True for {@link #JPEG} and {@link #PNG}. */
    public static boolean isImage(String mediaType) {
        return JPEG.equals(mediaType) || PNG.equals(mediaType);
    }

    /**
     * Whether a file's name ends as its content type does ({@code .pdf}, {@code .jpg}/{@code .jpeg},
     * {@code .png}): a mismatch is worth telling the clerk (a photo saved as "surat.pdf").
     */
    public static boolean nameFits(String name, String mediaType) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return switch (mediaType) {
            case PDF -> n.endsWith(".pdf");
            case JPEG -> n.endsWith(".jpg") || n.endsWith(".jpeg");
            case PNG -> n.endsWith(".png");
            default -> false;
        };
    }

    /** Hex SHA-256 of the content, to find the same file attached twice. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
