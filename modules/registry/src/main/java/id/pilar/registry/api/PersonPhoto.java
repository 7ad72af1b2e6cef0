package id.pilar.registry.api;

/**
 * A person's photo as chosen in the form, saved in the same transaction as the person.
 *
 * @param mime {@code image/jpeg} or {@code image/png}
 * @param data the file's bytes
 */
public record PersonPhoto(String mime, byte[] data) {
}
