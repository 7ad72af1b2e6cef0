package id.pilar.intake.api;

import java.util.Locale;
import java.util.Optional;
import org.openide.util.NbBundle.Messages;

/** How a report reached the office; {@link #word()} is the value in files ({@code kanal}). */
@Messages({
    "CH_HOTLINE=Hotline", "CH_PATROLI=Patroli", "CH_LANGSUNG=Datang langsung", "CH_MEDSOS=Media sosial",
    "CH_SURAT=Surat", "CH_RUJUKAN=Rujukan"
})
public enum Channel {
    HOTLINE, PATROLI, LANGSUNG, MEDSOS, SURAT, RUJUKAN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case HOTLINE -> Bundle.CH_HOTLINE();
            case PATROLI -> Bundle.CH_PATROLI();
            case LANGSUNG -> Bundle.CH_LANGSUNG();
            case MEDSOS -> Bundle.CH_MEDSOS();
            case SURAT -> Bundle.CH_SURAT();
            case RUJUKAN -> Bundle.CH_RUJUKAN();
        };
    }

    public static Optional<Channel> byWord(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Channel c : values()) {
            if (c.word().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
