package org.basinscope.app.commands;

import java.io.IOException;
import java.util.concurrent.Callable;
import javafx.application.Application;
import java.nio.file.Path;
import org.basinscope.app.BasinscopeApp;
import org.basinscope.app.Desktop;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.app.UserFolder;
import org.basinscope.app.autosave.AutosaveFolder;
import org.basinscope.engine.session.Autosave;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.session.SetupText;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope open}: opens the app with the given settings instead of the defaults (for
 * scripted demonstrations). With {@code --exit-after S} it closes itself after S seconds and prints
 * the frame rate it achieved as JSON: {@code {"fps", "frames", "seconds", "step", "stepsPerSecond",
 * "longestPulseMillis"}}.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the app with these settings, a preset or a session (--steps: steps to take before "
                + "showing). Needs a display.")
public final class OpenCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Mixin
    ScheduleOption schedule;

    @Option(names = "--run", description = "Start running at once.")
    boolean running;

    @Option(names = "--steps-per-frame", defaultValue = "10", description = "Simulation speed (default ${DEFAULT-VALUE}).")
    int stepsPerFrame;

    @Option(names = "--preset", paramLabel = "NAME", description = "Open a lesson/preset.")
    String preset;

    @Option(names = "--session", paramLabel = "FILE.json", description = "Open a saved session (replays its steps).")
    Path session;

    @Option(names = "--setup", paramLabel = "TEXT", description = "Open a set-up text (basinscope:…, from File > "
            + "Copy set-up); like --session.")
    String setup;

    @Option(names = "--restore", description = "Open the set-up of the last autosave (the one a run left without a "
            + "clean exit, if there is one), without asking.")
    boolean restore;

    @Spec
    CommandSpec spec;

    @Option(names = "--exit-after", paramLabel = "SECONDS",
            description = "Close after this many seconds and print the measured frame rate as JSON.")
    Double exitAfter;

    @Option(names = "--probe-latency", description = "With --exit-after: nudge η twice a second and report the "
            + "slider-to-screen latency.")
    boolean probeLatency;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "With --exit-after: start measuring after "
            + "this many seconds (default: half of --exit-after).")
    Double warmup;

    /** Read by {@link BasinscopeApp} when the toolkit starts it. */
    private static volatile Launch pending;

    /** The settings {@code open} was given, or null when the app was started without them. */
    public static Launch pending() {
        return pending;
    }

    /** What to open with. */
    public record Launch(Session session, Lesson lesson, boolean running, Double exitAfter, boolean probeLatency,
            Double warmup, Autosave restore) {
    }

    @Override
    public Integer call() throws IOException {
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
        if ((preset != null ? 1 : 0) + (session != null ? 1 : 0) + (setup != null ? 1 : 0) + (restore ? 1 : 0) > 1) {
            throw new InvalidInputException("give one of --preset, --session, --setup and --restore, not several");
        }
        Autosave restored = restore ? new AutosaveFolder(UserFolder.path()).latest() : null;
        var parsed = spec.commandLine().getParseResult();
        Lesson lesson = preset == null ? null : Lessons.load(preset);
        Session base = restored != null ? restored.a()
                : lesson != null ? lesson.settings()
                : session != null ? SessionFiles.read(session)
                : setup != null ? SetupText.decode(setup) : run.session().withSteps(0);
        Session s = run.over(base, parsed::hasMatchedOption);
        boolean saved = session != null || setup != null || restored != null;
        if (!parsed.hasMatchedOption("--steps") && !saved) {
            s = s.withSteps(0);
        }
        s = new Session(s.version(), s.landscape(), s.dynamics(), s.eta(), s.batch(), s.temperature(), s.friction(),
                s.momentum(), s.particles(), s.seed(), s.start(), s.steps(),
                parsed.hasMatchedOption("--steps-per-frame") || lesson == null && !saved ? stepsPerFrame
                        : s.stepsPerFrame(), s.view(), s.spread(), s.schedule(), s.gradient(), s.history());
        s = schedule.over(s);
        if (s.planar()) {
            s.toRunConfig();
        } else {
            s.toDimensionalConfig();
        }
        if (warmup != null && (exitAfter == null || !(warmup >= 0 && warmup < exitAfter))) {
            throw new InvalidInputException("--warmup needs --exit-after and must be in [0, exit-after)");
        }
        pending = new Launch(s, lesson, running, exitAfter, probeLatency, warmup, restored);
        Application.launch(BasinscopeApp.class);
        return 0;
    }
}
