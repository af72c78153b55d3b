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

    public static Object[] numbers(double[] vs) {
        Object[] out = new Object[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = number(vs[i]);
        }
        return out;
    }
}
