package id.pilar.registry.ui;

/**
 * TestFX without a display: Monocle's headless glass platform and the software renderer, so the
 * UI tests run in {@code mvn install} on a CI machine with no DISPLAY. Call before the toolkit
 * starts; {@code -Dpilar.ui.visible=true} shows the windows instead (on a desktop).
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    static void configure() {
        if (Boolean.getBoolean("pilar.ui.visible")) {
            return;
        }
        set("testfx.robot", "glass");
        set("testfx.headless", "true");
        set("prism.order", "sw");
        set("glass.platform", "Monocle");
        set("monocle.platform", "Headless");
        set("java.awt.headless", "true");
    }

    private static void set(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
