package org.basinscope.engine.analysis.projection;

/**
 * The two directions u, v (length d) that span a projection's plane.
 *
 * @param orthonormal true when u and v are orthonormal by construction (coordinates, eigenvectors,
 *                    principal components): a point's plane coordinates are then its dot products with them;
 *                    filter-normalised random directions are neither unit nor orthogonal, and are solved for
 *                    by least squares instead
 */
public record Directions(double[] u, double[] v, boolean orthonormal) {
    public Directions {
        if (u.length != v.length) {
            throw new IllegalArgumentException("directions of lengths " + u.length + " and " + v.length);
        }
    }
}
