package id.pilar.core.api.demo;

import id.pilar.core.api.security.Permission;
import java.util.List;
import org.openide.util.NbBundle.Messages;

/** Core's own permission: clearing the demo data empties nearly every table, an administrator's decision. */
@Messages("PERM_DemoClear=Menghapus data contoh dari basis data")
public final class DemoPermissions {

    public static final Permission CLEAR = Permission.of("core.demo.clear", Permission.Kind.ADMINISTER, Bundle.PERM_DemoClear());

    public static final List<Permission> ALL = List.of(CLEAR);

    private DemoPermissions() {
    }
}
