package id.pilar.rosters.api;

/** Status of an organisation's recognition. */
public enum OrganisationStatus {
    AKTIF("Aktif"), NON_AKTIF("Non-aktif"), DIBEKUKAN("Dibekukan");

    private final String label;

    OrganisationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
