package org.basinscope.engine.analysis.projection;

import java.util.List;
import java.util.Random;
import org.basinscope.engine.landscape.ParameterBlock;

/**
 * Two random directions for a loss-landscape plot, filter-normalised as in Li et al. 2018 ("Visualizing the
 * loss landscape of neural nets", §4, eq. 1): each direction is Gaussian, then each parameter block (a filter,
 * a layer; {@link org.basinscope.engine.landscape.VectorLandscape#parameterBlocks()}) is scaled to the norm of
 * the same block of the centre, d_b ← d_b·‖c_b‖/‖d_b‖, so a unit step moves every filter by its own size and
 * plots of differently scaled networks compare. A block whose centre is 0 (biases at initialisation, a
 * landscape centred at its minimum at the origin) would get a zero direction and flatten the plot; it is
 * scaled to norm 1 instead. The directions are neither unit nor orthogonal (in high dimension they are
 * nearly orthogonal, as Li et al. note).
 */
final class FilterNormalised {
    private FilterNormalised() {
    }

    /** u then v, each d Gaussian numbers from one {@link Random} seeded with {@code seed}, filter-normalised. */
    static Directions draw(List<ParameterBlock> blocks, double[] centre, long seed) {
        checkPartition(blocks, centre.length);
        Random random = new Random(seed);
        double[] u = gaussian(random, centre.length);
        double[] v = gaussian(random, centre.length);
        normalise(u, blocks, centre);
        normalise(v, blocks, centre);
        return new Directions(u, v, false);
    }

    private static double[] gaussian(Random random, int d) {
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = random.nextGaussian();
        }
        return w;
    }

    /** Scales each block of {@code w} to the norm of the same block of {@code centre} (1 where that is 0). */
    static void normalise(double[] w, List<ParameterBlock> blocks, double[] centre) {
        for (ParameterBlock b : blocks) {
            double target = Math.sqrt(sumSquares(centre, b));
            double have = Math.sqrt(sumSquares(w, b));
            double c = (target > 0 ? target : 1) / have;
            for (int k = b.from(); k < b.to(); k++) {
                w[k] *= c;
            }
        }
    }

    private static double sumSquares(double[] w, ParameterBlock b) {
        double s = 0;
        for (int k = b.from(); k < b.to(); k++) {
            s += w[k] * w[k];
        }
        return s;
    }

    /** The blocks must tile [0, d) in order; a landscape that says otherwise is a programming error. */
    private static void checkPartition(List<ParameterBlock> blocks, int d) {
        int next = 0;
        for (ParameterBlock b : blocks) {
            if (b.from() != next) {
                throw new IllegalStateException("parameter blocks " + blocks + " do not tile [0, " + d + ") in order");
            }
            next = b.to();
        }
        if (next != d) {
            throw new IllegalStateException("parameter blocks " + blocks + " do not tile [0, " + d + ") in order");
        }
    }
}
