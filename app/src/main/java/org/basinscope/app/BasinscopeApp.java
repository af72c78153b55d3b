package org.basinscope.app;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.basinscope.engine.cli.Json;

/** The desktop application: one main window, with the defaults or the settings {@code open} was given. */
public final class BasinscopeApp extends Application {

    /**
     * After {@code exitAfter} seconds prints the frame rate and closes. The rate is measured over the
     * second half of the run only, so JIT compilation and first layouts do not count.
     */
    private static void reportFrameRateAndExit(MainWindow window, OpenCommand.Launch launch) {
        double half = launch.exitAfter() / 2;
        long[] mark = new long[2];
        PauseTransition warm = new PauseTransition(Duration.seconds(half));
        warm.setOnFinished(e -> {
            mark[0] = System.nanoTime();
            mark[1] = window.framesShown();
        });
        PauseTransition end = new PauseTransition(Duration.seconds(launch.exitAfter()));
        end.setOnFinished(e -> {
            double seconds = (System.nanoTime() - mark[0]) * 1e-9;
            long frames = window.framesShown() - mark[1];
            var shown = window.shown();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("fps", frames / seconds);
            json.put("frames", frames);
            json.put("seconds", seconds);
            json.put("particles", launch.session().particles());
            json.put("step", shown == null ? 0 : shown.step());
            json.put("stepsPerSecond", shown == null ? 0 : shown.stepsPerSecond());
            json.put("longestPulseMillis", window.longestPulseMillis());
            System.out.println(Json.write(json));
            System.out.flush();
            window.close();
            Platform.exit();
        });
        warm.play();
        end.play();
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        OpenCommand.Launch launch = OpenCommand.pending;
        MainWindow window = new MainWindow(launch == null ? Defaults.session() : launch.session());
        stage.setTitle("Basinscope");
        stage.setScene(new Scene(window.root(), 1600, 1000));
        stage.setOnCloseRequest(e -> window.close());
        stage.show();
        window.start();
        if (launch == null) {
            return;
        }
        if (launch.lesson() != null) {
            window.startLesson(launch.lesson());
        }
        if (launch.running()) {
            window.controls().runButton().setSelected(true);
        }
        if (launch.exitAfter() != null) {
            reportFrameRateAndExit(window, launch);
        }
    }
}
