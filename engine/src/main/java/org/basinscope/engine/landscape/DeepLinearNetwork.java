package org.basinscope.engine.landscape;

import java.util.Random;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * A deep linear network W_L⋯W₁x on a regression task (seed 001, C.5), widths w₀ (inputs), w₁ … w_{L−1} (hidden),
 * w_L (outputs); W_l is w_l × w_{l−1} and θ lists W₁, …, W_L, each row-major (d = Σ w_l·w_{l−1}). Data: n examples
 * xᵢ ~ N(0, I) and yᵢ = A*xᵢ + noise·εᵢ, the teacher A* with N(0, 1/w₀) entries, all drawn from {@code seed}
 * (defaults n = 100, noise 0.3, seed 1). With the end-to-end matrix P = W_L⋯W₁,
 *
 * <pre>  f(θ) = (1/2n) Σᵢ |P xᵢ − yᵢ|² = ½ tr(P Sxx Pᵀ) − tr(P Syxᵀ) + ½·mean|y|²,</pre>
 *
 * Sxx = mean xxᵀ, Syx = mean yxᵀ, so a step costs O(d·w₀), not O(n). With G = ∂f/∂P = P Sxx − Syx and the partial
 * products B_l = W_{l−1}⋯W₁, A_l = W_L⋯W_{l+1}, ∂f/∂W_l = A_lᵀ G B_lᵀ; H·v is its directional derivative (dA, dB, dG).
 *
 * <p>Closed facts. Where some factorisation reaches the least-squares P* = Syx Sxx⁻¹ (every hidden width ≥
 * min(w₀, w_L)), that θ is a global minimum with f = the least-squares residual. Every hidden layer l carries the
 * rescaling symmetry W_l → M W_l, W_{l+1} → W_{l+1} M⁻¹, whose generators ξ_E = (E W_l, −W_{l+1} E) keep P fixed to
 * first order, so ∇f·ξ_E = 0 everywhere and H ξ_E = 0 at a minimum. At a minimum where P(θ) is a submersion, H =
 * Jᵀ(Sxx ⊗ I)J with J = ∂P/∂θ onto, so H has exactly d − w₀·w_L zero eigenvalues. Start: W_l with N(0, 1/w_{l−1})
 * entries from {@code seed} + 1.
 */
public final class DeepLinearNetwork implements VectorLandscape {
    /** Most layers (weight matrices). */
    public static final int MAX_LAYERS = 10;
    /** Widest layer. */
    public static final int MAX_WIDTH = 1_000;
    /** Largest n·w₀·(w₀ + w_L), the multiply-adds of the data's statistics. */
    private static final double MAX_WORK = 1e9;

    private final int[] w;
    private final int layers;
    private final int d;
    private final int[] offset;
    private final int n;
    private final double noise;
    private final double[] sxx;
    private final double[] syx;
    private final double halfMeanY2;
    private final long seed;
    /** Work layout: B_l (l = 1 … L+1, B_{L+1} = P), A_l (l = 0 … L), G, a temporary; then the same for the HVP's d-forms. */
    private final int[] bAt;
    private final int[] aAt;
    private final int gAt;
    private final int tAt;
    private final int half;

