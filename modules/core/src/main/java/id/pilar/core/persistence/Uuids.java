package id.pilar.core.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562) made in Java.
 *
 * <p>Why version 7: records made on different office PCs never clash, and keys created one after
 * another sort together, which keeps SQLite's b-tree inserts near the end of the index.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Uuids() {
    }

    /** A new version-7 UUID; monotonic within this JVM even when the clock stands still. */
    public static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long seq;
        synchronized (Uuids.class) {
            if (millis <= lastMillis) {
                millis = lastMillis;
                sequence++;
                if (sequence > 0xFFF) {
                    millis = ++lastMillis;
                    sequence = 0;
                }
            } else {
                lastMillis = millis;
                sequence = 0;
            }
            seq = sequence;
        }
        long msb = (millis << 16) | 0x7000L | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** {@link #timeOrdered()} as the 36-character text stored in id columns. */
    public static String newId() {
        return timeOrdered().toString();
    }
}
