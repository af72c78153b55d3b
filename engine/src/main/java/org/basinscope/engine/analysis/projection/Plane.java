package org.basinscope.engine.analysis.projection;

import java.util.Locale;
import org.basinscope.engine.analysis.Lanczos;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Options;
import org.basinscope.engine.spec.Spec;

/**
 * Which two directions span a projection's plane (issue 15, "Projections for views"). Text form
 * ({@link #parse}): {@code coords:i,j} (the unit vectors e_i, e_j, coordinates counted from 0 as in
 * {@code simulate --out}), {@code hessian[:seed=S]} (the Hessian's top two eigenvectors at the centre),
 * {@code pca[:seed=S]} (the cloud's top two principal components), {@code random[:seed=S]} (two Gaussian
 * directions, filter-normalised; Li et al. 2018). S seeds Lanczos' start vector or the random directions
 * (default 1). Every plane needs d ≥ 2.
 */
public sealed interface Plane {
    /** The accepted forms, for messages. */
    String FORMS = "coords:i,j, hessian[:seed=S], pca[:seed=S], random[:seed=S]";

    /** The canonical text form, which {@link #parse} reads back. */
    String spec();

    /**
     * The plane's two directions for this landscape, cloud and centre (length d each); {@code runner} runs the
     * parallel parts (the covariance products of pca), with results that do not depend on its thread count.
     */
    Directions directions(VectorLandscape f, ParticleArrays cloud, double[] centre, BlockRunner runner);

    /** What each direction is, in words ("Hessian eigenvector"), for the axes of a picture. */
    String direction();

    /** The name of plane axis 0 (a) or 1 (b), e.g. "a: along the 1st Hessian eigenvector". */
    default String axisName(int axis) {
        return (axis == 0 ? "a: along the 1st " : "b: along the 2nd ") + direction();
    }

    /** e_i and e_j: the plane of two coordinates, orthonormal exactly. */
    record Coordinates(int i, int j) implements Plane {
        public Coordinates {
            if (i < 0 || j < 0 || i == j) {
                throw new InvalidInputException("projection coords:" + i + "," + j
                        + " needs two different coordinates i, j ≥ 0");
            }
        }

        @Override
        public String spec() {
            return "coords:" + i + "," + j;
        }

        @Override
        public String direction() {
            return "coordinate";
        }

        @Override
        public String axisName(int axis) {
            int k = axis == 0 ? i : j;
            return (axis == 0 ? "a = θ" : "b = θ") + k + " − c" + k;
        }

        @Override
        public Directions directions(VectorLandscape f, ParticleArrays cloud, double[] centre, BlockRunner runner) {
            int d = f.dimension();
            if (Math.max(i, j) >= d) {
                throw new InvalidInputException("projection " + spec() + ": coordinates run from 0 to " + (d - 1)
                        + " on this landscape (d = " + d + ")");
            }
            double[] u = new double[d];
            double[] v = new double[d];
            u[i] = 1;
            v[j] = 1;
            return new Directions(u, v, true);
        }
    }

    /**
     * The eigenvectors of the two largest eigenvalues of H(c), by {@link Lanczos}
     * on Hessian–vector products: the sharpest plane through the centre.
     */
    record Hessian(long seed) implements Plane {
        @Override
        public String spec() {
            return "hessian:seed=" + seed;
        }

        @Override
        public String direction() {
            return "Hessian eigenvector";
        }

        @Override
        public Directions directions(VectorLandscape f, ParticleArrays cloud, double[] centre, BlockRunner runner) {
            return TopPair.of(Lanczos.eigenpairs(f, centre, 2, seed), "hessian",
                    "the Hessian at the centre", false);
        }
    }

    /** The cloud's top two principal components (its covariance's top eigenvectors; {@link CloudCovariance}). */
    record PrincipalComponents(long seed) implements Plane {
        @Override
        public String spec() {
            return "pca:seed=" + seed;
        }

        @Override
        public String direction() {
            return "principal component of the cloud";
        }

        @Override
        public Directions directions(VectorLandscape f, ParticleArrays cloud, double[] centre, BlockRunner runner) {
            return CloudCovariance.of(cloud, runner).principalPlane(seed);
        }
    }

    /** Two Gaussian directions drawn from the seed, filter-normalised ({@link FilterNormalised}). */
    record RandomDirections(long seed) implements Plane {
        @Override
        public String spec() {
            return "random:seed=" + seed;
        }

        @Override
        public String direction() {
            return "random direction (filter-normalised)";
        }

        @Override
        public Directions directions(VectorLandscape f, ParticleArrays cloud, double[] centre, BlockRunner runner) {
            return FilterNormalised.draw(f.parameterBlocks(), centre, seed);
        }
    }

    /** Parses one of {@value #FORMS}; anything else fails in one line naming them. */
    static Plane parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty projection; valid: " + FORMS);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("coords") || t.startsWith("coords:")) {
            return coordinates(t);
        }
        Spec spec = Spec.parse(t);
        Options o = new Options("projection " + spec.name(), spec.options());
        Plane plane = switch (spec.name()) {
            case "hessian" -> new Hessian(seed(o));
            case "pca" -> new PrincipalComponents(seed(o));
            case "random" -> new RandomDirections(seed(o));
            default -> throw new InvalidInputException("unknown projection '" + text.strip() + "'; valid: " + FORMS);
        };
        o.finish();
        return plane;
    }

    private static long seed(Options o) {
        return o.integer("seed", 1, 0, Integer.MAX_VALUE);
    }

    private static Plane coordinates(String t) {
        String[] parts = t.substring(Math.min(t.length(), "coords:".length())).split(",", -1);
        if (!t.startsWith("coords:") || parts.length != 2) {
            throw new InvalidInputException("projection '" + t + "' must be coords:i,j (two coordinates from 0)");
        }
        int[] ij = new int[2];
        for (int k = 0; k < 2; k++) {
            try {
                ij[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("projection '" + t + "': '" + parts[k].strip()
                        + "' is not a whole number (coords:i,j, coordinates from 0)");
            }
        }
        return new Coordinates(ij[0], ij[1]);
    }
}
