package org.basinscope.app.window;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * Work too heavy for one pulse, split into stages that run one per pulse, in order (FX thread). With
 * software rendering, restyling or inserting the whole window at once makes a single pulse do its CSS,
 * layout and painting — longer than the 100 ms the window may freeze; region by region it does not.
 * {@link #restart} runs the stages again from the first (a stage should apply the current state, so an
 * interrupted sequence still ends consistent).
 */
final class Staged extends AnimationTimer {
    private final Supplier<List<Runnable>> plan;
    private List<Runnable> stages = List.of();
    private int next;
    private boolean active;

    /** Stages made afresh at every {@link #restart} (their number may depend on what is shown then). */
    Staged(Supplier<List<Runnable>> plan) {
        this.plan = plan;
    }

    Staged(Runnable... stages) {
        this(() -> List.of(stages));
    }

    /** Runs the stages from the first, starting with the next pulse. */
    void restart() {
        stages = plan.get();
        next = 0;
        active = true;
        start();
    }

    /** True from {@link #restart} until the last stage has run. */
    boolean active() {
        return active;
    }

    /** Runs the remaining stages now (nothing on screen yet to spread them over). */
    void finishNow() {
        stop();
        while (next < stages.size()) {
            stages.get(next++).run();
        }
        active = false;
    }

    @Override
    public void handle(long now) {
        if (next < stages.size()) {
            stages.get(next++).run();
        }
        if (next >= stages.size()) {
            stop();
            active = false;
        }
    }
}
