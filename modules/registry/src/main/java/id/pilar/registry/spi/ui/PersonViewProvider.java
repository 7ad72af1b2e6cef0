package id.pilar.registry.spi.ui;

import id.pilar.registry.api.PersonRef;
import javafx.scene.Node;

/**
 * Adds a tab to every person window (a VisualVM-style typed provider). Register with
 * {@code @ServiceProvider(service = PersonViewProvider.class)}; the Cases module adds "Kasus".
 *
 * <p>It lives in a {@code ui} package because it hands out JavaFX nodes; the layering rules keep
 * JavaFX out of every other package.
 */
public interface PersonViewProvider {

    /** Tab title in Indonesian. */
    String title();

    /** Lower positions come first; the registry's own tabs are 100 (Identitas), 200 (Keluarga), 300 (DTSEN). */
    int position();

    /** Builds the tab's content; called on the FX thread. Load data in the background, never here. */
    Node createView(PersonRef person);
}
