package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * {@code basinscope record}: an animated GIF of the off-screen window or one of its views, for slides. MP4 is not
 * offered: the one pure-Java H.264 encoder that resolves here, JCodec, was last released (0.2.5) in June 2019, and the
 * JDK's GIF writer needs nothing more.
 */
@Command(name = "record", mixinStandardHelpOptions = true, resourceBundle = "org.basinscope.app.commands.RenderHelp",
        description = "Record the window (or one view) off screen as an animated GIF: a frame, --every steps, the "
                + "next frame, ...; prints JSON {file, frames, fps, view, width, height, lastStep}.")
public final class RecordCommand implements Callable<Integer> {
    static final int MAX_FRAMES = 2000;

    @Mixin
    RunOptions run;

    @Mixin
    ScheduleOption schedule;

    @Mixin
    StartOptions start;

    @Mixin
    WindowOptions window;

    @Option(names = "--frames", defaultValue = "60", description = "Frames to record (default ${DEFAULT-VALUE}, at "
            + "most " + MAX_FRAMES + ").")
    int frames;

    @Option(names = "--fps", defaultValue = "15", description = "Frames per second of the GIF (default "
            + "${DEFAULT-VALUE}; 1 to 50).")
    double fps;

    @Option(names = "--every", paramLabel = "K", description = "Steps between frames (default: the run's steps per "
            + "frame).")
    Long every;

    @Option(names = "--view", defaultValue = "landscape", description = "window, or a view's export name: landscape, "
            + "loss, histogram, ... (default ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--out", paramLabel = "FILE.gif", required = true, description = "GIF file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    /** What the command asks for, checked before the toolkit starts: bad input is a one-line error (exit 2). */
    record Plan(StartOptions.Start begin, long every, Path file) {
    }

    /** The options, validated into a plan (no window, nothing written). */
    Plan plan() throws java.io.IOException {
        window.validate();
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new InvalidInputException("--frames " + frames + " is outside [1, " + MAX_FRAMES + "]");
        }
        if (!(fps >= 1 && fps <= 50)) {
            throw new InvalidInputException("--fps " + fps + " is outside [1, 50]");
        }
        String name = OutputFile.name(out).toLowerCase(Locale.ROOT);
        if (name.endsWith(".mp4")) {
            throw new InvalidInputException("MP4 is not offered (no maintained pure-Java encoder here); write a .gif");
        }
        if (!name.endsWith(".gif")) {
            throw new InvalidInputException("--out " + out + ": the file must end in .gif");
        }
        StartOptions.Start begin = start.resolve(run, schedule, spec.commandLine().getParseResult());
        Session s = begin.session();
        long k = every != null ? every : s.stepsPerFrame();
        if (k < 1 || k > 10_000_000) {
            throw new InvalidInputException("--every " + k + " is outside [1, 10000000]");
        }
        if (s.steps() + k * (frames - 1) > Integer.MAX_VALUE) {
            throw new InvalidInputException("the recording would run past step " + Integer.MAX_VALUE);
        }
        return new Plan(begin, k, out.toAbsolutePath());
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        StartOptions.Start begin = plan.begin();
        Session s = begin.session();
        long k = plan.every();
        Path file = plan.file();
        var r = AnimationRecorder.record(s, begin.lesson(), window, view, frames, k, fps, file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", r.file().toString());
        json.put("frames", r.frames());
        json.put("fps", r.fps());
        json.put("view", view);
        json.put("width", r.width());
        json.put("height", r.height());
        json.put("lastStep", r.lastStep());
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
