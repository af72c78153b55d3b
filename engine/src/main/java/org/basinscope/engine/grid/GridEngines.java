package org.basinscope.engine.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * The engines a sweep can run on: {@code local}, always, and those on the class path as services of
 * {@link GridEngine} (the cluster module's {@code spark}).
 */
public final class GridEngines {
    /** How to build the Spark engine when it is asked for but not there. */
    public static final String BUILD_SPARK = "mvn -q -pl cluster -am package -DskipTests";

    private GridEngines() {
    }

    /** The engine called {@code name}; refuses an unknown one with the names that are valid. */
    public static GridEngine find(String name) {
        if (LocalGridEngine.NAME.equals(name)) {
            return new LocalGridEngine();
        }
        List<String> names = new ArrayList<>(List.of(LocalGridEngine.NAME));
        for (GridEngine e : ServiceLoader.load(GridEngine.class)) {
            if (e.name().equals(name)) {
                return e;
            }
            names.add(e.name());
        }
        if ("spark".equals(name)) {
            throw new InvalidInputException("the spark engine is not on the class path; build the cluster module with '"
                    + BUILD_SPARK + "' and run through ./basinscope (or spark-submit, see the README)");
        }
        if (!names.contains("spark")) {
            names.add("spark (after '" + BUILD_SPARK + "')");
        }
        throw new InvalidInputException("unknown engine '" + name + "'; valid: " + String.join(", ", names));
    }
}
