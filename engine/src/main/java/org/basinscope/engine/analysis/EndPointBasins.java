package org.basinscope.engine.analysis;

import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.Numbers;

/**
 * The basins a d-dimensional cloud ended in (seed 000, basins as attractor regions): each live particle descends
 * to its minimum ({@link Descent#toMinimum(VectorLandscape, double[])}), and minima closer than {@code radius}
 * to a basin already found join it (in particle order, so the labels are deterministic); the count per basin is
 * the cloud's basin occupation. Descents that stall before the gradient test (a flat valley, a saddle) are
 * counted apart, as are diverged particles. A descent costs up to 10⁵ gradients, so this is for end points,
 * not for every step.
 *
 * @param basins      in order of discovery
 * @param unconverged live particles whose descent did not meet the gradient test
 * @param diverged    particles flagged diverged
 * @param particles   all particles
 */
public record EndPointBasins(List<Basin> basins, int unconverged, int diverged, int particles) {

    /** A minimum (the first descent that reached it), the loss there, and how many particles descend to it. */
    public record Basin(double[] minimum, double loss, int count) {
    }

    /** The particles' basins, minima within {@code radius} (Euclidean, &gt; 0) counted as one. */
    public static EndPointBasins of(VectorLandscape f, ParticleArrays cloud, double radius) {
        Numbers.checkRange("basin radius", radius, 1e-12, 1e6);
        int d = cloud.dimension;
        List<double[]> minima = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int unconverged = 0;
        int diverged = 0;
        double[] point = new double[d];
        for (int i = 0; i < cloud.size; i++) {
            if (cloud.diverged[i]) {
                diverged++;
                continue;
            }
            for (int c = 0; c < d; c++) {
                point[c] = cloud.coords[c][i];
            }
            Descent.Result r = Descent.toMinimum(f, point);
            if (!r.converged()) {
                unconverged++;
                continue;
            }
            int found = nearest(minima, r.point(), radius);
            if (found < 0) {
                minima.add(r.point());
                losses.add(r.loss());
                counts.add(1);
            } else {
                counts.set(found, counts.get(found) + 1);
            }
        }
        List<Basin> basins = new ArrayList<>();
        for (int b = 0; b < minima.size(); b++) {
            basins.add(new Basin(minima.get(b), losses.get(b), counts.get(b)));
        }
        return new EndPointBasins(List.copyOf(basins), unconverged, diverged, cloud.size);
    }

    /** The index of the first minimum within {@code radius} of {@code m}, or −1. */
    private static int nearest(List<double[]> minima, double[] m, double radius) {
        for (int b = 0; b < minima.size(); b++) {
            double[] other = minima.get(b);
            double s = 0;
            for (int c = 0; c < m.length; c++) {
                s += (other[c] - m[c]) * (other[c] - m[c]);
            }
            if (Math.sqrt(s) <= radius) {
                return b;
            }
        }
        return -1;
    }
}
