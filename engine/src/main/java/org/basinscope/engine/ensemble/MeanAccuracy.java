package org.basinscope.engine.ensemble;

import java.util.OptionalDouble;
import org.basinscope.engine.dynamics.ParticleArrays;
import org.basinscope.engine.landscape.VectorLandscape;

/** The training accuracy of a cloud: the mean over its particles of a classifier's accuracy at each. */
public final class MeanAccuracy {
    private MeanAccuracy() {
    }

    /**
     * The mean accuracy over the particles that did not diverge, summed in index order (NaN if all did), or
     * empty when the landscape does not classify ({@link VectorLandscape#accuracy()}).
     */
    public static OptionalDouble of(VectorLandscape f, ParticleArrays s) {
        var classifier = f.accuracy();
        if (classifier.isEmpty()) {
            return OptionalDouble.empty();
        }
        int d = s.dimension;
        double[] point = new double[d];
        double sum = 0;
        int alive = 0;
        for (int i = 0; i < s.size; i++) {
            if (!s.diverged[i]) {
                for (int k = 0; k < d; k++) {
                    point[k] = s.coords[k][i];
                }
                sum += classifier.get().at(point);
                alive++;
            }
        }
        return OptionalDouble.of(alive == 0 ? Double.NaN : sum / alive);
    }
}
