package org.basinscope.engine.analysis.projection;

import java.util.Locale;
import org.basinscope.engine.analysis.Descent;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/**
 * The point a projection's plane passes through. Text form ({@link #parse}): {@code mean} (the live particles'
 * mean, the default), {@code particle:I} (particle I's position, e.g. {@code particle:0}), {@code minimum} (the
 * minimum a descent from the cloud's mean reaches), or a point {@code a1,…,ad} (one number sets every coordinate,
 * e.g. {@code 0} for a minimum at the origin).
 */
public sealed interface Centre {
    String FORMS = "mean, particle:I, minimum, a point a1,…,ad (or one number for every coordinate)";

    /** The centre's position for this cloud on f (length d). */
    double[] at(ParticleArrays cloud, VectorLandscape f);

    /** True if the centre moves with the cloud (so a plane through it is recentred as the cloud drifts). */
    default boolean follows() {
        return true;
    }

    /** The canonical text form. */
    String spec();

    record Mean() implements Centre {
        @Override
        public double[] at(ParticleArrays cloud, VectorLandscape f) {
            return CloudCovariance.mean(cloud);
        }

        @Override
        public String spec() {
            return "mean";
        }
    }

    record Particle(int index) implements Centre {
        @Override
        public double[] at(ParticleArrays cloud, VectorLandscape f) {
            if (index < 0 || index >= cloud.size) {
                throw new InvalidInputException("projection centre particle:" + index + " is outside the allowed range [0, "
                        + (cloud.size - 1) + "]");
            }
            double[] c = new double[cloud.dimension];
            for (int k = 0; k < c.length; k++) {
                c[k] = cloud.coords[k][index];
            }
            return c;
        }

        @Override
        public String spec() {
            return "particle:" + index;
        }
    }

    /** A given point: d coordinates, or one for all of them. */
    record Point(double[] point) implements Centre {
        public Point {
            point = point.clone();
        }

        @Override
        public boolean follows() {
            return false;
        }

        @Override
        public double[] at(ParticleArrays cloud, VectorLandscape f) {
            if (point.length == 1) {
                double[] c = new double[cloud.dimension];
                java.util.Arrays.fill(c, point[0]);
                return c;
            }
            if (point.length != cloud.dimension) {
                throw new InvalidInputException("projection centre has " + point.length + " coordinates; this landscape "
                        + "needs " + cloud.dimension + " (or one number for all)");
            }
            return point.clone();
        }

        @Override
        public String spec() {
            StringBuilder s = new StringBuilder();
            for (double c : point) {
                s.append(s.length() == 0 ? "" : ",").append(c);
            }
            return s.toString();
        }
    }

    /**
     * The minimum a descent from the cloud's mean reaches ({@link Descent#toMinimum}, at most
     * {@value #MINIMUM_ITERATIONS} iterations), or that minimum once found ({@code point}, kept: the plane does not
     * follow the cloud). A live run finds it in the background and keeps the found point.
     *
     * @param point     the minimum found, or null before the descent
     * @param converged whether the descent ended at a point where the gradient vanishes (false before it)
     */
    record Minimum(double[] point, boolean converged) implements Centre {
        /** The descent's cap: seconds on a network's full data set, in the background. */
        public static final int MINIMUM_ITERATIONS = 20_000;

        public Minimum {
            point = point == null ? null : point.clone();
        }

        /** The minimum still to find. */
        public static Minimum toFind() {
            return new Minimum(null, false);
        }

        /** The descent from {@code from} (the cloud's mean) on f. */
        public static Minimum find(double[] from, VectorLandscape f) {
            Descent.Result r = Descent.toMinimum(f, from, MINIMUM_ITERATIONS);
            return new Minimum(r.point(), r.converged());
        }

        @Override
        public boolean follows() {
            return false;
        }

        @Override
        public double[] at(ParticleArrays cloud, VectorLandscape f) {
            return point != null ? point.clone() : find(CloudCovariance.mean(cloud), f).point;
        }

        @Override
        public String spec() {
            return "minimum";
        }
    }

    /** Parses one of {@value #FORMS}. */
    static Centre parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty projection centre; valid: " + FORMS);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("mean")) {
            return new Mean();
        }
        if (t.equals("minimum")) {
            return Minimum.toFind();
        }
        if (t.startsWith("particle")) {
            String rest = t.substring("particle".length());
            try {
                if (!rest.startsWith(":")) {
                    throw new NumberFormatException();
                }
                return new Particle(Integer.parseInt(rest.substring(1).strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("projection centre '" + text.strip() + "' must be particle:I with a "
                        + "whole number I ≥ 0");
            }
        }
        String[] parts = t.split(",", -1);
        double[] p = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                p[k] = Numbers.parse("projection centre", parts[k]);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("projection centre '" + text.strip() + "' is not valid; valid: " + FORMS);
            }
        }
        return new Point(p);
    }
}
