package org.basinscope.app.commands;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without a display, on Monocle's headless platform with software
 * rendering, for off-screen rendering of the real window. Must run before anything else touches
 * JavaFX in this process.
 */
final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    static synchronized void start(int width, int height) throws InterruptedException {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already (e.g. inside a TestFX test): use it.
            ready.countDown();
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
