package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.engine.cli.Json;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.session.Session;
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

    @Mixin
    StartOptions start;

    @Mixin
    WindowOptions window;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        window.validate();
        var parsed = spec.commandLine().getParseResult();
        // Validated before the toolkit starts, so bad input is a one-line error (exit 2).
        StartOptions.Start begin = start.resolve(run, schedule, parsed);
        Session s = begin.session();
        String lesson = begin.lesson();
        if (s.steps() > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + s.steps() + " is too many for render");
        }
        Path file = out.toAbsolutePath();
        WindowRenderer.render(s, lesson, window.presentation, window.tab(s), window.overlay, window.width,
                window.height, file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("width", window.width);
        json.put("height", window.height);
        json.put("steps", s.steps());
        if (lesson != null) {
            json.put("preset", lesson);
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