    public DeepLinearNetwork(int[] widths, int n, long seed, double noise) {
        if (widths.length < 2 || widths.length > MAX_LAYERS + 1) {
            throw new InvalidInputException("landscape deep-linear option widths has " + widths.length
                    + " values; it takes 2 to " + (MAX_LAYERS + 1) + " (inputs, hidden …, outputs)");
        }
        for (int width : widths) {
            if (width < 1 || width > MAX_WIDTH) {
                throw new InvalidInputException("landscape deep-linear option widths: width " + width
                        + " is outside the allowed range [1, " + MAX_WIDTH + "]");
            }
        }
        if (n < 1 || n > 100_000) {
            throw new InvalidInputException("landscape deep-linear option n = " + n + " is outside the allowed range [1, 100000]");
        }
        Numbers.checkRange("landscape deep-linear option noise", noise, 0, 1e3);
        w = widths.clone();
        layers = w.length - 1;
        offset = new int[layers + 2];
        long total = 0;
        for (int l = 1; l <= layers; l++) {
            offset[l] = (int) Math.min(total, Integer.MAX_VALUE);
            total += (long) w[l] * w[l - 1];
        }
        d = VectorLandscape.checkDimension("landscape deep-linear (Σ w_l·w_{l−1})", (int) Math.min(total, Integer.MAX_VALUE), 1);
        offset[layers + 1] = d;
        this.seed = seed;
        this.n = n;
        this.noise = noise;
        int w0 = w[0];
        int wl = w[layers];
        if ((double) n * w0 * (w0 + wl) > MAX_WORK) {
            throw new InvalidInputException("landscape deep-linear: n·w0·(w0 + wL) = " + (long) n * w0 * (w0 + wl)
                    + " is over the limit 10⁹ (the cost of the data's statistics); use fewer examples or inputs");
        }
        sxx = new double[w0 * w0];
        syx = new double[wl * w0];
        double[] y2 = new double[1];
        examples((x, y) -> {
            for (int r = 0; r < wl; r++) {
                y2[0] += y[r] * y[r];
                for (int j = 0; j < w0; j++) {
                    syx[r * w0 + j] += y[r] * x[j] / n;
                }
            }
            for (int p = 0; p < w0; p++) {
                for (int q = 0; q < w0; q++) {
                    sxx[p * w0 + q] += x[p] * x[q] / n;
                }
            }
        });
        halfMeanY2 = 0.5 * y2[0] / n;
        bAt = new int[layers + 2];
        aAt = new int[layers + 1];
        int at = 0;
        for (int l = 1; l <= layers + 1; l++) {
            bAt[l] = at;
            at += w[l - 1] * w0;
        }
        for (int l = 0; l <= layers; l++) {
            aAt[l] = at;
            at += wl * w[l];
        }
        gAt = at;
        at += wl * w0;
        tAt = at;
        int widest = 0;
        for (int width : w) {
            widest = Math.max(widest, width);
        }
        at += wl * widest;
        half = at;
    }

    /** The widths w₀ … w_L (a copy). */
    public int[] widths() {
        return w.clone();
    }

    /** Where W_l (l = 1 … L) starts in θ. */
    public int layerOffset(int l) {
        return offset[l];
    }

