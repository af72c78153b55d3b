package org.basinscope.engine.cli;

import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/** Parsing of a point {@code a} or {@code a,b} typed by a user. */
final class Coordinates {
    private Coordinates() {
    }

    static double[] parse(String what, String text, int dimension) {
        String[] parts = text.split(",", -1);
        if (parts.length != dimension) {
            throw new InvalidInputException(what + " '" + text + "' needs " + dimension + " coordinate"
                    + (dimension == 1 ? "" : dimension == 2 ? "s, comma-separated (a,b)" : "s, comma-separated, or one number for all") + " for this landscape");
        }
        double[] point = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            point[i] = Numbers.parse(what, parts[i]);
        }
        return point;
    }
}
