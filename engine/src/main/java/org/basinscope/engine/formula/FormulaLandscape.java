package org.basinscope.engine.formula;

import org.basinscope.engine.landscape.Landscape;

/**
 * A landscape given by a user-typed formula, evaluated by three compiled tapes: value, gradient
 * (f_x, f_y) and Hessian (f_xx, f_xy, f_yy), each only as long as its own outputs need. Immutable and
 * thread-safe; evaluation uses per-thread registers and does not allocate. Made by {@link Formula#compile}.
 */
public final class FormulaLandscape extends CompiledFormula implements Landscape {
    FormulaLandscape(String source, String description, int dimension, Tape value, Tape gradient, Tape hessian) {
        super(source, description, dimension, value, gradient, hessian);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double x, double y) {
        double[] r = Registers.point(value.registers());
        value.run(x, y, r);
        return r[value.output(0)];
    }

    @Override
    public void gradient(double x, double y, double[] g) {
        double[] r = Registers.point(gradient.registers());
        gradient.run(x, y, r);
        g[0] = r[gradient.output(0)];
        g[1] = r[gradient.output(1)];
    }

    @Override
    public void hessian(double x, double y, double[] h) {
        double[] r = Registers.point(curvature.registers());
        curvature.run(x, y, r);
        h[0] = r[curvature.output(0)];
        h[1] = r[curvature.output(1)];
        h[2] = r[curvature.output(2)];
    }

    /** Block evaluation of the gradient tape, {@link Tape#BLOCK} points at a time; bit for bit {@link #gradient}. */
    @Override
    public void gradients(double[] x, double[] y, int from, int to, double[] gx, double[] gy) {
        double[][] r = Registers.block(gradient.registers());
        double[] outX = r[gradient.output(0)];
        double[] outY = r[gradient.output(1)];
        for (int start = from; start < to; start += Tape.BLOCK) {
            int n = Math.min(Tape.BLOCK, to - start);
            gradient.runBlock(x, y, start, n, r);
            System.arraycopy(outX, 0, gx, start - from, n);
            System.arraycopy(outY, 0, gy, start - from, n);
        }
    }

    @Override
    public double[] defaultStart() {
        return dimension == 1 ? new double[] {0.5} : new double[] {0.5, 0.5};
    }

    @Override
    public double[] viewBox() {
        return new double[] {-3, 3, -3, 3};
    }

    @Override
    public String describe() {
        return description;
    }
}
