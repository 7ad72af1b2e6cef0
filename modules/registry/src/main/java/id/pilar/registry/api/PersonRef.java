package id.pilar.registry.api;

/** Enough to name a person and fetch the rest: what other modules keep and pass around. */
public record PersonRef(String id, String nomorRegistri, String nama) {
}
