package id.pilar.core.spi;

import id.pilar.core.api.security.Permission;
import java.util.List;

/** Lists the permissions a module's services declare; register with {@code @ServiceProvider}. */
public interface PermissionCatalog {

    List<Permission> permissions();
}
