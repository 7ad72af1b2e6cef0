package id.pilar.ui.impl;

import id.pilar.ui.api.UiTrace;
import org.openide.windows.OnShowing;

/** Benchmark runs only ({@code -J-Dpilar.trace=true}): start noting key presses. */
@OnShowing
public final class TraceStartup implements Runnable {

    @Override
    public void run() {
        UiTrace.install();
    }
}
