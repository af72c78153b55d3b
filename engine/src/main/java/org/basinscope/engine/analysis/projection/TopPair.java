package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.spec.InvalidInputException;

/** The plane of the top two Ritz vectors of a Lanczos run ({@link Lanczos#eigenpairs}), as orthonormal directions with a fixed sign. */
final class TopPair {
    /** A second eigenvalue below this times the first counts as zero: the operator has rank one (or none). */
    private static final double RANK_FLOOR = 1e-12;

    private TopPair() {
    }

    /**
     * u, v from the top two Ritz vectors, v orthogonalised once more against u (Ritz vectors are orthogonal to
     * rounding only; this makes ⟨u, v⟩ ≈ 10⁻¹⁶ whatever Lanczos' accuracy), each turned so that its
     * largest-magnitude component is positive (an eigenvector's sign is arbitrary; this fixes the picture's
     * orientation). Refused when the second eigenvalue is not clearly positive where {@code needPositive}.
     */
    static Directions of(Lanczos.Eigenpairs r, String kind, String operator, boolean needPositive) {
        double[] values = r.eigenvalues();
        if (values.length < 2 || (needPositive && !(values[1] > RANK_FLOOR * Math.abs(values[0])))) {
            throw new InvalidInputException("projection " + kind + " needs two directions, but " + operator
                    + " has rank below 2 (top eigenvalues " + java.util.Arrays.toString(values) + ")");
        }
        double[] u = r.vectors()[0].clone();
        double[] v = r.vectors()[1].clone();
        Vectors.axpy(-Vectors.dot(u, v), u, v);
        Vectors.scale(v, 1 / Vectors.norm(v));
        orient(u);
        orient(v);
        return new Directions(u, v, true);
    }

    private static void orient(double[] w) {
        int best = 0;
        for (int k = 1; k < w.length; k++) {
            if (Math.abs(w[k]) > Math.abs(w[best])) {
                best = k;
            }
        }
        if (w[best] < 0) {
            Vectors.scale(w, -1);
        }
    }
}
