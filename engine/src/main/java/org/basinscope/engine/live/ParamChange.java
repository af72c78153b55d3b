package org.basinscope.engine.live;

import org.basinscope.engine.dynamics.Params;

/**
 * The sliders' values from a step on: one entry of a run's parameter history, so that a run whose sliders
 * moved while it ran replays bit for bit (a session stores the history; see {@code LiveSimulation.replay}).
 *
 * @param step the number of steps taken before these values were first used
 */
public record ParamChange(long step, double eta, int batch, double temperature, double friction, double momentum) {

    public static ParamChange of(long step, Params p) {
        return new ParamChange(step, p.eta(), p.batch(), p.temperature(), p.friction(), p.momentum());
    }

    /** The values, validated. */
    public Params params() {
        return new Params(eta, batch, temperature, friction, momentum);
    }
}
