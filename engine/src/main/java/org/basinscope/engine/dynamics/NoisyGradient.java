package org.basinscope.engine.dynamics;

import java.util.Set;
import org.basinscope.engine.analysis.Curvature;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * A model of minibatch gradient noise on an analytic loss: ĝ = ∇f(x) + ζ/√B, where ζ is the per-example
 * noise, Cov ζ = σ²Σ, so a batch of B examples carries σ²Σ/B (seed 001, Theorem 5). The noise geometry Σ:
 * <ul>
 * <li>{@code isotropic}: Σ = I;</li>
 * <li>{@code hessian}: Σ = H(x), the Hessian at the point (negative curvatures clipped to 0) — the
 * noise–curvature coupling of least squares near a minimum;</li>
 * <li>{@code covariance}: a fixed user matrix Σ = [[sxx, sxy], [sxy, syy]] (positive definite).</li>
 * </ul>
 * The same seed draws the same standard normals ξ in every model (ζ = σ L ξ with L Lᵀ = Σ), so runs that
 * differ only in the model differ only in the noise geometry. In d dimensions L = H₊^{1/2} comes from
 * Hessian–vector products ({@link HessianRoot}); a user Σ is 2 × 2, so it runs where d ≤ 2 only.
 */
public final class NoisyGradient implements GradientSource {
    /** The noise geometry Σ. */
    public enum Model {
        ISOTROPIC, HESSIAN, COVARIANCE
    }

    private final double sigma;
    private final Model model;
    /** Σ as {sxx, sxy, syy} (identity unless COVARIANCE). */
    private final double[] covariance;
    /** Cholesky factor of Σ: {l11, l21, l22}. */
    private final double l11;
    private final double l21;
    private final double l22;

    /** Isotropic noise of per-example standard deviation σ. */
    public NoisyGradient(double sigma) {
        this(sigma, Model.ISOTROPIC, new double[] {1, 0, 1});
    }

    /**
     * @param sigma      per-example gradient-noise scale σ ≥ 0 (default 1)
     * @param covariance Σ as {sxx, sxy, syy}; used by {@link Model#COVARIANCE}, must be positive definite
     */
    public NoisyGradient(double sigma, Model model, double[] covariance) {
        this.sigma = Numbers.checkRange("gradient noise sigma", sigma, 0, 1e6);
        this.model = model;
        this.covariance = model == Model.COVARIANCE ? covariance.clone() : new double[] {1, 0, 1};
        double[] c = this.covariance;
        if (!(c[0] > 0) || !(c[2] > 0) || !(c[0] * c[2] - c[1] * c[1] > 0)) {
            throw new InvalidInputException("gradient noise covariance [[" + Numbers.format(c[0])
                    + ", " + Numbers.format(c[1]) + "], [" + Numbers.format(c[1]) + ", " + Numbers.format(c[2])
                    + "]] must be positive definite (sxx > 0, syy > 0, sxx·syy > sxy²)");
        }
        l11 = Math.sqrt(c[0]);
        l21 = c[1] / l11;
        l22 = Math.sqrt(c[2] - l21 * l21);
    }

    public double sigma() {
        return sigma;
    }

    public Model model() {
        return model;
    }

    /** Σ as {sxx, sxy, syy} (for HESSIAN: the identity placeholder; Σ is H at each point). */
    public double[] shape() {
        return covariance.clone();
    }

    @Override
    public String name() {
        return "noisy";
    }

    @Override
    public String describe() {
        String noise = switch (model) {
            case ISOTROPIC -> "isotropic";
            case HESSIAN -> "shaped like H(x)";
            case COVARIANCE -> "shaped like Σ = [[" + Numbers.format(covariance[0]) + ", "
                    + Numbers.format(covariance[1]) + "], [" + Numbers.format(covariance[1]) + ", "
                    + Numbers.format(covariance[2]) + "]]";
        };
        return "∇f(x) + ζ/√B, σ = " + Numbers.format(sigma) + ", ζ " + noise;
    }

    @Override
    public Set<Param> parameters() {
        return Set.of(Param.BATCH);
    }

    @Override
    public boolean stochastic() {
        return true;
    }

    /** Every model runs in d dimensions; a user Σ is 2 × 2, so only where d ≤ 2 ({@link #incompatibilityInDimensions}). */
    @Override
    public boolean anyDimension() {
        return true;
    }

