package org.basinscope.engine.live.probe;

/**
 * The dynamics' accept/reject rates since the last restart ({@code Dynamics.acceptanceRates}: MALA's
 * proposals, replica exchange's swaps per pair of neighbouring temperatures), or null when it makes none.
 */
public final class AcceptanceProbe implements LiveProbe<AcceptanceProbe.Rates> {

    /**
     * @param rates one rate per decision the dynamics makes
     * @param label what they count ({@code Dynamics.acceptanceLabel})
     * @param note  why the decision is there ({@code Dynamics.acceptanceNote})
     */
    public record Rates(double[] rates, String label, String note) {
    }

    @Override
    public void restart(LiveRun run) {
    }

    @Override
    public Rates result(LiveRun run) {
        var d = run.config().dynamics();
        double[] r = d.acceptanceRates(run.particles(), run.step());
        return r == null ? null : new Rates(r, d.acceptanceLabel(), d.acceptanceNote());
    }
}
