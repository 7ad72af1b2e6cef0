package id.pilar.core.impl.demo;

import id.pilar.core.api.demo.DemoPermissions;
import id.pilar.core.api.security.Permission;
import id.pilar.core.spi.PermissionCatalog;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;

@ServiceProvider(service = PermissionCatalog.class)
public final class CorePermissionCatalog implements PermissionCatalog {

    @Override
    public List<Permission> permissions() {
        return DemoPermissions.ALL;
    }
}
