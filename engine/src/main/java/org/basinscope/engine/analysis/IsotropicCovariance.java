package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * C = c·I in d dimensions: the error of isotropic gradient noise σζ/√B has c = σ²/B ({@code NoisyGradient}).
 * tr(CH) = c·tr H needs d Hessian–vector products (e_kᵀHe_k), so it is refused above
 * {@value VectorLandscape#MAX_DENSE_HESSIAN} dimensions, as the dense Hessian is.
 */
public record IsotropicCovariance(int dimension, double variance) implements NoiseCovariance {

    @Override
    public void apply(double[] v, double[] out) {
        for (int a = 0; a < dimension; a++) {
            out[a] = variance * v[a];
        }
    }

    @Override
    public String describe() {
        return "isotropic σ²/B·I, exact";
    }

    @Override
    public double trace() {
        return variance * dimension;
    }

    @Override
    public double frobeniusSquared() {
        return variance * variance * dimension;
    }

    @Override
    public double hessianInner(VectorLandscape f, double[] at) {
        return variance * HessianNorms.of(f, at).trace();
    }

    static void checkDense(int d) {
        if (d > VectorLandscape.MAX_DENSE_HESSIAN) {
            throw new InvalidInputException("the noise–Hessian alignment needs d Hessian–vector products: it is "
                    + "computed up to d = " + VectorLandscape.MAX_DENSE_HESSIAN + " (this landscape has d = " + d + ")");
        }
    }
}
