package org.basinscope.engine.session.lessons;

import org.basinscope.engine.landscape.FiniteSum;

/** Per-example gradient statistics of a finite-sum loss, computed directly from its examples. */
final class Noise {
    private Noise() {
    }

    /** S(θ) = (1/n) Σ (∇ℓᵢ − ∇f)(∇ℓᵢ − ∇f)ᵀ as {xx, xy, yy}. */
    static double[] perExample(FiniteSum f, double x, double y) {
        int n = f.examples();
        double[] g = new double[2];
        double[] all = new double[n * 2];
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            f.exampleGradient(i, x, y, g);
            all[2 * i] = g[0];
            all[2 * i + 1] = g[1];
            mx += g[0] / n;
            my += g[1] / n;
        }
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double a = all[2 * i] - mx;
            double b = all[2 * i + 1] - my;
            xx += a * a / n;
            xy += a * b / n;
            yy += b * b / n;
        }
        return new double[] {xx, xy, yy};
    }

    static double trace(LessonRun r) {
        var s = r.stats();
        return s.variance()[0] + s.variance()[1];
    }
}
