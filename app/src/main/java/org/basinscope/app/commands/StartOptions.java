package org.basinscope.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.session.SetupText;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * Where a windowed command's run starts ({@code render}, {@code record}): a lesson, a session file, a set-up text,
 * or the run options alone; options typed as well override the start's values.
 */
public final class StartOptions {
    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a lesson/preset (see the app's list); "
            + "one that names its step count runs that many steps unless --steps is given.")
    String preset;

    @Option(names = "--session", paramLabel = "FILE.json", description = "Start from a saved session; without "
            + "--steps it runs the session's step count, reproducing its run.")
    Path session;

    @Option(names = "--setup", paramLabel = "TEXT", description = "Start from a set-up text (basinscope:…, from the "
            + "app's File > Copy set-up); like --session.")
    String setup;

    /** The run to start from, and the lesson it came from (or null). */
    public record Start(Session session, String lesson) {
    }

    /** Validated: a bad start is a one-line error before any window opens; a planar run only. */
    public Start resolve(RunOptions run, ScheduleOption schedule, ParseResult parsed) throws IOException {
        Start begin = resolveAnyDimension(run, schedule, parsed);
        begin.session().toRunConfig();
        return begin;
    }

    /** As {@link #resolve}, also for a run of more than two dimensions (the window's d-dimensional view). */
    public Start resolveAnyDimension(RunOptions run, ScheduleOption schedule, ParseResult parsed) throws IOException {
        if ((preset != null ? 1 : 0) + (session != null ? 1 : 0) + (setup != null ? 1 : 0) > 1) {
            throw new InvalidInputException("give one of --preset, --session and --setup, not several");
        }
        Session s;
        String lesson = null;
        if (preset != null) {
            Lesson l = Lessons.load(preset);
            lesson = l.id();
            // A lesson that names its step count (a d-dimensional lesson's "after 4000 steps") runs that many, as
            // simulate --preset does; --steps overrides it, and lessons without one run --steps' default.
            Session base = l.settings().steps() > 0 ? l.settings() : l.settings().withSteps(run.steps());
            s = run.over(base, parsed::hasMatchedOption);
        } else if (session != null) {
            s = run.over(SessionFiles.read(session), parsed::hasMatchedOption);
        } else if (setup != null) {
            s = run.over(SetupText.decode(setup), parsed::hasMatchedOption);
        } else {
            s = run.session();
        }
        s = schedule.over(s);
        if (s.planar()) {
            s.toRunConfig();
        } else {
            s.toDimensionalConfig();
        }
        s.params();
        return new Start(s, lesson);
    }
}
