package org.basinscope.app.window;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.basinscope.app.compare.CompareView;
import org.basinscope.app.diagnostics.FrameCounter;
import org.basinscope.app.diagnostics.LatencyStats;
import org.basinscope.app.diagnostics.WindowPressure;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.engine.live.LiveSimulation;
import org.basinscope.engine.live.Snapshot;

/**
 * The window's frame loop on the FX thread: each pulse it takes the simulation's newest snapshot (never
 * waiting for it) and hands it to the views that are in the scene — the landscape, the readouts, the shown
 * tab's plots — or to the A/B view; then lets every tab and the overlay keep their analyses in step.
 */
final class FrameLoop extends AnimationTimer {
    private final Parts parts;
    private final FrameCounter frames = new FrameCounter();
    private final LatencyStats latency = new LatencyStats();
    /** A staged restyle or insertion is under way: its pulses do that alone. */
    private final BooleanSupplier staging;
    private CompareView compare;
    private volatile Snapshot shown;
    /**
     * The views must be drawn again even if the snapshot is the one shown (a tab's plots came into the
     * scene, the single view came back from A/B). Not done by forgetting {@link #shown}: a session saved
     * in between would lose its step count.
     */
    private boolean redraw;
    /** While positive, the views keep their frame (see {@link #frozen}). */
    private int frozen;
    private long longestPulseNanos;
    private long latencyVersion;
    private long framesShown;

    FrameLoop(Parts parts, BooleanSupplier staging) {
        this.parts = parts;
        this.staging = staging;
    }

    /** The A/B view while it is shown (it then gets the frames), or null. */
    void compareWith(CompareView view) {
        compare = view;
    }

    /** Draw the views again at the next pulse, even if the snapshot is the one shown. */
    void redraw() {
        redraw = true;
    }

    @Override
    public void handle(long now) {
        long t0 = System.nanoTime();
        WindowPressure.pulse();
        if (staging.getAsBoolean()) {
            // Its pulses do that alone, so that each pulse and its painting stay short (the new frame
            // follows a few pulses later).
            return;
        }
        Snapshot s = frozen > 0 ? shown : parts.simulation().latest();
        if (s != null && (s != shown || redraw) && compare != null) {
            // The A/B view shows this run as A; the single view is out of the scene and is redrawn when it
            // returns (drawing it now would be work nobody sees, and canvases out of a scene keep it).
            parts.controls().showSchedule(s);
            shown = s;
        } else if (s != null && (s != shown || redraw)) {
            draw(s, now);
        }
        if (compare != null) {
            compare.pulse(s);
        }
        parts.tabs().pulse(shown);
        parts.overlay().pulse(shown);
        longestPulseNanos = Math.max(longestPulseNanos, System.nanoTime() - t0);
    }

    private void draw(Snapshot s, long now) {
        boolean all = true;
        for (LivePlot p : parts.tabs().shownPlots()) {
            all &= p.show(s);
        }
        parts.landscape().show(s);
        parts.controls().showSchedule(s);
        frames.frame(now);
        // Numbers are read, not watched: about 10 updates a second is easier on the eye and on layout.
        if (framesShown % 6 == 0 || !s.running()) {
            parts.readouts().show(s, frames.perSecond(now));
        }
        parts.notices().showBanner(s.message());
        if (all) {
            shown = s;
            redraw = false;
        }
        framesShown++;
        // Slider-to-screen latency: from setParams to the first frame drawn with those parameters.
        LiveSimulation simulation = parts.simulation();
        if (s.paramsVersion() > latencyVersion && s.paramsVersion() == simulation.paramsVersion()) {
            latencyVersion = s.paramsVersion();
            latency.add(System.nanoTime() - simulation.paramsChangedNanos());
        }
    }

    /**
     * Keeps the views still until {@code capture} completes (pictures taken over several pulses must
     * all show the same frame); the simulation itself runs on.
     */
    <T> CompletableFuture<T> frozen(CompletableFuture<T> capture) {
        frozen++;
        return capture.whenComplete((x, e) -> Platform.runLater(() -> frozen--));
    }

    /** The snapshot the views show now (read on any thread). */
    Snapshot shown() {
        return shown;
    }

    long framesShown() {
        return framesShown;
    }

    LatencyStats latency() {
        return latency;
    }

    double longestPulseMillis() {
        return longestPulseNanos / 1e6;
    }

    /** Starts new measurements of pulse time and latency (after warm-up). */
    void resetMeasurements() {
        longestPulseNanos = 0;
        latency.clear();
    }
}
