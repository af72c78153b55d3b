package org.basinscope.engine.cli;

import org.basinscope.engine.escape.FrictionSweep;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;

/** Parsing of ranges {@code a:b} and grids {@code n[,m]} typed on the command line. */
final class Ranges {
    static final int MAX_GRID = 4000;

    private Ranges() {
    }

    /** {@code a:b} with finite a &lt; b. */
    static double[] range(String option, String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new InvalidInputException(option + " '" + text + "' must be a range a:b");
        }
        double a = Numbers.parse(option, parts[0]);
        double b = Numbers.parse(option, parts[1]);
        if (!(a < b)) {
            throw new InvalidInputException(option + " '" + text + "' needs a < b");
        }
        return new double[] {a, b};
    }

    /** {@code FROM:TO:POINTS} of {@code --friction-sweep}: a log grid of frictions (checked by the grid itself). */
    static FrictionSweep.Grid frictionGrid(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new InvalidInputException("--friction-sweep '" + text + "' must be FROM:TO:POINTS, like 0.05:50:9");
        }
        int points;
        try {
            points = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--friction-sweep '" + text + "': POINTS '" + parts[2]
                    + "' is not a whole number");
        }
        return new FrictionSweep.Grid(Numbers.parse("--friction-sweep FROM", parts[0]),
                Numbers.parse("--friction-sweep TO", parts[1]), points);
    }

    /** {@code n} or {@code n,m}, each in [1, {@value #MAX_GRID}]; m defaults to n. */
    static int[] grid(String text) {
        return grid("--grid", text);
    }

    /** As {@link #grid(String)}, for the option named {@code option}. */
    static int[] grid(String option, String text) {
        String[] parts = text.split(",", -1);
        if (parts.length < 1 || parts.length > 2) {
            throw new InvalidInputException(option + " '" + text + "' must be n or n,m");
        }
        int[] out = new int[2];
        for (int k = 0; k < parts.length; k++) {
            try {
                out[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(option + " '" + text + "': '" + parts[k] + "' is not a whole number");
            }
            if (out[k] < 1 || out[k] > MAX_GRID) {
                throw new InvalidInputException(option + " " + out[k] + " is outside the allowed range [1, " + MAX_GRID + "]");
            }
        }
        if (parts.length == 1) {
            out[1] = out[0];
        }
        return out;
    }
}
