package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the one SessionFactory from every module's entity classes.
 *
 * <p>The schema belongs to migrations: Hibernate only validates it ({@code hbm2ddl=validate}).
 * Classes are loaded through the NetBeans system class loader, which sees every enabled module
 * (PLATFORM-NOTES #4); the thread's context loader does not.
 */
final class SessionFactories {

    private SessionFactories() {
    }

    static SessionFactory build(DatabaseTarget target, DataSource dataSource, List<ModuleSchema> schemas, ClassLoader loader) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(loader)
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT, target.isSqlite()
                        ? "org.hibernate.community.dialect.SQLiteDialect"
                        : "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                // Validate table by table: the grouped read asks sqlite-jdbc for every column of the
                // database in one compound SELECT, which SQLite refuses beyond 500 terms ("too many
                // terms in compound SELECT") once the modules' tables hold more than 500 columns.
                .applySetting("hibernate.hbm2ddl.jdbc_metadata_extraction_strategy", "individually")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 64)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .applySetting("org.hibernate.envers.audit_table_suffix", "_aud")
                .applySetting("org.hibernate.envers.revision_field_name", "rev")
                .applySetting("org.hibernate.envers.revision_type_field_name", "revtype")
                .applySetting("org.hibernate.envers.store_data_at_delete", true)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (ModuleSchema schema : schemas) {
                for (Class<?> c : schema.entityClasses()) {
                    sources.addAnnotatedClass(c);
                }
            }
            long t0 = System.nanoTime();
            var metadata = sources.buildMetadata();
            long t1 = System.nanoTime();
            SessionFactory sf = metadata.buildSessionFactory();
            java.util.logging.Logger.getLogger(SessionFactories.class.getName()).log(java.util.logging.Level.INFO,
                    "Hibernate metadata {0} ms, session factory {1} ms", new Object[] {(t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000});
            return sf;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