    /**
     * Draws the n examples from {@code seed} again, in order, handing each (x, y) to {@code sink} (the arrays are
     * reused between calls): the teacher A* first, then per example x, then y = A*x + noise·ε. Only the statistics are
     * kept, so the data cost no memory beyond them.
     */
    private void examples(java.util.function.BiConsumer<double[], double[]> sink) {
        int w0 = w[0];
        int wl = w[layers];
        Random random = new Random(seed);
        double[] teacher = new double[wl * w0];
        for (int i = 0; i < teacher.length; i++) {
            teacher[i] = random.nextGaussian() / Math.sqrt(w0);
        }
        double[] x = new double[w0];
        double[] y = new double[wl];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < w0; j++) {
                x[j] = random.nextGaussian();
            }
            for (int r = 0; r < wl; r++) {
                double s = 0;
                for (int j = 0; j < w0; j++) {
                    s += teacher[r * w0 + j] * x[j];
                }
                y[r] = s + noise * random.nextGaussian();
            }
            sink.accept(x, y);
        }
    }

    /** The inputs xᵢ, drawn again from the seed. */
    public double[][] inputs() {
        double[][] xs = new double[n][];
        int[] i = {0};
        examples((x, y) -> xs[i[0]++] = x.clone());
        return xs;
    }

    /** The targets yᵢ, drawn again from the seed. */
    public double[][] targets() {
        double[][] ys = new double[n][];
        int[] i = {0};
        examples((x, y) -> ys[i[0]++] = y.clone());
        return ys;
    }

    @Override
    public int dimension() {
        return d;
    }

    /** Fills B_l (into {@code work}) for l = 1 … L+1, so that B_{L+1} = P. */
    private void prefixes(double[] t, double[] work) {
        int w0 = w[0];
        java.util.Arrays.fill(work, bAt[1], bAt[1] + w0 * w0, 0.0);
        for (int j = 0; j < w0; j++) {
            work[bAt[1] + j * w0 + j] = 1;
        }
        for (int l = 1; l <= layers; l++) {
            Matrices.mul(t, offset[l], work, bAt[l], work, bAt[l + 1], w[l], w[l - 1], w0, false);
        }
    }

    /** Fills A_l for l = L … 0 (A_L = I). */
    private void suffixes(double[] t, double[] work) {
        int wl = w[layers];
        java.util.Arrays.fill(work, aAt[layers], aAt[layers] + wl * wl, 0.0);
        for (int j = 0; j < wl; j++) {
            work[aAt[layers] + j * wl + j] = 1;
        }
        for (int l = layers; l >= 1; l--) {
            Matrices.mul(work, aAt[l], t, offset[l], work, aAt[l - 1], wl, w[l], w[l - 1], false);
        }
    }

    /** G = ∂f/∂P = P Sxx − Syx, from P in B_{L+1}. */
    private void residualGradient(double[] work) {
        int w0 = w[0];
        int wl = w[layers];
        Matrices.mul(work, bAt[layers + 1], sxx, 0, work, gAt, wl, w0, w0, false);
        for (int i = 0; i < wl * w0; i++) {
            work[gAt + i] -= syx[i];
        }
    }

    @Override
    public double value(double[] t) {
        double[] work = Scratch.work(2 * half);
        prefixes(t, work);
        int p = bAt[layers + 1];
        int w0 = w[0];
        int wl = w[layers];
        Matrices.mul(work, p, sxx, 0, work, gAt, wl, w0, w0, false);
        double s = 0;
        for (int i = 0; i < wl * w0; i++) {
            s += work[p + i] * (0.5 * work[gAt + i] - syx[i]);
        }
        return s + halfMeanY2;
    }

    @Override
    public void gradient(double[] t, double[] g) {
        double[] work = Scratch.work(2 * half);
        prefixes(t, work);
        suffixes(t, work);
        residualGradient(work);
        int wl = w[layers];
        for (int l = 1; l <= layers; l++) {
            // ∂f/∂W_l = A_lᵀ (G B_lᵀ).
            Matrices.mulABt(work, gAt, work, bAt[l], work, tAt, wl, w[0], w[l - 1], false);
            Matrices.mulAtB(work, aAt[l], work, tAt, g, offset[l], wl, w[l], w[l - 1], false);
        }
    }

    @Override
    public void hessianVector(double[] t, double[] v, double[] hv) {
        double[] work = Scratch.work(2 * half);
        prefixes(t, work);
        suffixes(t, work);
        residualGradient(work);
        int w0 = w[0];
        int wl = w[layers];
        // dB₁ = 0, dB_{l+1} = V_l B_l + W_l dB_l; dA_L = 0, dA_{l−1} = dA_l W_l + A_l V_l.
        java.util.Arrays.fill(work, half + bAt[1], half + bAt[1] + w0 * w0, 0.0);
        for (int l = 1; l <= layers; l++) {
            Matrices.mul(v, offset[l], work, bAt[l], work, half + bAt[l + 1], w[l], w[l - 1], w0, false);
            Matrices.mul(t, offset[l], work, half + bAt[l], work, half + bAt[l + 1], w[l], w[l - 1], w0, true);
        }
        java.util.Arrays.fill(work, half + aAt[layers], half + aAt[layers] + wl * wl, 0.0);
        for (int l = layers; l >= 1; l--) {
            Matrices.mul(work, half + aAt[l], t, offset[l], work, half + aAt[l - 1], wl, w[l], w[l - 1], false);
            Matrices.mul(work, aAt[l], v, offset[l], work, half + aAt[l - 1], wl, w[l], w[l - 1], true);
        }
        // dG = dP Sxx, dP = dB_{L+1}.
        Matrices.mul(work, half + bAt[layers + 1], sxx, 0, work, half + gAt, wl, w0, w0, false);
        for (int l = 1; l <= layers; l++) {
            int rows = w[l];
            int cols = w[l - 1];
            // d(A_lᵀ G B_lᵀ) = dA_lᵀ (G B_lᵀ) + A_lᵀ (dG B_lᵀ + G dB_lᵀ).
            Matrices.mulABt(work, gAt, work, bAt[l], work, tAt, wl, w0, cols, false);
            Matrices.mulAtB(work, half + aAt[l], work, tAt, hv, offset[l], wl, rows, cols, false);
            Matrices.mulABt(work, half + gAt, work, bAt[l], work, half + tAt, wl, w0, cols, false);
            Matrices.mulABt(work, gAt, work, half + bAt[l], work, half + tAt, wl, w0, cols, true);
            Matrices.mulAtB(work, aAt[l], work, half + tAt, hv, offset[l], wl, rows, cols, true);
        }
    }

    @Override
    public double[] defaultStart() {
        Random random = new Random(seed + 1);
        double[] s = new double[d];
        for (int l = 1; l <= layers; l++) {
            double scale = 1 / Math.sqrt(w[l - 1]);
            for (int i = offset[l]; i < offset[l + 1]; i++) {
                s[i] = scale * random.nextGaussian();
            }
        }
        return s;
    }

    @Override
    public String describe() {
        StringBuilder shape = new StringBuilder();
        for (int l = 0; l <= layers; l++) {
            shape.append(l == 0 ? "" : "→").append(w[l]);
        }
        return "deep linear network " + shape + " (" + d + " weights): (1/2n)Σᵢ|W" + layers + "⋯W1·xᵢ − yᵢ|², n = "
                + n + " examples of a random linear teacher";
    }
}
