package id.pilar.core.impl.db;

import id.pilar.core.api.db.DatabaseTarget;
import id.pilar.core.spi.ModuleSchema;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds the one SessionFactory from every module's entity classes, in two steps so that the
 * first can run while the migrations do: {@link #metadata} (the mappings of every entity: no
 * database needed beyond one look at the driver's metadata) and {@link Mapped#sessionFactory}
 * (after the migrations: schema validation and the factory itself).
 *
 * <p>The schema belongs to migrations: Hibernate only validates it ({@code hbm2ddl=validate}),
 * unless the opener knows this build already validated this very schema history
 * ({@link SchemaFingerprint}). Classes are loaded through the NetBeans system class loader,
 * which sees every enabled module (PLATFORM-NOTES #4); the thread's context loader does not.
 */
final class SessionFactories {

    private static final Logger LOG = Logger.getLogger(SessionFactories.class.getName());

    private SessionFactories() {
    }

    /** The mappings, ready to become a factory; {@link #discard} them when that never happens. */
    record Mapped(StandardServiceRegistry registry, Metadata metadata, long metadataMs, boolean validate) {

        SessionFactory sessionFactory() {
            long t0 = System.nanoTime();
            try {
                SessionFactory sf = metadata.buildSessionFactory();
                LOG.log(Level.INFO, "Hibernate metadata {0} ms, session factory {1} ms (schema validation {2})",
                        new Object[] {metadataMs, (System.nanoTime() - t0) / 1_000_000, validate ? "run" : "skipped: verified before"});
                return sf;
            } catch (RuntimeException e) {
                discard();
                throw e;
            }
        }

        void discard() {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * @param dataSource connections for Hibernate (one is taken here to read the driver's metadata)
     * @param validate   whether the factory validates the schema against the mappings
     */
    static Mapped metadata(DatabaseTarget target, DataSource dataSource, List<ModuleSchema> schemas, ClassLoader loader,
            boolean validate) {
        long t0 = System.nanoTime();
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                .applyClassLoader(loader)
                .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT, target.isSqlite()
                        ? "org.hibernate.community.dialect.SQLiteDialect"
                        : "org.hibernate.dialect.PostgreSQLDialect")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, validate ? "validate" : "none")
                // Validation reads the columns table by table: sqlite-jdbc answers one grouped
                // getColumns(all tables) with one compound SELECT term per column, and SQLite
                // refuses more than 500 terms (reached once every record has an _aud table).
                .applySetting(AvailableSettings.HBM2DDL_JDBC_METADATA_EXTRACTOR_STRATEGY, "individually")
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
            Metadata metadata = sources.buildMetadata();
            return new Mapped(registry, metadata, (System.nanoTime() - t0) / 1_000_000, validate);
        } catch (RuntimeException | Error e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
