package org.basinscope.engine.escape;

import org.basinscope.engine.analysis.CriticalPoints;
import org.basinscope.engine.analysis.Curvature;
import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.analysis.Progress;
import org.basinscope.engine.geometry.MinimumEnergyPath;
import org.basinscope.engine.landscape.Landscape;

/**
 * The Eyring–Kramers law on a 2-D landscape (Bovier, Eckhoff, Gayrard &amp; Klein 2004; seed 001, metastable
 * transitions): for overdamped Langevin at temperature T the mean time to leave the well of the minimum m
 * over the saddle s toward the target is τ = 2π/|λ⁻(s)| · √(|det H(s)| / det H(m)) · e^{ΔU/T}, λ⁻ the
 * negative eigenvalue of the Hessian at the saddle. The saddle is the highest point of the minimum-energy
 * path between the two minima (string method), refined by Newton's method. In 1-D it is Kramers' formula.
 */
final class EyringKramers {
    private static final int IMAGES = 61;
    private static final int ITERATIONS = 20_000;

    private EyringKramers() {
    }

    static EscapePrediction predict(Landscape f, double temperature, double[] from, double[] to) {
        double[] m = Descent.toMinimum(f, from);
        double[] target = Descent.toMinimum(f, to);
        if (Math.hypot(m[0] - target[0], m[1] - target[1]) < 1e-6) {
            return EscapePrediction.none("the start and the target lie in the same basin: no barrier to cross");
        }
        MinimumEnergyPath.Result path = MinimumEnergyPath.find(f, m, target, IMAGES, ITERATIONS, Progress.NONE);
        int top = 0;
        for (int k = 1; k < path.pathLoss().length; k++) {
            if (path.pathLoss()[k] > path.pathLoss()[top]) {
                top = k;
            }
        }
        double[] guess = {path.path()[0][top], path.path()[1][top]};
        double[] s = CriticalPoints.refine(f, guess[0], guess[1]);
        if (s == null) {
            s = guess;
        }
        double[] hs = new double[3];
        double[] hm = new double[3];
        f.hessian(s[0], s[1], hs);
        f.hessian(m[0], m[1], hm);
        double[] es = Curvature.eigen(hs[0], hs[1], hs[2]);
        double[] em = Curvature.eigen(hm[0], hm[1], hm[2]);
        double barrierHeight = f.value(s[0], s[1]) - f.value(m[0], m[1]);
        if (!(es[0] < 0 && es[1] > 0) || !(em[0] > 0)) {
            return new EscapePrediction("eyring-kramers", Double.NaN, Double.NaN, Double.NaN, m, s, barrierHeight,
                    "no index-1 saddle between the minima (Hessian eigenvalues " + String.format("%.3g, %.3g", es[0],
                            es[1]) + " at the path's top): the Eyring–Kramers law does not apply");
        }
        double detS = Math.abs(es[0] * es[1]);
        double detM = em[0] * em[1];
        double tau = 2 * Math.PI / Math.abs(es[0]) * Math.sqrt(detS / detM) * Math.exp(barrierHeight / temperature);
        return new EscapePrediction("eyring-kramers", tau, Double.NaN, Double.NaN, m, s, barrierHeight,
                "2-D: the Eyring–Kramers law (there is no exact integral in 2-D)");
    }
}
