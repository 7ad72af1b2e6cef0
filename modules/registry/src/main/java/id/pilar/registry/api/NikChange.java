package id.pilar.registry.api;

import java.time.Instant;

/** One step in a person's NIK history (null: no NIK). NIKs are masked like everywhere else. */
public record NikChange(String nikLama, String nikBaru, String alasan, Instant waktu, String oleh) {
}
