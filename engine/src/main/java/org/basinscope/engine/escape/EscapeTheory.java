package org.basinscope.engine.escape;

import java.util.function.ToDoubleFunction;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * The escape theory of a dynamics ({@code Dynamics.escapeTheory()}): what the mean first-passage time from a
 * well to a target should be for the dynamics actually run — overdamped Kramers (and the exact integral) for
 * the overdamped samplers, Eyring–Kramers on 2-D landscapes, Kramers–Grote–Hynes for underdamped Langevin
 * with friction — or none, with the reason, never a number that belongs to another dynamics.
 */
@FunctionalInterface
public interface EscapeTheory {

    /**
     * @param reflecting 1-D: a reflecting wall behind the start for the exact integral, or NaN (automatic)
     */
    EscapePrediction predict(Landscape f, Params p, double[] from, double[] to, double reflecting);

    /** The prediction on a d-dimensional landscape; none unless the theory says otherwise (overdamped: Eyring–Kramers). */
    default EscapePrediction predictInDimensions(VectorLandscape f, Params p, double[] from, double[] to) {
        return EscapePrediction.none("no escape theory in d dimensions for this dynamics");
    }

    /** No prediction, and why. */
    static EscapeTheory none(String why) {
        return (f, p, from, to, reflecting) -> EscapePrediction.none(why);
    }

    /**
     * Overdamped Langevin dθ = −∇f dt + √(2T) dW at the temperature {@code temperature} gives (T_eff for a
     * dynamics whose small-η SDE this is), with a note on why it applies (or null).
     */
    static EscapeTheory overdamped(ToDoubleFunction<Params> temperature, String note) {
        return new EscapeTheory() {
            @Override
            public EscapePrediction predict(Landscape f, Params p, double[] from, double[] to, double reflecting) {
                double t = temperature.applyAsDouble(p);
                if (!(t > 0)) {
                    return EscapePrediction.none("no escape by noise at T_eff = 0");
                }
                return noted(f.dimension() == 1 ? Kramers.overdamped(f, t, from[0], to[0], reflecting)
                        : EyringKramers.predict(f, t, from, to));
            }

            @Override
            public EscapePrediction predictInDimensions(VectorLandscape f, Params p, double[] from, double[] to) {
                double t = temperature.applyAsDouble(p);
                if (!(t > 0)) {
                    return EscapePrediction.none("no escape by noise at T_eff = 0");
                }
                return noted(EyringKramersInDimensions.predict(f, t, from, to));
            }

            private EscapePrediction noted(EscapePrediction e) {
                return note == null ? e : new EscapePrediction(e.theory(), e.rate(), e.exact(), e.lowFriction(),
                        e.minimum(), e.barrier(), e.barrierHeight(), e.note() == null ? note : e.note() + "; " + note);
            }
        };
    }

    /** Underdamped Langevin with friction γ and temperature T (unit mass): Kramers–Grote–Hynes in 1-D. */
    static EscapeTheory underdamped() {
        return (f, p, from, to, reflecting) -> f.dimension() == 1
                ? Kramers.underdamped(f, p.temperature(), p.friction(), from[0], to[0], reflecting)
                : EscapePrediction.none("Kramers–Grote–Hynes is computed for 1-D landscapes");
    }
}
