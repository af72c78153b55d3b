package org.basinscope.app;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import org.basinscope.app.commands.OpenCommand;
import org.basinscope.app.diagnostics.ErrorReporter;
import org.basinscope.app.diagnostics.FxWatchdog;
import org.basinscope.app.startup.WindowSize;
import org.basinscope.app.autosave.AutosaveFolder;
import org.basinscope.app.autosave.Autosaver;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.cli.Json;
import org.basinscope.engine.dynamics.Param;

/** The desktop application: one main window, with the defaults or the settings {@code open} was given. */
public final class BasinscopeApp extends Application {

    /**
     * After {@code exitAfter} seconds prints the frame rate and closes. Everything is measured over the
     * second half of the run only, so JIT compilation and first layouts do not count: frames per second,
     * the longest pulse spent in our code, the FX thread's worst answer time, the slider-to-screen
     * latency (with --probe-latency) and the heap after GC at the start and end of that half.
     */
    private static void reportFrameRateAndExit(MainWindow window, OpenCommand.Launch launch) {
        double half = launch.warmup() != null ? launch.warmup() : launch.exitAfter() / 2;
        long[] mark = new long[3];
        FxWatchdog watchdog = new FxWatchdog();
        // While measuring, nudge η every half second like a hand on the slider, to time slider-to-screen.
        var d = window.dimensional();
        Timeline nudges = new Timeline(new KeyFrame(
                Duration.millis(500), e -> {
                    var eta = d != null ? d.slider(Param.ETA) : window.controls().parameter(Param.ETA);
                    long shownSoFar = d != null ? d.framesShown() : window.framesShown();
                    eta.setValue(eta.value() * (shownSoFar % 2 == 0 ? 1.01 : 1 / 1.01));
                }));
        nudges.setCycleCount(Animation.INDEFINITE);
        PauseTransition warm = new PauseTransition(Duration.seconds(half));
        warm.setOnFinished(e -> {
            mark[2] = heapAfterGc();
            mark[0] = System.nanoTime();
            mark[1] = d != null ? d.framesShown() : window.framesShown();
            window.resetMeasurements();
            if (d != null) {
                d.resetMeasurements();
            }
            watchdog.reset();
            if (launch.probeLatency()) {
                nudges.play();
            }
        });
        PauseTransition end = new PauseTransition(Duration.seconds(launch.exitAfter()));
        end.setOnFinished(e -> {
            nudges.stop();
            double seconds = (System.nanoTime() - mark[0]) * 1e-9;
            long frames = (d != null ? d.framesShown() : window.framesShown()) - mark[1];
            var shown = window.shown();
            var latency = d != null ? d.latency() : window.latency();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("fps", frames / seconds);
            json.put("frames", frames);
            json.put("seconds", seconds);
            json.put("particles", launch.session().particles());
            if (d != null) {
                var last = d.simulation().latest();
                json.put("dimension", last.dimension());
                json.put("step", last.step());
                json.put("stepsPerSecond", last.stepsPerSecond());
                json.put("longestPulseMillis", d.longestPulseMillis());
            } else {
                json.put("step", shown == null ? 0 : shown.step());
                json.put("stepsPerSecond", shown == null ? 0 : shown.stepsPerSecond());
                json.put("longestPulseMillis", window.longestPulseMillis());
            }
            json.put("fxWorstAnswerMillis", watchdog.worstMillis());
            json.put("fxLateOver100ms", watchdog.lateCount());
            if (System.getenv("BASINSCOPE_DEBUG") != null) {
                // What the FX thread was doing when found late (diagnosis of stalls).
                watchdog.lateStacks().forEach(stack -> System.err.println("FX thread while late:\n" + stack));
            }
            if (launch.probeLatency()) {
                json.put("sliderLatencyCount", latency.count());
                json.put("sliderLatencyMeanMillis", latency.meanMillis());
                json.put("sliderLatencyMaxMillis", latency.maxMillis());
            }
            json.put("heapAfterGcStartMB", mark[2] >> 20);
            json.put("heapAfterGcEndMB", heapAfterGc() >> 20);
            System.out.println(Json.write(json));
            System.out.flush();
            watchdog.close();
            window.close();
            Platform.exit();
        });
        warm.play();
        end.play();
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        OpenCommand.Launch launch = OpenCommand.pending();
        // A restored set-up replays its steps once, in restore() below, not also here.
        boolean dimensional = launch != null && launch.restore() == null && !launch.session().planar();
        // A d-dimensional run opens in the window's d-dimensional view, over the default planar run.
        MainWindow window = new MainWindow(launch == null || dimensional ? Defaults.session()
                : launch.restore() != null ? launch.session().withSteps(0) : launch.session());
        stage.setTitle("Basinscope");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        WindowSize size = WindowSize.fit(screen.getWidth(), screen.getHeight());
        stage.setScene(new Scene(window.root(), size.width(), size.height()));
        stage.setMinWidth(WindowSize.MIN_WIDTH);
        stage.setMinHeight(WindowSize.MIN_HEIGHT);
        AutosaveFolder autosaves = new AutosaveFolder(UserFolder.path());
        // Looked at before this run writes its first autosave, which would replace the one a crash left.
        AutosaveFolder.Found found = autosaves.atStart();
        Autosaver autosaver = new Autosaver(autosaves.current(), window::autosave, t -> window.showNotice(t, true));
        stage.setOnCloseRequest(e -> {
            autosaver.close();
            window.close();
        });
        stage.show();
        window.start();
        if (launch != null && launch.restore() != null) {
            window.restore(launch.restore());
            autosaves.answered();
        } else if (found instanceof AutosaveFolder.Offer offer) {
            window.offerRestore(offer.autosave(), autosaves::answered);
        } else if (found instanceof AutosaveFolder.Damaged damaged) {
            window.showNotice("The last autosave was damaged (" + damaged.problem() + ")"
                    + (damaged.setAside() == null ? "." : " and was set aside as " + damaged.setAside() + "."), true);
        } else if (UserFolder.firstStart() && (launch == null || launch.lesson() == null)) {
            window.showWelcome();
        }
        if (launch == null || launch.exitAfter() == null) {
            // A scripted measurement (open --exit-after) is no set-up to keep.
            autosaver.start();
        }
        if (launch == null) {
            return;
        }
        if (dimensional) {
            window.openDimensional(launch.session(), launch.lesson());
        } else if (launch.lesson() != null) {
            window.startLesson(launch.lesson());
        }
        if (launch.running()) {
            (window.dimensional() != null ? window.dimensional().runButton() : window.controls().runButton())
                    .setSelected(true);
        }
        if (launch.exitAfter() != null) {
            reportFrameRateAndExit(window, launch);
        }
    }
}
