package org.basinscope.engine.analysis.network;

import org.basinscope.engine.data.DataSet;

/**
 * What one network (a classifier with parameters θ) does with its data (issue 16, the network view): for data of
 * two input features, the decision regions over the data's box — the class the network predicts at each cell and
 * its softmax probability there, as TensorFlow Playground draws them; for any data, the confusion matrix over the
 * training set and the first misclassified examples. Immutable by convention (fresh arrays, nobody writes them
 * again).
 *
 * @param data          the training examples
 * @param box           {x0, x1, y0, y1}, the input box of the regions (null without two features)
 * @param side          cells per side of the regions (0 without two features)
 * @param predicted     the predicted class per cell, row j = y_j, column i = x_i (empty without two features)
 * @param confidence    its softmax probability, in [1/classes, 1]
 * @param confusion     {@code confusion[true][predicted]} counts over the training set
 * @param misclassified the indices of up to {@link NetworkPictures#MISCLASSIFIED} misclassified examples
 * @param misclassifiedAs the class predicted for each of them
 * @param step          the step of the run it was drawn at
 * @param members       how many networks voted: 1 for one network's own picture, more for an ensemble's average
 *                      of their softmax probabilities ({@link NetworkPictures#vote})
 */
public record NetworkPicture(DataSet data, double[] box, int side, int[] predicted, double[] confidence,
        int[][] confusion, int[] misclassified, int[] misclassifiedAs, long step, int members) {

    /** The fraction of training examples classified correctly: the confusion matrix's trace over n. */
    public double accuracy() {
        long right = 0;
        long n = 0;
        for (int t = 0; t < confusion.length; t++) {
            for (int p = 0; p < confusion[t].length; p++) {
                n += confusion[t][p];
                right += t == p ? confusion[t][p] : 0;
            }
        }
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** True when the data have two input features, so the regions were drawn. */
    public boolean planar() {
        return side > 0;
    }

    /** The predicted class at cell (i, j). */
    public int predicted(int i, int j) {
        return predicted[j * side + i];
    }

    public double confidence(int i, int j) {
        return confidence[j * side + i];
    }
}
