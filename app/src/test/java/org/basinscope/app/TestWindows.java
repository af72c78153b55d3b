package org.basinscope.app;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up of the headless window tests: open the real main window, and wait on conditions. */
final class TestWindows {
    private TestWindows() {
    }

    /** The main window with the default run, shown at 1600×1000 and started. */
    static MainWindow open(Stage stage) {
        MainWindow window = new MainWindow(Defaults.session());
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.show();
        window.start();
        return window;
    }

    /** Waits (without sleeping blindly) until the condition holds, failing after 30 s with what was awaited. */
    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        // Let the FX thread finish what it was doing, so the test then reads a settled scene graph.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
