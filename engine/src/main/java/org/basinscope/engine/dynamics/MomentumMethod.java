package org.basinscope.engine.dynamics;

import java.util.Set;

/**
 * What heavy ball and Nesterov share: they read η and β, are deterministic, keep a velocity (v_x, v_y in
 * {@code aux[VX]}, {@code aux[VY]}, starting at rest), and settle exactly at a minimum when their two-step
 * recursion contracts there.
 */
abstract class MomentumMethod implements Dynamics {
    static final int VX = 0;
    static final int VY = 1;

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.ETA, Param.MOMENTUM);
    }

    @Override
    public boolean stochastic() {
        return false;
    }

    @Override
    public int auxiliaryArrays() {
        return 2;
    }

    @Override
    public int velocityIndex() {
        return VX;
    }

    @Override
    public double stationaryVariance(Params p, double lambda) {
        return contraction(p, lambda) < 1 ? 0 : Double.NaN;
    }
}
