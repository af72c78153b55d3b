package org.basinscope.engine.analysis;

import org.basinscope.engine.landscape.VectorLandscape;

/**
 * tr H and ‖H‖_F² at a point, exactly, from the d Hessian–vector products H·e_k (column k's diagonal entry and
 * squared norm); refused above {@value VectorLandscape#MAX_DENSE_HESSIAN} dimensions.
 */
record HessianNorms(double trace, double frobeniusSquared) {

    static HessianNorms of(VectorLandscape f, double[] at) {
        int d = f.dimension();
        IsotropicCovariance.checkDense(d);
        double[] e = new double[d];
        double[] col = new double[d];
        double trace = 0;
        double frob = 0;
        for (int k = 0; k < d; k++) {
            e[k] = 1;
            f.hessianVector(at, e, col);
            e[k] = 0;
            trace += col[k];
            for (double c : col) {
                frob += c * c;
            }
        }
        return new HessianNorms(trace, frob);
    }
}
