package org.basinscope.app;

import java.util.concurrent.Callable;
import javafx.application.Application;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.live.RunConfig;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code basinscope open}: opens the app with the given settings instead of the defaults (for
 * scripted demonstrations). With {@code --exit-after S} it closes itself after S seconds and prints
 * the frame rate it achieved as JSON: {@code {"fps", "frames", "seconds", "step", "stepsPerSecond",
 * "longestPulseMillis"}}.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the app with these settings (--steps is ignored). Needs a display.")
public final class OpenCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Option(names = "--run", description = "Start running at once.")
    boolean running;

    @Option(names = "--steps-per-frame", defaultValue = "10", description = "Simulation speed (default ${DEFAULT-VALUE}).")
    int stepsPerFrame;

    @Option(names = "--exit-after", paramLabel = "SECONDS",
            description = "Close after this many seconds and print the measured frame rate as JSON.")
    Double exitAfter;

    /** Read by {@link BasinscopeApp} when the toolkit starts it. */
    static volatile Launch pending;

    /** What to open with. */
    record Launch(RunConfig config, org.basinscope.engine.dynamics.Params params, boolean running, int stepsPerFrame,
            Double exitAfter) {
    }

    @Override
    public Integer call() {
        if (!Desktop.available()) {
            throw new InvalidInputException("no display to open the app on (DISPLAY is not set); use xvfb-run or "
                    + "'basinscope render'");
        }
        if (stepsPerFrame < 1 || stepsPerFrame > 100_000) {
            throw new InvalidInputException("--steps-per-frame " + stepsPerFrame + " is outside [1, 100000]");
        }
        if (exitAfter != null && !(exitAfter > 0 && exitAfter <= 86_400)) {
            throw new InvalidInputException("--exit-after " + exitAfter + " is outside (0, 86400]");
        }
        Landscape f = run.landscape();
        DynamicsCatalog.Configured d = run.dynamics();
        RunConfig config = new RunConfig(run.landscapeLabel(), f, run.dynamicsSpec(), d.dynamics(), run.particles(),
                run.seed(), run.start(f));
        pending = new Launch(config, d.params(), running, stepsPerFrame, exitAfter);
        Application.launch(BasinscopeApp.class);
        return 0;
    }
}
