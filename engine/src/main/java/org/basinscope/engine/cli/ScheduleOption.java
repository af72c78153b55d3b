package org.basinscope.engine.cli;

import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.session.Session;
import picocli.CommandLine.Option;

/** The {@code --schedule} option of the commands that run a session over time (simulate, open, render). */
public final class ScheduleOption {
    @Option(names = "--schedule", paramLabel = "KIND[:k=v,...]",
            description = "Schedule of η or T from the given value: constant, step (every, gamma), cosine | cyclical | "
                    + "linear (period, floor); target=eta (default) or temperature.")
    String schedule;

    /** The schedule given, or constant. */
    public Schedule schedule() {
        return schedule == null ? Schedule.CONSTANT : Schedule.parse(schedule);
    }

    /** {@code base} with the schedule given on the command line, if one was. */
    public Session over(Session base) {
        return schedule == null ? base : base.withSchedule(schedule().spec());
    }
}
