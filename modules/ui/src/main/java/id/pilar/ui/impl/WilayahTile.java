package id.pilar.ui.impl;

import id.pilar.core.api.reference.KategoriKesos;
import id.pilar.core.api.reference.Kelurahan;
import id.pilar.core.api.reference.ReferenceData;
import id.pilar.ui.api.Formats;
import id.pilar.ui.spi.HomeTile;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/** The working area: Jakarta Pusat's kecamatan, kelurahan and population, and the categories in use. */
@ServiceProvider(service = HomeTile.class, position = 800)
@Messages({
    "TILE_Wilayah=Wilayah kerja",
    "# {0} - population",
    "TILE_WilayahPopulation={0} jiwa",
    "# {0} - kecamatan",
    "# {1} - kelurahan",
    "TILE_WilayahCounts=Jakarta Pusat: {0} kecamatan, {1} kelurahan (data 2024)",
    "# {0} - ppks",
    "# {1} - psks",
    "TILE_WilayahCategories=Kategori: {0} PPKS, {1} PSKS"
})
public final class WilayahTile implements HomeTile {

    @Override
    public String title() {
        return Bundle.TILE_Wilayah();
    }

    @Override
    public Content load() {
        ReferenceData ref = ReferenceData.get();
        long population = ref.kelurahan().stream().mapToLong(Kelurahan::penduduk2024).sum();
        return Content.of(Bundle.TILE_WilayahPopulation(Formats.number(population)),
                Bundle.TILE_WilayahCounts(ref.kecamatan().size(), ref.kelurahan().size()),
                Bundle.TILE_WilayahCategories(ref.kategori(KategoriKesos.PPKS, false).size(),
                        ref.kategori(KategoriKesos.PSKS, false).size()));
    }
}
