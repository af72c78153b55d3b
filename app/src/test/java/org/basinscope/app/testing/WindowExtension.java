package org.basinscope.app.testing;

import java.lang.reflect.Field;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.basinscope.app.Defaults;
import org.basinscope.app.window.MainWindow;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window for a headless (Monocle) TestFX test: before each test it opens the window with the
 * default run at 1600×1000 and starts it, and puts it in the test's {@link MainWindow} field (and in
 * {@link MainWindow} and {@link FxRobot} parameters); after each test it closes the window and its
 * threads. Use {@code @ExtendWith(WindowExtension.class)}.
 */
public final class WindowExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(WindowExtension.class);

    /** Opens the window in TestFX's primary stage, as an application the toolkit cleans up after the test. */
    private static final class Fixture implements ApplicationFixture {
        private MainWindow window;

        @Override
        public void init() {
        }

        @Override
        public void start(Stage stage) {
            window = new MainWindow(Defaults.session());
            stage.setScene(new Scene(window.root(), WIDTH, HEIGHT));
            stage.show();
            window.start();
        }

        @Override
        public void stop() {
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Fixture fixture = new Fixture();
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new ApplicationAdapter(fixture));
        context.getStore(STORE).put("fixture", fixture);
        context.getStore(STORE).put("app", app);
        Object test = context.getRequiredTestInstance();
        for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == MainWindow.class) {
                    f.setAccessible(true);
                    f.set(test, fixture.window);
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Fixture fixture = context.getStore(STORE).get("fixture", Fixture.class);
        Application app = context.getStore(STORE).get("app", Application.class);
        if (fixture != null && fixture.window != null) {
            fixture.window.close();
        }
        if (app != null) {
            FxToolkit.cleanupAfterTest(new FxRobot(), app);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MainWindow.class || type == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == FxRobot.class) {
            return new FxRobot();
        }
        return context.getStore(STORE).get("fixture", Fixture.class).window;
    }

    /** Waits (without sleeping blindly) until the condition holds, failing after 30 s with what was awaited. */
    public static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        // Let the FX thread finish what it was doing, so the test then reads a settled scene graph.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
