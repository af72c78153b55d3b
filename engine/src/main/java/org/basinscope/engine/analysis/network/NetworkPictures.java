package org.basinscope.engine.analysis.network;

import java.util.Arrays;
import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.landscape.VectorLandscape;

/** Draws a {@link NetworkPicture} of a classifier with parameters θ. */
public final class NetworkPictures {
    /** At most this many misclassified examples are listed. */
    public static final int MISCLASSIFIED = 16;
    /** Padding of the regions' box on each side, as a fraction of the data's range. */
    static final double PADDING = 0.1;

    private NetworkPictures() {
    }

    /**
     * The picture of the model θ: decision regions on a {@code side × side} grid when the data have two features,
     * and the confusion matrix over the training set. The predicted class is the arg-max of the scores (the lowest
     * index on a tie, as the training accuracy counts it), its confidence the softmax probability exp(z_k)/Σ exp(z_j).
     */
    public static NetworkPicture of(VectorLandscape.Scorer c, double[] theta, int side, long step) {
        double[] z = new double[c.data().classes()];
        return draw(c.data(), side, step, 1, (x, confidence) -> {
            c.scores(theta, x, z);
            int k = argMax(z);
            confidence[0] = softmax(z, k);
            return k;
        });
    }

    /**
     * The picture of an ensemble's vote (the Bayesian model average of its members): at each input the mean over
     * the members of their softmax probabilities, the predicted class its arg-max and the confidence that mean
     * probability, low where the members disagree — the ensemble's uncertainty; the confusion matrix of the same
     * averaged classifier over the training set.
     */
    public static NetworkPicture vote(VectorLandscape.Scorer c, double[][] members, int side, long step) {
        int classes = c.data().classes();
        double[] z = new double[classes];
        double[] mean = new double[classes];
        return draw(c.data(), side, step, members.length, (x, confidence) -> {
            Arrays.fill(mean, 0);
            for (double[] theta : members) {
                c.scores(theta, x, z);
                double max = z[argMax(z)];
                double sum = 0;
                for (int j = 0; j < classes; j++) {
                    z[j] = Math.exp(z[j] - max);
                    sum += z[j];
                }
                for (int j = 0; j < classes; j++) {
                    mean[j] += z[j] / sum;
                }
            }
            for (int j = 0; j < classes; j++) {
                mean[j] /= members.length;
            }
            int k = argMax(mean);
            confidence[0] = mean[k];
            return k;
        });
    }

    /** A classifier of one input: returns its class and writes the class's probability into confidence[0]. */
    private interface Classify {
        int at(double[] x, double[] confidence);
    }

    private static NetworkPicture draw(DataSet data, int side, long step, int members, Classify classify) {
        int classes = data.classes();
        double[] x = new double[data.features()];
        double[] confidenceOf = new double[1];
        int[][] confusion = new int[classes][classes];
        int[] wrong = new int[MISCLASSIFIED];
        int[] wrongAs = new int[MISCLASSIFIED];
        int nWrong = 0;
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(data.inputs(), i * data.features(), x, 0, data.features());
            int k = classify.at(x, confidenceOf);
            confusion[data.label(i)][k]++;
            if (k != data.label(i) && nWrong < MISCLASSIFIED) {
                wrongAs[nWrong] = k;
                wrong[nWrong++] = i;
            }
        }
        if (data.features() != 2 || side < 1) {
            return new NetworkPicture(data, null, 0, new int[0], new double[0], confusion,
                    Arrays.copyOf(wrong, nWrong), Arrays.copyOf(wrongAs, nWrong), step, members);
        }
        double[] box = box(data);
        int[] predicted = new int[side * side];
        double[] confidence = new double[side * side];
        double[] xy = new double[2];
        for (int j = 0; j < side; j++) {
            xy[1] = box[2] + (j + 0.5) * (box[3] - box[2]) / side;
            for (int i = 0; i < side; i++) {
                xy[0] = box[0] + (i + 0.5) * (box[1] - box[0]) / side;
                predicted[j * side + i] = classify.at(xy, confidenceOf);
                confidence[j * side + i] = confidenceOf[0];
            }
        }
        return new NetworkPicture(data, box, side, predicted, confidence, confusion, Arrays.copyOf(wrong, nWrong),
                Arrays.copyOf(wrongAs, nWrong), step, members);
    }

    /** The data's range in each of two features, padded by {@value #PADDING} of it on each side. */
    static double[] box(DataSet data) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int i = 0; i < data.size(); i++) {
            for (int f = 0; f < 2; f++) {
                double v = data.input(i, f);
                box[2 * f] = Math.min(box[2 * f], v);
                box[2 * f + 1] = Math.max(box[2 * f + 1], v);
            }
        }
        for (int f = 0; f < 2; f++) {
            double span = Math.max(box[2 * f + 1] - box[2 * f], 1e-9);
            box[2 * f] -= PADDING * span;
            box[2 * f + 1] += PADDING * span;
        }
        return box;
    }

    static int argMax(double[] z) {
        int best = 0;
        for (int k = 1; k < z.length; k++) {
            if (z[k] > z[best]) {
                best = k;
            }
        }
        return best;
    }

    /** exp(z_k)/Σ exp(z_j), shifted by the largest score so that no exponential overflows. */
    static double softmax(double[] z, int k) {
        double max = z[argMax(z)];
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        return Math.exp(z[k] - max) / sum;
    }
}
