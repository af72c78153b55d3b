package org.basinscope.engine.formula;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The names a formula may use: the variables, the constants and the one-argument functions. */
final class Vocabulary {
    static final String X = "x";
    static final String Y = "y";

    /** The largest index of a variable x1 … xd: the most dimensions a formula may have. */
    static final int MAX_INDEX = 64;

    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E);

    private static final Map<String, Integer> FUNCTIONS = new LinkedHashMap<>();

    static {
        FUNCTIONS.put("sin", Opcode.SIN);
        FUNCTIONS.put("cos", Opcode.COS);
        FUNCTIONS.put("tan", Opcode.TAN);
        FUNCTIONS.put("exp", Opcode.EXP);
        FUNCTIONS.put("log", Opcode.LOG);
        FUNCTIONS.put("sqrt", Opcode.SQRT);
        FUNCTIONS.put("abs", Opcode.ABS);
        FUNCTIONS.put("tanh", Opcode.TANH);
    }

    private Vocabulary() {
    }

    /**
     * For a name x&lt;digits&gt;: its index if it is x1, x2, … (digits without a leading zero, up to any size),
     * -1 for a malformed one (x0, x01, or too long to be an index); 0 if the name is not of that form.
     */
    static int index(String name) {
        if (name.length() < 2 || name.charAt(0) != 'x') {
            return 0;
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return 0;
            }
        }
        if (name.charAt(1) == '0' || name.length() > 10) {
            return -1;
        }
        long index = Long.parseLong(name.substring(1));
        return index > Integer.MAX_VALUE ? -1 : (int) index;
    }

    /** The constant's value, or null if {@code name} is not a constant. */
    static Double constant(String name) {
        return CONSTANTS.get(name);
    }

    /** The function's {@link Opcode}, or null if {@code name} is not a function. */
    static Integer function(String name) {
        return FUNCTIONS.get(name);
    }

    /** Why {@code name} is not accepted, with every valid name and a hint for likely mix-ups. */
    static String unknown(String name) {
        return "unknown name '" + name + "'; valid: x, y, pi, e, " + String.join(", ", FUNCTIONS.keySet())
                + " (or x1 … x" + MAX_INDEX + " instead of x, y)" + hint(name);
    }

    private static String hint(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals(name) && (lower.equals(X) || lower.equals(Y) || CONSTANTS.containsKey(lower)
                || FUNCTIONS.containsKey(lower))) {
            return " (names are case-sensitive: write '" + lower + "')";
        }
        return switch (lower) {
            case "ln" -> " (log is the natural logarithm)";
            case "pow" -> " (write a^b for a power)";
            case "sq", "sqr" -> " (write a^2 for a square)";
            default -> "";
        };
    }
}