    @Override
    public String incompatibilityInDimensions(VectorLandscape f) {
        return model == Model.COVARIANCE && f.dimension() > 2 ? "noise=covariance takes a 2 × 2 Σ (sxx, sxy, syy), "
                + "so it runs on 1-D and 2-D landscapes only; in " + f.dimension() + " dimensions use "
                + "noise=isotropic or noise=hessian" : null;
    }

    /** ∇f plus σζ/√B, ζ = L ξ with ξ drawn per particle in coordinate order ({@link #drawInDimensions}). */
    @Override
    public void estimate(VectorLandscape f, Params p, ParticleArrays s, int base, double[][] x, int lo, int from,
            int to, VectorWorkspace w) {
        f.gradients(x, lo, lo + (to - from), w.g);
        drawInDimensions(f, s, x, lo, from, to, w);
        double c = sigma / Math.sqrt(p.batch());
        boolean[] dead = s.diverged;
        for (int k = 0; k < s.dimension; k++) {
            double[] g = w.g[k];
            double[] n = w.n[k];
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    g[i - from] += c * n[i - from];
                }
            }
        }
    }

    /**
     * The d-dimensional {@link #draw}: the step's standard normals of particles [from, to) into {@code w.n},
     * shaped in place into L ξ at the points {@code x[k][lo + (i − from)]} — for Σ = H₊ by the planar 2 × 2
     * closed form on a planar landscape (the planar bits) and by {@link HessianRoot} on Hessian–vector products
     * otherwise; for a user Σ (d ≤ 2) by its Cholesky factor, as in the plane.
     */
    void drawInDimensions(VectorLandscape f, ParticleArrays s, double[][] x, int lo, int from, int to,
            VectorWorkspace w) {
        w.draw(s, from, to);
        int d = s.dimension;
        if (model == Model.COVARIANCE) {
            for (int i = from; i < to; i++) {
                int k = i - from;
                double nx = w.n[0][k];
                w.n[0][k] = l11 * nx;
                if (d == 2) {
                    w.n[1][k] = l21 * nx + l22 * w.n[1][k];
                }
            }
            return;
        }
        if (model != Model.HESSIAN) {
            return;
        }
        Landscape planar = d <= 2 ? f.planar().orElse(null) : null;
        if (planar != null) {
            double[] h = w.planarHessian;
            for (int i = from; i < to; i++) {
                if (!s.diverged[i]) {
                    int k = i - from;
                    planar.hessian(x[0][lo + k], d == 2 ? x[1][lo + k] : 0, h);
                    shapeByRoot(h, w.n[0], d == 2 ? w.n[1] : null, k);
                }
            }
            return;
        }
        HessianRoot root = w.hessianRoot();
        double[] theta = w.sourcePoint;
        double[] xi = w.sourceGradient;
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int k = i - from;
            for (int c = 0; c < d; c++) {
                theta[c] = x[c][lo + k];
                xi[c] = w.n[c][k];
            }
            root.apply(f, theta, xi);
            for (int c = 0; c < d; c++) {
                w.n[c][k] = xi[c];
            }
        }
    }

    @Override
    public Dynamics descent() {
        return new StochasticGradient(this);
    }

    /**
     * Draws the step's standard normals of particles [from, to) into {@code w.nx, w.ny} and shapes them in
     * place into L ξ (L Lᵀ = Σ; for Σ = H₊ the square root of the clipped Hessian at the points (x[j], y[j]),
     * j = lo + (i − from)).
     */
    void draw(Landscape f, ParticleArrays s, double[] x, double[] y, int lo, int from, int to, Workspace w) {
        Noise.draw(s, from, to, w);
        if (model == Model.HESSIAN) {
            hessianShaped(f, s, x, y, lo, from, to, w);
        } else if (model == Model.COVARIANCE) {
            // ζ = L ξ in place: (l11 ξx, l21 ξx + l22 ξy); in 1-D only sxx applies.
            for (int i = from; i < to; i++) {
                int k = i - from;
                double nx = w.nx[k];
                w.nx[k] = l11 * nx;
                if (s.dimension == 2) {
                    w.ny[k] = l21 * nx + l22 * w.ny[k];
                }
            }
        }
    }

    /** Replaces ξ by H₊^{1/2} ξ, H₊ the Hessian at the point with negative eigenvalues set to 0. */
    private static void hessianShaped(Landscape f, ParticleArrays s, double[] x, double[] y, int lo, int from, int to,
            Workspace w) {
        double[] h = w.hessian;
        for (int i = from; i < to; i++) {
            if (s.diverged[i]) {
                continue;
            }
            int k = i - from;
            f.hessian(x[lo + k], y[lo + k], h);
            shapeByRoot(h, w.nx, s.dimension == 2 ? w.ny : null, k);
        }
    }

    /**
     * Replaces (nx[k], ny[k]) by H₊^{1/2}(nx[k], ny[k]) for the Hessian {hxx, hxy, hyy} in {@code h}; in 1-D
     * ({@code ny} null) nx[k] by √max(hxx, 0)·nx[k].
     */
    private static void shapeByRoot(double[] h, double[] nx, double[] ny, int k) {
        if (ny == null) {
            nx[k] *= Math.sqrt(Math.max(0, h[0]));
            return;
        }
        // Symmetric square root of the clipped 2×2 Hessian via its eigen-decomposition.
        double a = h[0];
        double b = h[1];
        double c = h[2];
        double mean = 0.5 * (a + c);
        double r = Math.hypot(0.5 * (a - c), b);
        double l1 = Math.sqrt(Math.max(0, mean + r));
        double l2 = Math.sqrt(Math.max(0, mean - r));
        double angle = 0.5 * Math.atan2(2 * b, a - c);
        double cs = Math.cos(angle);
        double sn = Math.sin(angle);
        double s11 = l1 * cs * cs + l2 * sn * sn;
        double s12 = (l1 - l2) * cs * sn;
        double s22 = l1 * sn * sn + l2 * cs * cs;
        double x = nx[k];
        double y = ny[k];
        nx[k] = s11 * x + s12 * y;
        ny[k] = s12 * x + s22 * y;
    }

    @Override
    public void estimate(Landscape f, Params p, ParticleArrays s, int base, double[] x, double[] y, int lo, int from,
            int to, Workspace w) {
        f.gradients(x, y, lo, lo + (to - from), w.gx, w.gy);
        draw(f, s, x, y, lo, from, to, w);
        double c = sigma / Math.sqrt(p.batch());
        boolean[] dead = s.diverged;
        for (int i = from; i < to; i++) {
            if (!dead[i]) {
                w.gx[i - from] += c * w.nx[i - from];
            }
        }
        if (s.dimension == 2) {
            for (int i = from; i < to; i++) {
                if (!dead[i]) {
                    w.gy[i - from] += c * w.ny[i - from];
                }
            }
        }
    }

    /** Σ at (x, y): I, the clipped Hessian H₊ there, or the user's Σ, as {xx, xy, yy}. */
    double[] shapeAt(Landscape f, double x, double y) {
        if (model != Model.HESSIAN) {
            return covariance.clone();
        }
        double[] h = new double[3];
        f.hessian(x, y, h);
        double[] e = Curvature.eigen(h[0], h[1], h[2]);
        double l1 = Math.max(0, e[0]);
        double l2 = Math.max(0, e[1]);
        double cs = e[2];
        double sn = e[3];
        // H₊ = l1 u uᵀ + l2 v vᵀ with u = (c, s), v = (−s, c).
        return new double[] {l1 * cs * cs + l2 * sn * sn, (l1 - l2) * cs * sn, l1 * sn * sn + l2 * cs * cs};
    }

    /** σ²Σ/B. */
    @Override
    public double[] covariance(Landscape f, Params p, double x, double y) {
        double scale = sigma * sigma / p.batch();
        double[] c = shapeAt(f, x, y);
        return new double[] {scale * c[0], scale * c[1], scale * c[2]};
    }

    @Override
    public double[] constantCovariance(Params p) {
        return model == Model.HESSIAN ? null : covariance(null, p, 0, 0);
    }

    @Override
    public double directionalVariance(Params p, double lambda) {
        return switch (model) {
            case ISOTROPIC -> sigma * sigma / p.batch();
            case HESSIAN -> sigma * sigma * Math.max(0, lambda) / p.batch();
            case COVARIANCE -> Double.NaN;
        };
    }

    @Override
    public double temperatureScale(Params p) {
        return sigma * sigma / p.batch();
    }

    @Override
    public boolean independentErrors() {
        return true;
    }
}
