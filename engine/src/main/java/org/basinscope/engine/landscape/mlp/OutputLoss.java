package org.basinscope.engine.landscape.mlp;

/**
 * The per-example loss on the network's c outputs z and the example's class y, with its gradient and its
 * Hessian H_z (for the R-operator's R(∂ℓ/∂z) = H_z·R(z)).
 */
public enum OutputLoss {
    /**
     * Squared error against the one-hot target t = e_y, ℓ = ½ Σ_c (z_c − t_c)² (the square loss of Cohen et
     * al. 2021, "Gradient descent on neural networks typically occurs at the edge of stability"):
     * ∂ℓ/∂z = z − t, H_z = I.
     */
    MSE {
        @Override
        double apply(double[] z, int c, int y, double[] dz) {
            double loss = 0;
            for (int k = 0; k < c; k++) {
                double r = z[k] - (k == y ? 1 : 0);
                dz[k] = r;
                loss += r * r;
            }
            return 0.5 * loss;
        }

        @Override
        void curvature(double[] dz, int c, int y, double[] rz, double[] rdz) {
            System.arraycopy(rz, 0, rdz, 0, c);
        }
    },
    /**
     * Softmax cross-entropy, ℓ = log Σ_c e^{z_c} − z_y (computed with the maximum subtracted), for two
     * classes too: ∂ℓ/∂z = p − e_y with p = softmax(z), H_z = diag(p) − p pᵀ.
     */
    XENT {
        @Override
        double apply(double[] z, int c, int y, double[] dz) {
            double max = z[0];
            for (int k = 1; k < c; k++) {
                max = Math.max(max, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < c; k++) {
                double e = Math.exp(z[k] - max);
                dz[k] = e;
                sum += e;
            }
            for (int k = 0; k < c; k++) {
                dz[k] = dz[k] / sum - (k == y ? 1 : 0);
            }
            return Math.log(sum) + max - z[y];
        }

        /** H_z v = p ⊙ v − p (pᵀv), with p recovered from ∂ℓ/∂z = p − e_y. */
        @Override
        void curvature(double[] dz, int c, int y, double[] rz, double[] rdz) {
            double pv = 0;
            for (int k = 0; k < c; k++) {
                pv += (dz[k] + (k == y ? 1 : 0)) * rz[k];
            }
            for (int k = 0; k < c; k++) {
                double p = dz[k] + (k == y ? 1 : 0);
                rdz[k] = p * (rz[k] - pv);
            }
        }
    };

    /** ℓ(z, y), writing ∂ℓ/∂z into {@code dz[0..c)}. */
    abstract double apply(double[] z, int c, int y, double[] dz);

    /** Writes H_z·rz into {@code rdz}, given {@code dz} = ∂ℓ/∂z from {@link #apply}. */
    abstract void curvature(double[] dz, int c, int y, double[] rz, double[] rdz);
}
