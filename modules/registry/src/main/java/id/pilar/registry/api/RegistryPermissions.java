package id.pilar.registry.api;

import id.pilar.core.api.security.Permission;
import java.util.List;

/** What the registry's services require. */
public final class RegistryPermissions {

    public static final Permission READ = Permission.of("registry.person.read", "Melihat data penduduk registri");
    public static final Permission WRITE = Permission.of("registry.person.write", "Mendaftarkan dan mengubah data penduduk");
    public static final Permission HOUSEHOLD_WRITE = Permission.of("registry.household.write", "Mengubah data keluarga (KK)");
    public static final Permission DTSEN_IMPORT = Permission.of("registry.dtsen.import", "Mengimpor data DTSEN");
    public static final Permission DTSEN_LINK = Permission.of("registry.dtsen.link", "Menautkan penduduk dengan data DTSEN");
    public static final Permission DUPLICATES = Permission.of("registry.duplicate.review", "Memeriksa dan menggabungkan data ganda");

    public static final List<Permission> ALL = List.of(READ, WRITE, HOUSEHOLD_WRITE, DTSEN_IMPORT, DTSEN_LINK, DUPLICATES);

    private RegistryPermissions() {
    }
}
