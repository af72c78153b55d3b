package org.basinscope.engine.live;

/**
 * A bounded history of rows of numbers (a time series with several columns), oldest dropped first,
 * so that plotted histories keep memory flat however long the app runs.
 */
public final class RingSeries {
    private final int capacity;
    private final double[][] columns;
    private long size;

    public RingSeries(int columns, int capacity) {
        this.capacity = capacity;
        this.columns = new double[columns][capacity];
    }

    public void add(double... row) {
        int slot = (int) (size % capacity);
        for (int c = 0; c < columns.length; c++) {
            columns[c][slot] = row[c];
        }
        size++;
    }

    public void clear() {
        size = 0;
    }

    public int length() {
        return (int) Math.min(size, capacity);
    }

    public int capacity() {
        return capacity;
    }

    /** Copies of the columns, oldest row first. */
    public double[][] copy() {
        int n = length();
        double[][] out = new double[columns.length][n];
        long first = size - n;
        for (int c = 0; c < columns.length; c++) {
            for (int k = 0; k < n; k++) {
                out[c][k] = columns[c][(int) ((first + k) % capacity)];
            }
        }
        return out;
    }
}
