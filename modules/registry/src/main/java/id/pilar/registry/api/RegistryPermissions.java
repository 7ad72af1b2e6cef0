package id.pilar.registry.api;

import id.pilar.core.api.security.Permission;
import id.pilar.core.api.security.Permission.Kind;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/** What the registry's services require. */
@Messages({
    "PERM_Read=Melihat data penduduk registri",
    "PERM_Write=Mendaftarkan dan mengubah data penduduk",
    "PERM_HouseholdWrite=Mengubah data keluarga (KK)",
    "PERM_DtsenImport=Mengimpor data DTSEN",
    "PERM_DtsenLink=Menautkan penduduk dengan data DTSEN",
    "PERM_Duplicates=Memeriksa dan menggabungkan data ganda"
})
public final class RegistryPermissions {

    public static final Permission READ = Permission.of("registry.person.read", Kind.READ, Bundle.PERM_Read());
    public static final Permission WRITE = Permission.of("registry.person.write", Kind.DATA_ENTRY, Bundle.PERM_Write());
    public static final Permission HOUSEHOLD_WRITE = Permission.of("registry.household.write", Kind.DATA_ENTRY, Bundle.PERM_HouseholdWrite());
    public static final Permission DTSEN_IMPORT = Permission.of("registry.dtsen.import", Kind.DATA_ENTRY, Bundle.PERM_DtsenImport());
    public static final Permission DTSEN_LINK = Permission.of("registry.dtsen.link", Kind.DATA_ENTRY, Bundle.PERM_DtsenLink());
    /** Merging two people changes both records' history: a supervisor's decision. */
    public static final Permission DUPLICATES = Permission.of("registry.duplicate.review", Kind.APPROVE, Bundle.PERM_Duplicates());

    public static final List<Permission> ALL = List.of(READ, WRITE, HOUSEHOLD_WRITE, DTSEN_IMPORT, DTSEN_LINK, DUPLICATES);

    private RegistryPermissions() {
    }
}
