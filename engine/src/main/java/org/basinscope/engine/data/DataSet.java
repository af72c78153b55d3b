package org.basinscope.engine.data;

/**
 * A labelled classification data set: n examples of {@code features} inputs each, row-major in
 * {@code inputs} (example i's feature j is {@code inputs[i·features + j]}), and a class label in
 * [0, classes) per example. Immutable by convention: the arrays are not exposed for writing.
 *
 * @param name     the catalog name ({@code two-moons}, {@code spirals}, {@code teacher}, {@code digits})
 * @param features p, the input dimension
 * @param classes  the number of classes (≥ 2)
 */
public record DataSet(String name, int features, int classes, double[] inputs, int[] labels) {

    public DataSet {
        if (features < 1 || classes < 2 || inputs.length != (long) labels.length * features) {
            throw new IllegalArgumentException("data set " + name + ": " + labels.length + " labels, "
                    + inputs.length + " inputs, " + features + " features, " + classes + " classes do not fit");
        }
        for (int label : labels) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("data set " + name + ": label " + label + " outside [0, "
                        + classes + ")");
            }
        }
    }

    /** n, the number of examples. */
    public int size() {
        return labels.length;
    }

    /** Feature j of example i. */
    public double input(int i, int j) {
        return inputs[i * features + j];
    }

    /** The label of example i. */
    public int label(int i) {
        return labels[i];
    }

    /** The first {@code n} examples. */
    public DataSet first(int n) {
        return new DataSet(name, features, classes, java.util.Arrays.copyOf(inputs, n * features),
                java.util.Arrays.copyOf(labels, n));
    }
}
