package org.basinscope.engine.analysis.projection;

import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A plane through a centre c in ℝ^d spanned by two directions u, v (issue 15, "Projections for views"): the
 * point with plane coordinates (a, b) is c + a·u + b·v. The engine object the command line and the app share:
 * {@link #of} chooses the plane ({@link Plane}) for a landscape and a cloud, {@link ProjectedCloud#of} places
 * the particles on it, {@link PlaneGrid#sample} evaluates the loss over it.
 *
 * <p>A point θ's coordinates are (⟨θ − c, u⟩, ⟨θ − c, v⟩) when u, v are orthonormal; for the (non-orthonormal)
 * filter-normalised random directions they are the least-squares solution of a·u + b·v ≈ θ − c, i.e. the
 * point of the plane nearest θ (as Li et al.'s code projects trajectories). Immutable; arrays are copied in.
 */
public record Projection(Plane plane, double[] centre, Directions directions) {
    public Projection {
        centre = centre.clone();
        directions = new Directions(directions.u().clone(), directions.v().clone(), directions.orthonormal());
        if (centre.length != directions.u().length) {
            throw new IllegalArgumentException("centre of length " + centre.length + ", directions of length "
                    + directions.u().length);
        }
    }

    /**
     * The plane {@code plane} through {@code centre} for landscape {@code f} and the cloud {@code cloud}
     * (positions N × d); refused in one line for d &lt; 2, a non-finite centre, or a plane that cannot be had
     * (coordinates out of range, a cloud on a line for pca). On one thread.
     */
    public static Projection of(VectorLandscape f, ParticleArrays cloud, Plane plane, Centre centre) {
        return of(f, cloud, plane, centre, new BlockRunner(1));
    }

    /** As above, running the parallel parts (pca's covariance products) on {@code runner}: the same bits. */
    public static Projection of(VectorLandscape f, ParticleArrays cloud, Plane plane, Centre centre,
            BlockRunner runner) {
        int d = f.dimension();
        if (d < 2) {
            throw new InvalidInputException("projections need d ≥ 2; this landscape has d = " + d);
        }
        if (cloud.dimension != d) {
            throw new IllegalArgumentException("a cloud of dimension " + cloud.dimension + " on a landscape of " + d);
        }
        double[] c = centre.at(cloud, f);
        for (double ck : c) {
            if (!Double.isFinite(ck)) {
                throw new InvalidInputException("projection centre " + centre.spec() + " is not finite (the particle "
                        + "diverged?)");
            }
        }
        return new Projection(plane, c, plane.directions(f, cloud, c, runner));
    }

    public int dimension() {
        return centre.length;
    }

    /** c (a copy). */
    @Override
    public double[] centre() {
        return centre.clone();
    }

    public double[] u() {
        return directions.u().clone();
    }

    public double[] v() {
        return directions.v().clone();
    }

    /** Writes c + a·u + b·v into {@code out} (length d). */
    public void point(double a, double b, double[] out) {
        double[] u = directions.u();
        double[] v = directions.v();
        for (int k = 0; k < centre.length; k++) {
            out[k] = centre[k] + a * u[k] + b * v[k];
        }
    }

    /** The plane coordinates of one point θ (see the class comment). */
    public PlanePoint coordinates(double[] theta) {
        double[] u = directions.u();
        double[] v = directions.v();
        double ru = 0;
        double rv = 0;
        for (int k = 0; k < centre.length; k++) {
            double dk = theta[k] - centre[k];
            ru += dk * u[k];
            rv += dk * v[k];
        }
        return gram().solve(ru, rv);
    }

    /** The directions' Gram matrix (the identity, exactly, for orthonormal ones). */
    Gram gram() {
        if (directions.orthonormal()) {
            return Gram.IDENTITY;
        }
        double[] u = directions.u();
        double[] v = directions.v();
        return new Gram(Vectors.dot(u, u), Vectors.dot(u, v), Vectors.dot(v, v));
    }

    /** A point of the plane, in its coordinates: c + a·u + b·v. */
    public record PlanePoint(double a, double b) {
    }

    /**
     * The Gram matrix [[uu, uv], [uv, vv]] of the directions: plane coordinates from the dot products
     * r_u = ⟨θ − c, u⟩, r_v = ⟨θ − c, v⟩ solve G·(a, b) = (r_u, r_v), the normal equations of the least-squares fit.
     */
    record Gram(double uu, double uv, double vv) {
        static final Gram IDENTITY = new Gram(1, 0, 1);

        PlanePoint solve(double ru, double rv) {
            if (this == IDENTITY) {
                // Orthonormal directions: the coordinates are the dot products themselves, bit for bit.
                return new PlanePoint(ru, rv);
            }
            double det = uu * vv - uv * uv;
            return new PlanePoint((vv * ru - uv * rv) / det, (uu * rv - uv * ru) / det);
        }
    }
}
