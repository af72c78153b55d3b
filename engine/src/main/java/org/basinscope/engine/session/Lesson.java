package org.basinscope.engine.session;

import java.util.List;
import java.util.Map;

/**
 * A preset for teaching: a title, a short text with its key formula, the settings to start from
 * (a {@link Session}), the sliders that matter (presentation mode shows only these), and optional
 * steps the presenter advances through ("now raise η to 0.5"), each changing a few settings.
 *
 * @param id       file name without extension; what {@code render --preset} takes
 * @param title    shown as the heading
 * @param text     a few sentences
 * @param formula  the key formula, in plain Unicode (e.g. {@code π(θ) ∝ exp(−f(θ)/T)})
 * @param source   where it comes from (e.g. "seed 001, worked example 1")
 * @param settings the run to start from
 * @param sliders  parameter names shown in presentation mode: eta, batch, temperature, friction, momentum
 * @param steps    the presenter's steps, in order
 * @param grid     the phase diagram the Sweeps tab is set up for, or null (most lessons have none)
 */
public record Lesson(String id, String title, String text, String formula, String source, Session settings,
        List<String> sliders, List<Step> steps, LessonGrid grid) {

    public Lesson {
        sliders = sliders == null ? List.of() : List.copyOf(sliders);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The command that runs this lesson headless, which a d-dimensional lesson names where the window cannot. */
    public String command() {
        return "basinscope simulate --preset " + id + " --trace 10";
    }

    /**
     * One presenter step: a sentence and the settings it changes. Keys: eta, batch, temperature,
     * friction, momentum (numbers), and landscape, dynamics, gradient, schedule (specs) which restart the run; "reset"
     * (any value) restarts with the same seed.
     */
    public record Step(String text, Map<String, String> set) {
        public Step {
            set = set == null ? Map.of() : Map.copyOf(set);
        }
    }
}
