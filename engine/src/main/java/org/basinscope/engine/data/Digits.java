package org.basinscope.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The UCI optical recognition of handwritten digits (Alpaydin &amp; Kaynak 1998; its test set, 1797 images of
 * 8 × 8 pixels, counts 0 … 16, ten classes), as shipped by scikit-learn ({@code sklearn/datasets/data/
 * digits.csv.gz}, Debian's python3-sklearn 1.2.1): one row per image, 64 pixel counts then the digit. It is
 * on the class path at {@value #RESOURCE} (source, licence and SHA-256 in assets/data/README.md). Inputs are
 * scaled by 1/16 into [0, 1]. Read once and kept.
 */
public final class Digits {
    /** Where the file is on the class path. */
    public static final String RESOURCE = "/assets/data/digits.csv.gz";
    /** Rows in the file. */
    public static final int SIZE = 1797;
    /** 8 × 8 pixels. */
    public static final int FEATURES = 64;
    public static final int CLASSES = 10;
    private static final double PIXEL_MAX = 16;

    private Digits() {
    }

    /** All 1797 images, loaded on first use. */
    public static DataSet all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final DataSet ALL = load();
    }

    private static DataSet load() {
        double[] inputs = new double[SIZE * FEATURES];
        int[] labels = new int[SIZE];
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("the digits data " + RESOURCE + " is missing from the class path");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.US_ASCII));
            int row = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (row >= SIZE || cells.length != FEATURES + 1) {
                    throw new IllegalStateException("digits row " + (row + 1) + ": expected " + SIZE + " rows of "
                            + (FEATURES + 1) + " values");
                }
                for (int j = 0; j < FEATURES; j++) {
                    inputs[row * FEATURES + j] = Double.parseDouble(cells[j]) / PIXEL_MAX;
                }
                labels[row] = (int) Double.parseDouble(cells[FEATURES]);
                row++;
            }
            if (row != SIZE) {
                throw new IllegalStateException("digits: " + row + " rows, expected " + SIZE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return new DataSet("digits", FEATURES, CLASSES, inputs, labels);
    }
}
