package id.pilar.security.impl;

import id.pilar.security.api.SecurityRefusedException;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Properties;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openide.util.NbBundle.Messages;

/**
 * The {@code .pilarbak} file format, version 1:
 *
 * <pre>
 * "PILARBAK"  format version (int)  header length (int)  header (UTF-8 properties)
 * salt (16)  nonce base (12)  key check (16)
 * chunks: final flag (byte)  length (int)  AES-256-GCM ciphertext with its 16-byte tag
 * </pre>
 *
 * The plaintext (a gzip of the SQLite file) is cut into 1 MiB chunks, each sealed with its own
 * nonce (base XOR chunk number). Every chunk's additional data binds the whole preamble (so a
 * changed header fails), its number (no reordering) and the final flag (so a truncated file is
 * noticed: the last chunk must say it is the last). The key comes from PBKDF2-HMAC-SHA256 of the
 * passphrase; the key check (an HMAC under a second derived key) tells a wrong passphrase from a
 * damaged file. Chunks keep memory flat: the JDK's GCM holds a whole message until it is verified.
 */
@Messages({
    "# {0} - file",
    "MSG_NotABackup=Berkas {0} bukan cadangan Pilar.",
    "# {0} - version",
    "MSG_FormatNewer=Cadangan ini memakai format versi {0} yang lebih baru dari aplikasi ini. Perbarui Pilar dulu. Basis data tidak diubah.",
    "MSG_WrongPassphrase=Kata sandi cadangan salah (atau bagian awal berkas cadangan rusak). Basis data tidak diubah.",
    "MSG_BackupAltered=Berkas cadangan telah diubah atau rusak (pemeriksaan keaslian gagal). Basis data tidak diubah.",
    "MSG_BackupTruncated=Berkas cadangan terpotong (tidak lengkap). Basis data tidak diubah."
})
final class BackupFormat {

    static final byte[] MAGIC = "PILARBAK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int ITERATIONS = PasswordHasher.ITERATIONS;
    static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int MAX_HEADER = 64 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupFormat() {
    }

    /** Keys derived from one passphrase: AES key and the key-check MAC key. */
    record Keys(SecretKeySpec aes, byte[] check) {

        static Keys derive(char[] passphrase, byte[] salt, int iterations) {
            byte[] both = PasswordHasher.derive(passphrase, salt, iterations, 512);
            return new Keys(new SecretKeySpec(Arrays.copyOfRange(both, 0, 32), "AES"), keyCheck(Arrays.copyOfRange(both, 32, 64)));
        }

        private static byte[] keyCheck(byte[] macKey) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
                return Arrays.copyOf(mac.doFinal("pilar-backup-key-check".getBytes(StandardCharsets.US_ASCII)), 16);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Header and the keys to read the chunks that follow. */
    record Opened(Properties header, DataInputStream in, Keys keys, byte[] nonceBase, byte[] preambleHash) {
    }

    /** Writes the preamble and returns a stream that encrypts everything written to it. */
    static OutputStream encrypt(OutputStream file, Properties header, char[] passphrase) throws IOException {
        byte[] salt = new byte[16];
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        header.setProperty("kdf", "PBKDF2WithHmacSHA256");
        header.setProperty("kdf.iterations", Integer.toString(ITERATIONS));
        Keys keys = Keys.derive(passphrase, salt, ITERATIONS);
        ByteArrayOutputStream pre = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(pre);
        d.write(MAGIC);
        d.writeInt(VERSION);
        byte[] h = headerBytes(header);
        d.writeInt(h.length);
        d.write(h);
        d.write(salt);
        d.write(nonce);
        d.write(keys.check());
        d.flush();
        byte[] preamble = pre.toByteArray();
        file.write(preamble);
        return new ChunkSealer(new DataOutputStream(file), keys, nonce, sha256(preamble));
    }

    /** Reads the preamble only (no passphrase): what {@code describe} shows. */
    static Properties readHeader(InputStream file, String name) throws IOException {
        DataInputStream d = new DataInputStream(file);
        return readPreamble(d, name, new ByteArrayOutputStream()).header;
    }

    private record Preamble(Properties header, byte[] salt, byte[] nonce, byte[] check) {
    }

    private static Preamble readPreamble(DataInputStream d, String name, ByteArrayOutputStream copy) throws IOException {
        try {
            byte[] magic = d.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new SecurityRefusedException("MSG_NotABackup", Bundle.MSG_NotABackup(name), name);
            }
            int version = d.readInt();
            if (version > VERSION) {
                throw new SecurityRefusedException("MSG_FormatNewer", Bundle.MSG_FormatNewer(version), version);
            }
            if (version < 1) {
                throw new SecurityRefusedException("MSG_NotABackup", Bundle.MSG_NotABackup(name), name);
            }
            int len = d.readInt();
            if (len < 0 || len > MAX_HEADER) {
                throw new SecurityRefusedException("MSG_BackupAltered", Bundle.MSG_BackupAltered());
            }
            byte[] h = d.readNBytes(len);
            byte[] salt = d.readNBytes(16);
            byte[] nonce = d.readNBytes(12);
            byte[] check = d.readNBytes(16);
            if (h.length < len || check.length < 16) {
                throw new SecurityRefusedException("MSG_BackupTruncated", Bundle.MSG_BackupTruncated());
            }
            DataOutputStream o = new DataOutputStream(copy);
            o.write(MAGIC);
            o.writeInt(version);
            o.writeInt(len);
            o.write(h);
            o.write(salt);
            o.write(nonce);
            o.write(check);
            Properties p = new Properties();
            p.load(new StringReader(new String(h, StandardCharsets.UTF_8)));
            return new Preamble(p, salt, nonce, check);
        } catch (EOFException e) {
            throw new SecurityRefusedException("MSG_BackupTruncated", Bundle.MSG_BackupTruncated(), e);
        }
    }

