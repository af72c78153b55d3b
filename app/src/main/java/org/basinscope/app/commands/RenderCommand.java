package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.basinscope.engine.cli.Json;
import org.basinscope.app.tabs.PlotTabs;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.session.Lessons;
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
 * {@code basinscope render}: lays out the real main window off screen (Monocle headless, no display
 * needed), runs K steps, and writes a PNG of the whole window. The run comes from the options, a
 * preset (lesson) or a session file; options typed on the command line override the preset's or
 * session's values.
 */
@Command(name = "render", mixinStandardHelpOptions = true, resourceBundle = "org.basinscope.app.commands.RenderHelp",
        description = "Run K steps in the real main window off screen and write a PNG of it; prints JSON "
                + "{file, width, height, steps}.")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Mixin
    ScheduleOption schedule;

    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a lesson/preset (see the app's list).")
    String preset;

    @Option(names = "--session", paramLabel = "FILE.json", description = "Start from a saved session; without "
            + "--steps it runs the session's step count, reproducing its run.")
    Path session;

    @Option(names = "--setup", paramLabel = "TEXT", description = "Start from a set-up text (basinscope:…, from the "
            + "app's File > Copy set-up); like --session.")
    String setup;

    @Option(names = "--presentation", description = "Draw in presentation mode (large fonts, thick lines).")
    boolean presentation;

    @Option(names = "--plots", paramLabel = "TAB", description = "Plot tab to show: ${bundle:tabs} (default: the "
            + "session's or lesson's, else the first).")
    String plots;

    @Option(names = "--overlay", defaultValue = "none", description = "Over the landscape: none, basins or ftle (default ${DEFAULT-VALUE}).")
    String overlay;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "Window width in pixels (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "1000", description = "Window height in pixels (default ${DEFAULT-VALUE}).")
    int height;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (width < 400 || width > 8000 || height < 300 || height > 8000) {
            throw new InvalidInputException("--width/--height " + width + "×" + height
                    + " outside the allowed range [400, 8000] × [300, 8000]");
        }
        if (plots != null && !PlotTabs.ids().contains(plots)) {
            throw new InvalidInputException("--plots '" + plots + "' is not valid; valid: " + String.join(", ",
                    PlotTabs.ids()));
        }
        if (!Set.of("none", "basins", "ftle").contains(overlay)) {
            throw new InvalidInputException("--overlay '" + overlay + "' is not valid; valid: none, basins, ftle");
        }
        if ((preset != null ? 1 : 0) + (session != null ? 1 : 0) + (setup != null ? 1 : 0) > 1) {
            throw new InvalidInputException("give one of --preset, --session and --setup, not several");
        }
        var parsed = spec.commandLine().getParseResult();
        Session s;
        String lesson = null;
        if (preset != null) {
            var l = Lessons.load(preset);
            lesson = l.id();
            s = run.over(l.settings().withSteps(run.steps()), parsed::hasMatchedOption);
        } else if (session != null) {
            s = run.over(SessionFiles.read(session), parsed::hasMatchedOption);
        } else if (setup != null) {
            s = run.over(SetupText.decode(setup), parsed::hasMatchedOption);
        } else {
            s = run.session();
        }
        s = schedule.over(s);
        // Validate everything before the toolkit starts, so bad input is a one-line error (exit 2).
        s.toRunConfig();
        s.params();
        if (s.steps() > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + s.steps() + " is too many for render");
        }
        Path file = out.toAbsolutePath();
        String tab = plots != null ? plots : s.view().getOrDefault("plots", PlotTabs.ids().get(0));
        WindowRenderer.render(s, lesson, presentation, tab, overlay, width, height, file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("width", width);
        json.put("height", height);
        json.put("steps", s.steps());
        if (lesson != null) {
            json.put("preset", lesson);
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
