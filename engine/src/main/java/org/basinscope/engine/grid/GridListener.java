package org.basinscope.engine.grid;

/**
 * Hears a grid sweep's points as they finish, for a progress bar or a picture that fills in. Calls come
 * one at a time (the sweep holds a lock), from whatever thread finished the point; they should be quick.
 */
public interface GridListener {
    GridListener NONE = (r, done, points) -> {
    };

    /** Before the first run: {@code alreadyDone} of {@code points} were read back from a resumed file. */
    default void started(int points, int alreadyDone) {
    }

    /** Point {@code r.point()} is finished; {@code done} of {@code points} are (resumed ones included). */
    void pointDone(PointResult r, int done, int points);
}
