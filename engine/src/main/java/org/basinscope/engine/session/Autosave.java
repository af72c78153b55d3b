package org.basinscope.engine.session;

import java.time.Instant;
import java.util.Objects;

/**
 * What the window was showing, saved every 30 s while something changed and on a clean exit, so that a
 * set-up survives a frozen or killed app: run A as a session (with its parameter history), run B when A/B was
 * open, the open lesson and how many of its steps had been taken, and presentation mode.
 *
 * @param savedAt      when it was written
 * @param clean        written by a clean exit (false: the app ended without one, and the next start offers it)
 * @param a            the run on screen (run A in A/B)
 * @param b            run B while A/B was open, else null
 * @param lesson       the open lesson's id, or null
 * @param lessonStep   steps of that lesson taken (0 … its number of steps)
 * @param presentation presentation mode was on
 */
public record Autosave(Instant savedAt, boolean clean, Session a, Session b, String lesson, int lessonStep,
        boolean presentation) {
    /** The format's version, written as the document's {@code autosave} field. */
    public static final int VERSION = 1;
    /** The most lesson steps a set-up may say were taken (lessons have a handful). */
    public static final int MAX_LESSON_STEP = 1_000;

    public Autosave {
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(a, "a");
        if (lesson == null && lessonStep != 0) {
            throw new IllegalArgumentException("a lesson step without a lesson");
        }
    }

    /** The same set-up, marked as written by a clean exit (or not). */
    public Autosave withClean(boolean value) {
        return new Autosave(savedAt, value, a, b, lesson, lessonStep, presentation);
    }

    /** The same set-up at another time. */
    public Autosave at(Instant time) {
        return new Autosave(time, clean, a, b, lesson, lessonStep, presentation);
    }

    /** Whether two autosaves hold the same set-up (the time and the clean mark aside): nothing changed. */
    public boolean sameSetup(Autosave other) {
        return other != null && Objects.equals(lesson, other.lesson) && lessonStep == other.lessonStep
                && presentation == other.presentation && SessionFiles.toJson(a).equals(SessionFiles.toJson(other.a))
                && Objects.equals(b == null ? null : SessionFiles.toJson(b),
                        other.b == null ? null : SessionFiles.toJson(other.b));
    }
}
