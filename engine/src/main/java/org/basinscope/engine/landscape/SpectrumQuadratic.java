package org.basinscope.engine.landscape;

import java.util.Arrays;
import java.util.Random;
import org.basinscope.engine.spec.InvalidInputException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * f = ½ θᵀHθ over ℝ^d with a chosen spectrum: eigenvalues λᵢ = a·(b/a)^{i/(d−1)}, i = 0 … d−1 (a geometric
 * ladder from {@code lmin} = a to {@code lmax} = b; λ₀ = a when d = 1), on the coordinate axes, or H = QΛQᵀ
 * with Q a Haar-random orthogonal matrix drawn from {@code rotate} (the QR factors of a Gaussian matrix, the
 * signs of R's diagonal moved into Q; Mezzadri 2007). The rotated form keeps the dense H, so it is limited to
 * d ≤ {@value #MAX_ROTATED}. Start (1, …, 1). Gradient, H·v and H are exact.
 */
public final class SpectrumQuadratic implements VectorLandscape {
    /**
     * Largest dimension of the rotated form: its rotation costs O(d³) (QR of a Gaussian matrix and Q·Λ·Qᵀ with
     * EJML), 2.6 s at d = 1000 on a loaded core of this machine; at 2000 it took over 30 s, which the spec fuzz
     * test found.
     */
    public static final int MAX_ROTATED = 1_000;

    private final int d;
    private final double[] lambda;
    private final long rotateSeed;
    /**
     * Row-major QΛQᵀ, or null when axis-aligned (or not yet built): made on first use, so that a caller who only
     * asks for the dimension or {@link #planar()} (a picker on the FX thread refusing d &gt; 2) never pays the
     * O(d³) of drawing Q.
     */
    private volatile double[] dense;

    /** @param rotateSeed the seed of Q, or a negative number for the axis-aligned form */
    public SpectrumQuadratic(int dimension, double lmin, double lmax, long rotateSeed) {
        d = VectorLandscape.checkDimension("landscape quadratic", dimension, 1);
        if (!(lmin > 0) || !(lmax >= lmin)) {
            throw new InvalidInputException("landscape quadratic needs 0 < lmin ≤ lmax, got lmin = " + lmin
                    + ", lmax = " + lmax);
        }
        if (rotateSeed >= 0 && d > MAX_ROTATED) {
            throw new InvalidInputException("landscape quadratic: rotate works up to dim = " + MAX_ROTATED
                    + " (its Hessian is dense), got dim = " + d);
        }
        lambda = new double[d];
        for (int i = 0; i < d; i++) {
            lambda[i] = d == 1 ? lmin : lmin * Math.pow(lmax / lmin, (double) i / (d - 1));
        }
        this.rotateSeed = rotateSeed;
    }

    /** True once the rotated form's dense H is built (for tests). */
    boolean rotationBuilt() {
        return dense != null;
    }

    /** QΛQᵀ (built once, by the first thread that needs it), or null when axis-aligned. */
    private double[] h() {
        if (rotateSeed < 0) {
            return null;
        }
        double[] m = dense;
        if (m == null) {
            synchronized (this) {
                m = dense;
                if (m == null) {
                    m = rotated(lambda, rotateSeed);
                    dense = m;
                }
            }
        }
        return m;
    }

    private static double[] rotated(double[] lambda, long seed) {
        int d = lambda.length;
        Random random = new Random(seed);
        DMatrixRMaj g = new DMatrixRMaj(d, d);
        for (int i = 0; i < d * d; i++) {
            g.data[i] = random.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(d, d);
        if (!qr.decompose(g)) {
            throw new IllegalStateException("QR of a Gaussian matrix failed");
        }
        DMatrixRMaj q = qr.getQ(null, false);
        DMatrixRMaj r = qr.getR(null, false);
        for (int j = 0; j < d; j++) {
            if (r.get(j, j) < 0) {
                for (int i = 0; i < d; i++) {
                    q.set(i, j, -q.get(i, j));
                }
            }
        }
        DMatrixRMaj scaled = q.copy();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                scaled.set(i, j, q.get(i, j) * lambda[j]);
            }
        }
        DMatrixRMaj h = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransB(scaled, q, h);
        // Exactly symmetric, so H·v and the dense eigen-solver see the same matrix.
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double m = 0.5 * (h.get(i, j) + h.get(j, i));
                h.set(i, j, m);
                h.set(j, i, m);
            }
        }
        return h.data;
    }

    /** The eigenvalues λ₀ ≤ … ≤ λ_{d−1} (a copy). */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public double value(double[] theta) {
        double[] h = h();
        if (h == null) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += lambda[k] * theta[k] * theta[k];
            }
            return 0.5 * s;
        }
        double s = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += h[i * d + j] * theta[j];
            }
            s += theta[i] * row;
        }
        return 0.5 * s;
    }

    @Override
    public void gradient(double[] theta, double[] g) {
        hessianVector(theta, theta, g);
    }

    @Override
    public void hessianVector(double[] theta, double[] v, double[] hv) {
        double[] h = h();
        if (h == null) {
            for (int k = 0; k < d; k++) {
                hv[k] = lambda[k] * v[k];
            }
            return;
        }
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += h[i * d + j] * v[j];
            }
            hv[i] = row;
        }
    }

    @Override
    public void gradients(double[][] x, int from, int to, double[][] g) {
        double[] h = h();
        int n = to - from;
        for (int k = 0; k < d; k++) {
            double[] gk = g[k];
            if (h == null) {
                double l = lambda[k];
                double[] xk = x[k];
                for (int i = 0; i < n; i++) {
                    gk[i] = l * xk[from + i];
                }
                continue;
            }
            Arrays.fill(gk, 0, n, 0.0);
            for (int j = 0; j < d; j++) {
                double a = h[k * d + j];
                double[] xj = x[j];
                for (int i = 0; i < n; i++) {
                    gk[i] += a * xj[from + i];
                }
            }
        }
    }

    /**
     * On the axes, coordinate c is N(0, T/λ_c) under exp(−f/T). Rotated, it would be N(0, T(H⁻¹)_cc), an O(d³)
     * inverse this does not make.
     */
    @Override
    public java.util.Optional<GibbsMarginal> gibbsMarginal(int c, double temperature) {
        if (rotateSeed >= 0 || c < 0 || c >= d || !(temperature > 0) || !Double.isFinite(temperature)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(GibbsMarginal.gaussian("N(0, T/λ)", 0, temperature / lambda[c]));
    }

    @Override
    public double[] defaultStart() {
        double[] s = new double[d];
        Arrays.fill(s, 1.0);
        return s;
    }

    @Override
    public String describe() {
        return "½θᵀHθ in " + d + " dimensions, eigenvalues " + lambda[0] + " … " + lambda[d - 1] + " (geometric)"
                + (rotateSeed < 0 ? ", on the axes" : ", rotated by a random orthogonal matrix (seed " + rotateSeed + ")");
    }
}
