package org.basinscope.engine.escape;

import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.landscape.VectorLandscape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Eyring–Kramers law in d dimensions (the 2-D {@link EyringKramers}' formula, Bovier, Eckhoff, Gayrard &amp;
 * Klein 2004): τ = 2π/|λ⁻(s)| · √(|det H(s)| / det H(m)) · e^{ΔU/T} for overdamped Langevin at temperature T, m
 * the minimum below the start, s the index-1 saddle toward the target's minimum. The saddle is looked for near
 * the straight path between the minima — its highest of 201 points, refined by Newton's method on ∇f = 0 with the
 * dense Hessian — so d ≤ {@value #MAX_DIMENSION}; a path that bends away from the straight line (no index-1
 * saddle found there) gives no number, with the reason. Determinants as sums of log-eigenvalues.
 */
final class EyringKramersInDimensions {
    static final int MAX_DIMENSION = 200;
    private static final int PATH_POINTS = 201;
    private static final int NEWTON = 50;

    private EyringKramersInDimensions() {
    }

    static EscapePrediction predict(VectorLandscape f, double temperature, double[] from, double[] to) {
        int d = f.dimension();
        if (d > MAX_DIMENSION) {
            return EscapePrediction.none("the Eyring–Kramers law is computed up to d = " + MAX_DIMENSION
                    + " (dense Hessians); this landscape has d = " + d);
        }
        Descent.Result m = Descent.toMinimum(f, from);
        Descent.Result target = Descent.toMinimum(f, to);
        if (distance(m.point(), target.point()) < 1e-6) {
            return EscapePrediction.none("the start and the target lie in the same basin: no barrier to cross");
        }
        double[] s = saddle(f, top(f, m.point(), target.point()));
        double[] em = eigenvalues(f, m.point());
        double[] es = s == null ? null : eigenvalues(f, s);
        int negative = 0;
        double logDetS = 0;
        double lambdaMinus = Double.NaN;
        for (int k = 0; es != null && k < d; k++) {
            if (es[k] < 0) {
                negative++;
                lambdaMinus = es[k];
            }
            logDetS += Math.log(Math.abs(es[k]));
        }
        double logDetM = 0;
        boolean minimum = true;
        for (double l : em) {
            minimum &= l > 0;
            logDetM += Math.log(l);
        }
        if (s == null || negative != 1 || !minimum) {
            return EscapePrediction.none("no index-1 saddle found near the straight path between the minima: the "
                    + "Eyring–Kramers law is not computed here");
        }
        double barrierHeight = f.value(s) - m.loss();
        double tau = 2 * Math.PI / Math.abs(lambdaMinus) * Math.exp(0.5 * (logDetS - logDetM) + barrierHeight
                / temperature);
        return new EscapePrediction("eyring-kramers", tau, Double.NaN, Double.NaN, m.point(), s, barrierHeight,
                d + "-D: the Eyring–Kramers law (no exact integral beyond 1-D)");
    }

    /** The highest of {@value #PATH_POINTS} points on the segment from a to b. */
    private static double[] top(VectorLandscape f, double[] a, double[] b) {
        int d = a.length;
        double[] best = null;
        double high = Double.NEGATIVE_INFINITY;
        for (int j = 1; j < PATH_POINTS - 1; j++) {
            double t = (double) j / (PATH_POINTS - 1);
            double[] p = new double[d];
            for (int c = 0; c < d; c++) {
                p[c] = a[c] + t * (b[c] - a[c]);
            }
            double v = f.value(p);
            if (v > high) {
                high = v;
                best = p;
            }
        }
        return best;
    }

    /** Newton's method on ∇f = 0 from {@code x}: the critical point, or null if it does not converge. */
    private static double[] saddle(VectorLandscape f, double[] x) {
        int d = x.length;
        double[] g = new double[d];
        for (int k = 0; k < NEWTON; k++) {
            f.gradient(x, g);
            double norm = 0;
            for (double c : g) {
                norm += c * c;
            }
            if (Math.sqrt(norm) < 1e-10 * Math.max(1, Math.abs(f.value(x)))) {
                return x;
            }
            DMatrixRMaj h = new DMatrixRMaj(d, d, true, f.hessian(x));
            DMatrixRMaj step = new DMatrixRMaj(d, 1);
            if (!CommonOps_DDRM.solve(h, new DMatrixRMaj(d, 1, true, g), step)) {
                return null;
            }
            for (int c = 0; c < d; c++) {
                x[c] -= step.get(c);
            }
        }
        return null;
    }

    private static double[] eigenvalues(VectorLandscape f, double[] at) {
        int d = at.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, false, true);
        if (!eig.decompose(new DMatrixRMaj(d, d, true, f.hessian(at)))) {
            return new double[] {Double.NaN};
        }
        double[] e = new double[d];
        for (int k = 0; k < d; k++) {
            e[k] = eig.getEigenvalue(k).getReal();
        }
        return e;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int c = 0; c < a.length; c++) {
            s += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return Math.sqrt(s);
    }
}
