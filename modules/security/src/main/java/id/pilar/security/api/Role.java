package id.pilar.security.api;

import org.openide.util.NbBundle.Messages;

/** The four roles of the office. A user has exactly one. */
@Messages({
    "ROLE_OPERATOR=Operator (entri data)",
    "ROLE_PEKERJA_SOSIAL=Pekerja Sosial",
    "ROLE_SUPERVISOR=Supervisor",
    "ROLE_ADMIN=Admin"
})
public enum Role {
    OPERATOR, PEKERJA_SOSIAL, SUPERVISOR, ADMIN;

    /** Indonesian name for screens. */
    public String label() {
        return switch (this) {
            case OPERATOR -> Bundle.ROLE_OPERATOR();
            case PEKERJA_SOSIAL -> Bundle.ROLE_PEKERJA_SOSIAL();
            case SUPERVISOR -> Bundle.ROLE_SUPERVISOR();
            case ADMIN -> Bundle.ROLE_ADMIN();
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
