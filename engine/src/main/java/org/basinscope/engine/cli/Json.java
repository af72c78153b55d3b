package org.basinscope.engine.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;

/** One JSON object per command on standard output, as the command-line contract requires. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    public static String write(Map<String, ?> object) {
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static void print(PrintWriter out, Map<String, ?> object) {
        out.println(write(object));
        out.flush();
    }

    /** Non-finite numbers are not JSON; they are written as null. */
    public static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * A flat row-major array read as nested arrays of {@code shape} (the last index fastest): shape {2, 3}
     * gives [[v0, v1, v2], [v3, v4, v5]]; non-finite numbers as null.
     */
    public static Object[] nested(double[] flat, int[] shape) {
        return nested(flat, shape, 0, 0);
    }

    private static Object[] nested(double[] flat, int[] shape, int axis, int offset) {
        if (axis == shape.length - 1) {
            Object[] row = new Object[shape[axis]];
            for (int i = 0; i < row.length; i++) {
                row[i] = number(flat[offset + i]);
            }
            return row;
        }
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) {
            stride *= shape[a];
        }
        Object[] out = new Object[shape[axis]];
        for (int i = 0; i < out.length; i++) {
            out[i] = nested(flat, shape, axis + 1, offset + i * stride);
        }
        return out;
    }

    public static Object[] numbers(double[] vs) {
        Object[] out = new Object[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = number(vs[i]);
        }
        return out;
    }
}
