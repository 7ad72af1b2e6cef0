package id.pilar.rosters.ui;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kecamatan;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.rosters.api.Organisation;
import id.pilar.rosters.api.OrganisationService;
import java.util.List;

/**
 * The lists forms choose from: regions, PSKS categories and organisations. Loaded in the
 * background (the reference data comes from the database on first use).
 */
record Choices(List<Kecamatan> kecamatan, List<Kelurahan> kelurahan, List<KategoriKesos> psks, List<Organisation> organisations) {

    static Choices load() {
        ReferenceData ref = ReferenceData.get();
        return new Choices(ref.kecamatan(), ref.kelurahan(), ref.kategori(KategoriKesos.PSKS, false),
                OrganisationService.get().list("", null));
    }

    static final Choices EMPTY = new Choices(List.of(), List.of(), List.of(), List.of());
}
