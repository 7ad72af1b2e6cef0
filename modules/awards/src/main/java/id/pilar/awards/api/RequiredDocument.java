package id.pilar.awards.api;

/** An item of an award type's evidence checklist, needed from the step that moves a nomination to {@code requiredFrom}. */
public record RequiredDocument(String code, String name, DocumentMedia media, NominationState requiredFrom) {
}