    /** Checks the passphrase and returns a stream of the decrypted plaintext. */
    static InputStream decrypt(InputStream file, char[] passphrase, String name) throws IOException {
        DataInputStream d = new DataInputStream(file);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        Preamble p = readPreamble(d, name, copy);
        int iterations = Integer.parseInt(p.header().getProperty("kdf.iterations", Integer.toString(ITERATIONS)));
        Keys keys = Keys.derive(passphrase, p.salt(), iterations);
        if (!MessageDigest.isEqual(keys.check(), p.check())) {
            throw new SecurityRefusedException("MSG_WrongPassphrase", Bundle.MSG_WrongPassphrase());
        }
        return new ChunkOpener(d, keys, p.nonce(), sha256(copy.toByteArray()));
    }

    private static byte[] headerBytes(Properties header) {
        StringWriter w = new StringWriter();
        try {
            header.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Drop the date comment Properties writes, so the header is exactly what we put in.
        String text = w.toString().replaceFirst("^#.*\\R", "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] nonce(byte[] base, long chunk) {
        byte[] n = base.clone();
        for (int i = 0; i < 8; i++) {
            n[11 - i] ^= (byte) (chunk >>> (8 * i));
        }
        return n;
    }

    static byte[] aad(byte[] preambleHash, long chunk, boolean last) {
        return ByteBuffer.allocate(preambleHash.length + 9).put(preambleHash).putLong(chunk).put((byte) (last ? 1 : 0)).array();
    }

    static Cipher cipher(int mode, Keys keys, byte[] nonceBase, long chunk, byte[] preambleHash, boolean last) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, keys.aes(), new GCMParameterSpec(TAG_BITS, nonce(nonceBase, chunk)));
            c.updateAAD(aad(preambleHash, chunk, last));
            return c;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Buffers plaintext and seals it chunk by chunk; {@link #close()} seals the final chunk. */
    private static final class ChunkSealer extends OutputStream {
        private final DataOutputStream out;
        private final Keys keys;
        private final byte[] nonceBase;
        private final byte[] preambleHash;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long chunk;
        private boolean closed;

        ChunkSealer(DataOutputStream out, Keys keys, byte[] nonceBase, byte[] preambleHash) {
            this.out = out;
            this.keys = keys;
            this.nonceBase = nonceBase;
            this.preambleHash = preambleHash;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    seal(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, keys, nonceBase, chunk, preambleHash, last).doFinal(buffer, 0, filled);
                out.writeByte(last ? 1 : 0);
                out.writeInt(sealed.length);
                out.write(sealed);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            chunk++;
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                seal(true);
                out.close();
            }
        }
    }

    /** Opens chunk after chunk, failing on the first one that does not verify. */
    private static final class ChunkOpener extends InputStream {
        private final DataInputStream in;
        private final Keys keys;
        private final byte[] nonceBase;
        private final byte[] preambleHash;
        private byte[] plain = new byte[0];
        private int pos;
        private long chunk;
        private boolean sawLast;

        ChunkOpener(DataInputStream in, Keys keys, byte[] nonceBase, byte[] preambleHash) {
            this.in = in;
            this.keys = keys;
            this.nonceBase = nonceBase;
            this.preambleHash = preambleHash;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (pos == plain.length) {
                if (sawLast) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            int flag = in.read();
            if (flag < 0) {
                throw new SecurityRefusedException("MSG_BackupTruncated", Bundle.MSG_BackupTruncated());
            }
            if (flag > 1) {
                throw new SecurityRefusedException("MSG_BackupAltered", Bundle.MSG_BackupAltered());
            }
            boolean last = flag == 1;
            int len;
            byte[] sealed;
            try {
                len = in.readInt();
                if (len < 16 || len > CHUNK + 16) {
                    throw new SecurityRefusedException("MSG_BackupAltered", Bundle.MSG_BackupAltered());
                }
                sealed = in.readNBytes(len);
            } catch (EOFException e) {
                throw new SecurityRefusedException("MSG_BackupTruncated", Bundle.MSG_BackupTruncated(), e);
            }
            if (sealed.length < len) {
                throw new SecurityRefusedException("MSG_BackupTruncated", Bundle.MSG_BackupTruncated());
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, keys, nonceBase, chunk, preambleHash, last).doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new SecurityRefusedException("MSG_BackupAltered", Bundle.MSG_BackupAltered(), e);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            pos = 0;
            chunk++;
            if (last) {
                sawLast = true;
                if (in.read() >= 0) {
                    throw new SecurityRefusedException("MSG_BackupAltered", Bundle.MSG_BackupAltered()); // bytes after the last chunk
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
