package id.pilar.security.impl;

import id.pilar.core.api.security.AccessControl;
import id.pilar.core.persistence.InstantText;
import id.pilar.core.persistence.Transactions;
import id.pilar.security.api.AuditHistory;
import id.pilar.security.api.SecurityPermissions;
import id.pilar.security.api.SecurityRefusedException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;

/**
 * History from Envers: every revision of a record, compared field by field with the one before.
 * Works for any module's {@code @Audited} entity, found through Hibernate's metamodel.
 */
@ServiceProvider(service = AuditHistory.class)
@Messages({
    "# {0} - entity",
    "MSG_NotAudited={0} tidak memiliki riwayat perubahan (bukan entitas yang diaudit)."
})
public final class AuditHistoryImpl implements AuditHistory {

    private final Transactions tx;

    public AuditHistoryImpl() {
        this(Transactions.get());
    }

    public AuditHistoryImpl(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<String> auditedEntities() {
        AccessControl.get().require(SecurityPermissions.AUDIT_READ);
        return tx.read(s -> s.getSessionFactory().getMetamodel().getEntities().stream()
                .map(e -> e.getJavaType())
                .filter(c -> c.isAnnotationPresent(Audited.class))
                .map(Class::getName).sorted().toList());
    }

    @Override
    public List<Change> history(String entityName, String id) {
        AccessControl.get().require(SecurityPermissions.AUDIT_READ);
        return tx.read(s -> {
            Class<?> type = auditedClass(s, entityName);
            AuditReader reader = AuditReaderFactory.get(s);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().asc())
                    .getResultList();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            for (Object[] u : s.createQuery("select u.username, u.displayName from UserAccount u", Object[].class).getResultList()) {
                names.put((String) u[0], (String) u[1]);
            }
            List<Change> out = new ArrayList<>();
            Object before = null;
            for (Object[] row : rows) {
                Object after = row[0];
                AuditRevision rev = (AuditRevision) row[1];
                RevisionType kind = (RevisionType) row[2];
                out.add(new Change(rev.getId(), rev.getChangedAt(), rev.getUsername(), names.getOrDefault(rev.getUsername(), rev.getUsername()),
                        kindName(kind), diff(type, before, after)));
                before = kind == RevisionType.DEL ? null : after;
            }
            return out;
        });
    }

    private static Class<?> auditedClass(Session s, String entityName) {
        return s.getSessionFactory().getMetamodel().getEntities().stream()
                .map(e -> (Class<?>) e.getJavaType())
                .filter(c -> c.getName().equals(entityName) || c.getSimpleName().equals(entityName))
                .filter(c -> c.isAnnotationPresent(Audited.class))
                .findFirst()
                .orElseThrow(() -> new SecurityRefusedException("MSG_NotAudited", Bundle.MSG_NotAudited(entityName), entityName));
    }

    private static String kindName(RevisionType t) {
        return switch (t) {
            case ADD -> "DIBUAT";
            case MOD -> "DIUBAH";
            case DEL -> "DIHAPUS";
        };
    }

    /** Audited fields whose value differs between two snapshots ({@code before} null: all set fields). */
    static List<FieldChange> diff(Class<?> type, Object before, Object after) {
        List<FieldChange> out = new ArrayList<>();
        for (Field f : auditedFields(type)) {
            String old = before == null ? null : text(read(f, before));
            String now = after == null ? null : text(read(f, after));
            if (!Objects.equals(old, now)) {
                out.add(new FieldChange(f.getName(), old, now));
            }
        }
        return out;
    }

    private static List<Field> auditedFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            boolean classAudited = c.isAnnotationPresent(Audited.class);
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(NotAudited.class)) {
                    continue;
                }
                if (classAudited || f.isAnnotationPresent(Audited.class)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Object read(Field f, Object target) {
        try {
            f.setAccessible(true);
            return f.get(target);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof java.time.Instant i) {
            return InstantText.format(i);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    @Override
    public List<ReadLogEntry> readLog(String entityType, String entityId) {
        AccessControl.get().require(SecurityPermissions.AUDIT_READ);
        return query("SELECT at, username, action, entity_type, entity_id, sensitive_kind FROM security_read_log "
                + "WHERE entity_type = ? AND entity_id = ? ORDER BY at DESC", 1000, entityType, entityId);
    }

    @Override
    public List<ReadLogEntry> recentReads(int limit) {
        AccessControl.get().require(SecurityPermissions.AUDIT_READ);
        return query("SELECT at, username, action, entity_type, entity_id, sensitive_kind FROM security_read_log "
                + "ORDER BY at DESC", limit);
    }

    private List<ReadLogEntry> query(String sql, int limit, String... args) {
        return tx.jdbc(c -> {
            List<ReadLogEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql + " LIMIT " + Math.max(1, limit))) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReadLogEntry(java.time.Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }
}
