package org.basinscope.engine.formula;

import java.util.Arrays;
import org.basinscope.engine.landscape.VectorLandscape;

/**
 * A landscape given by a user-typed formula in x1 … xd (d ≤ 64, the largest index the formula uses), evaluated by
 * three compiled tapes: the value, the gradient (∂f/∂x1 … ∂f/∂xd, one forward-mode derivative graph per variable)
 * and H·v (the gradient graph's directional derivative along v, whose components are the tape's inputs d … 2d−1), so
 * all three are exact. Immutable and thread-safe; evaluation uses per-thread registers and does not allocate. Made
 * by {@link Formula#compileAny}.
 */
public final class VectorFormula extends CompiledFormula implements VectorLandscape {
    VectorFormula(String source, String description, int dimension, Tape value, Tape gradient, Tape hessianVector) {
        super(source, description, dimension, value, gradient, hessianVector);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double[] theta) {
        double[] r = Registers.point(value.registers());
        value.run(theta, null, r);
        return r[value.output(0)];
    }

    @Override
    public void gradient(double[] theta, double[] g) {
        double[] r = Registers.point(gradient.registers());
        gradient.run(theta, null, r);
        for (int j = 0; j < dimension; j++) {
            g[j] = r[gradient.output(j)];
        }
    }

    @Override
    public void hessianVector(double[] theta, double[] v, double[] hv) {
        double[] r = Registers.point(curvature.registers());
        curvature.run(theta, v, r);
        for (int j = 0; j < dimension; j++) {
            hv[j] = r[curvature.output(j)];
        }
    }

    /** The gradient tape over {@link Tape#BLOCK} particles at a time; bit for bit {@link #gradient}. */
    @Override
    public void gradients(double[][] x, int from, int to, double[][] g) {
        double[][] r = Registers.block(gradient.registers());
        for (int start = from; start < to; start += Tape.BLOCK) {
            int n = Math.min(Tape.BLOCK, to - start);
            gradient.runBlock(x, start, n, r);
            for (int j = 0; j < dimension; j++) {
                System.arraycopy(r[gradient.output(j)], 0, g[j], start - from, n);
            }
        }
    }

    @Override
    public double[] defaultStart() {
        double[] s = new double[dimension];
        Arrays.fill(s, 0.5);
        return s;
    }

    @Override
    public String describe() {
        return description + " (in " + dimension + " dimensions)";
    }
}
