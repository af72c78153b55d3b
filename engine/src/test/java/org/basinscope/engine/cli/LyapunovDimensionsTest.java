package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.basinscope.engine.chaos.LyapunovExponents;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.TangentMap;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.junit.jupiter.api.Test;

/** {@code lyapunov --exponents k}: the top k in d dimensions, the planar spectrum cut to k (refusals: ChaosCommandsTest). */
class LyapunovDimensionsTest {

    @Test
    void printsTheTopKOfAHundredDimensionalGdRunAsTheEngineComputesThem() {
        CliRunner r = CliRunner.run("lyapunov", "--landscape", "quadratic:dim=100,lmin=0.5,lmax=8", "--dynamics", "gd",
                "--eta", "0.1", "--exponents", "3", "--steps", "5000", "--transient", "200", "--seed", "4");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("qr-tangent", j.get("method").asText());
        assertEquals(100, j.get("dimension").asInt());
        assertEquals(100, j.get("stateDimension").asInt());
        assertFalse(j.get("diverged").asBoolean());
        assertEquals(3, j.get("exponents").size());
        assertEquals(3, j.get("stderr").size());
        VectorLandscape f = LandscapeCatalog.createAny("quadratic:dim=100,lmin=0.5,lmax=8");
        TangentMap m = DynamicsCatalog.create("gd").tangentMap(f, Params.DEFAULT.withEta(0.1));
        var expected = LyapunovExponents.top(m, m.start(f.defaultStart()), 3, 200, 5000, 4);
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.exponents()[i], j.get("exponents").get(i).asDouble(), 0, "same bits as the engine");
        }
        // The values against ln|1 − ηλ| with derived tolerances: chaos.LyapunovExponentsTest.
        assertTrue(expected.exponents()[0] >= expected.exponents()[1] && expected.exponents()[1] >= expected.exponents()[2]);
    }

    @Test
    void momentumInDimensionsHasATwoDimensionalTangentSpacePerCoordinate() {
        CliRunner r = CliRunner.run("lyapunov", "--landscape", "quadratic:dim=4,lmin=1,lmax=10", "--dynamics", "momentum",
                "--momentum", "0.9", "--eta", "0.1", "--exponents", "8", "--steps", "2000", "--transient", "0");
        assertEquals(0, r.code(), r.err());
        assertEquals(8, r.json().get("stateDimension").asInt());
        double sum = 0;
        for (JsonNode e : r.json().get("exponents")) {
            sum += e.asDouble();
        }
        // det J = β per direction: the full spectrum sums to 4 ln 0.9 exactly (up to rounding).
        assertEquals(4 * Math.log(0.9), sum, 1e-9);
    }

    @Test
    void thePlanarSpectrumIsCutToK() {
        CliRunner all = CliRunner.run("lyapunov", "--landscape", "quadratic:h1=1,h2=10", "--dynamics", "gd", "--eta",
                "0.15", "--x0", "2,2", "--steps", "1000", "--transient", "0");
        CliRunner one = CliRunner.run("lyapunov", "--landscape", "quadratic:h1=1,h2=10", "--dynamics", "gd", "--eta",
                "0.15", "--x0", "2,2", "--steps", "1000", "--transient", "0", "--exponents", "1");
        assertEquals(0, one.code(), one.err());
        assertEquals(2, all.json().get("exponents").size());
        assertEquals(1, one.json().get("exponents").size());
        assertEquals(all.json().get("exponents").get(0).asDouble(), one.json().get("exponents").get(0).asDouble(), 0);
        assertEquals(all.json().get("sum").asDouble(), one.json().get("sum").asDouble(), 0);
    }

    @Test
    void theExponentsDoNotDependOnTheThreadCount() {
        // The QR frame is advanced on one thread (k Hessian–vector products and Gram–Schmidt per step), so --threads
        // cannot change a bit; the contract is checked all the same.
        String[] base = {"lyapunov", "--landscape", "quadratic:dim=100,lmin=0.5,lmax=8,rotate=3", "--dynamics",
            "nesterov", "--eta", "0.05", "--exponents", "4", "--steps", "500", "--transient", "0", "--threads"};
        CliRunner one = CliRunner.run(concat(base, "1"));
        CliRunner two = CliRunner.run(concat(base, "2"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.json().get("exponents"), two.json().get("exponents"));
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }
}
