package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.VectorLandscape;

/**
 * The geometry of gradient noise at a point in d dimensions beside the curvature (seed 001, Theorem 5 and
 * exercise C.5): the top k eigenpairs of the noise covariance C (Lanczos on C·v), the top k of the Hessian H
 * (Lanczos on H·v), the alignment ⟨C, H⟩_F/(‖C‖_F‖H‖_F) (1 when C ∝ H, 1/√d·tr H/‖H‖_F for isotropic noise)
 * and how much the top-k eigenvector spaces share, (1/k)‖UᵀV‖_F² (1: the same space, about k/d at random).
 *
 * <p>The alignment needs tr(CH) and ‖H‖_F exactly, d Hessian–vector products: it is NaN above
 * {@value VectorLandscape#MAX_DENSE_HESSIAN} dimensions. Isotropic noise C = c·I has every direction as an
 * eigenvector: its top k are c, and the overlaps are NaN (undefined).
 *
 * @param noiseTop        the top k eigenvalues of C, largest first
 * @param noiseDirections their unit eigenvectors (empty for isotropic noise)
 * @param hessianTop      the top k eigenvalues of H
 * @param trace           tr C
 * @param alignment       ⟨C, H⟩_F/(‖C‖_F‖H‖_F), NaN above the dense limit or when C or H is zero
 * @param isotropic       the alignment isotropic noise would have here, tr H/(√d‖H‖_F): the yardstick of
 *                        {@code alignment} (NaN where it is)
 * @param subspaceOverlap (1/k) Σ_ij (uᵢ·vⱼ)² over the top-k eigenvectors u of C and v of H
 * @param pairOverlaps    |uᵢ·vᵢ|, eigenvector i of C against eigenvector i of H
 */
public record NoiseGeometry(double[] noiseTop, double[][] noiseDirections, double[] hessianTop, double trace,
        double alignment, double isotropic, double subspaceOverlap, double[] pairOverlaps) {

    /** The geometry of {@code c} against the Hessian of f at θ; Lanczos start vectors from {@code seed}. */
    public static NoiseGeometry at(VectorLandscape f, double[] theta, NoiseCovariance c, int k, long seed) {
        return at(f, theta, c, Lanczos.eigenpairs(f, theta, k, seed), seed);
    }

    /**
     * The same with the Hessian's top eigenpairs at θ already found ({@code h}, k of them): a live run measures
     * them for its spectrum and does not pay the Lanczos run twice.
     */
    public static NoiseGeometry at(VectorLandscape f, double[] theta, NoiseCovariance c, Lanczos.Eigenpairs h,
            long seed) {
        int d = f.dimension();
        int k = h.eigenvalues().length;
        double alignment = Double.NaN;
        double isotropic = Double.NaN;
        if (d <= VectorLandscape.MAX_DENSE_HESSIAN) {
            HessianNorms hn = HessianNorms.of(f, theta);
            double norms = Math.sqrt(c.frobeniusSquared() * hn.frobeniusSquared());
            alignment = norms > 0 ? c.hessianInner(f, theta) / norms : Double.NaN;
            isotropic = hn.frobeniusSquared() > 0 ? hn.trace() / Math.sqrt(d * hn.frobeniusSquared()) : Double.NaN;
        }
        if (c instanceof IsotropicCovariance iso) {
            double[] top = new double[k];
            double[] nan = new double[k];
            java.util.Arrays.fill(top, iso.variance());
            java.util.Arrays.fill(nan, Double.NaN);
            return new NoiseGeometry(top, new double[0][], h.eigenvalues(), c.trace(), alignment, isotropic, Double.NaN,
                    nan);
        }
        Lanczos.Eigenpairs n = Lanczos.eigenpairs(c::apply, d, k, seed);
        int kk = Math.min(n.vectors().length, h.vectors().length);
        double overlap = 0;
        double[] pairs = new double[kk];
        for (int i = 0; i < kk; i++) {
            for (int j = 0; j < kk; j++) {
                double dot = dot(n.vectors()[i], h.vectors()[j]);
                overlap += dot * dot;
                if (i == j) {
                    pairs[i] = Math.abs(dot);
                }
            }
        }
        return new NoiseGeometry(n.eigenvalues(), n.vectors(), h.eigenvalues(), c.trace(), alignment, isotropic,
                kk == 0 ? Double.NaN : overlap / kk, pairs);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
