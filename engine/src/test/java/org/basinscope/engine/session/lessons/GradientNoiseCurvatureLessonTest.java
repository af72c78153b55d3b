package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.cli.CliRunner;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;

/**
 * gradient-noise-curvature: minibatch SGD on a 2-16-16-2 tanh MLP on two-moons, through {@code simulate --preset
 * --noise-geometry 3}, which measures what the window's noise plot shows, at the final mean. The run is
 * deterministic (seed 1), so the numbers are fixed; the tolerances say what "about" means: about 0.9 is within
 * 0.05 (measured 0.924 at B = 16, 0.919 at B = 64), "ten times" within 8 … 12 (measured 10.3), "about five times"
 * within 4 … 6.5 (measured 5.2; c_B alone gives 5.4, and the two runs end at different points).
 */
class GradientNoiseCurvatureLessonTest {
    private static final String ID = "gradient-noise-curvature";

    private static JsonNode run(String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", "--preset", ID, "--noise-geometry", "3"));
        args.addAll(List.of(extra));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode json = r.json();
        assertEquals(0, json.get("diverged").asInt());
        assertEquals(600, json.get("steps").asInt(), "after 600 steps");
        return json;
    }

    private static double cB(int n, int b) {
        return (n - b) / (b * (n - 1.0));
    }

    @Test
    void theLessonIsTheNetworkItNames() {
        Lesson l = Lessons.load(ID);
        assertTrue(!l.settings().planar(), "d-dimensional");
        assertEquals(16, l.settings().params().batch());
        assertEquals(0.2, l.settings().params().eta(), 0);
        assertEquals(16, l.settings().particles());
        // 2-16-16-2: (2 + 1)·16 + (16 + 1)·16 + (16 + 1)·2 weights and biases.
        var f = LandscapeCatalog.createAny(l.settings().landscape());
        assertEquals(354, f.dimension());
        assertEquals(354, (2 + 1) * 16 + (16 + 1) * 16 + (16 + 1) * 2);
        assertEquals(200, f.asFiniteSum().orElseThrow().examples(), "200 two-moons points");
        assertTrue(f.describe().contains("tanh"), f.describe());
        assertEquals(64, Lessons.apply(l.settings().params(), l.steps().get(0)).batch());
        assertTrue(l.steps().get(0).set().containsKey("reset"), "from the same start");
        // c_B falls from 0.058 to 0.011.
        assertEquals(0.058, cB(200, 16), 0.0005);
        assertEquals(0.011, cB(200, 64), 0.0005);
    }

    @Test
    void minibatchNoiseAlignsWithCurvatureTenTimesMoreThanIsotropicNoise() {
        JsonNode j = run();
        assertTrue(j.get("noiseCovariance").asText().startsWith("c_B·S"), "the minibatch gradient's error covariance");
        double a = j.get("noiseHessianAlignment").asDouble();
        double iso = j.get("isotropicHessianAlignment").asDouble();
        assertEquals(0.9, a, 0.05, "about 0.9");
        assertEquals(0.09, iso, 0.005, "the 0.09 of isotropic noise");
        assertTrue(a / iso >= 8 && a / iso <= 12, "ten times: " + a / iso);
        assertTrue(j.get("noiseHessianOverlap").asDouble() > 0.95, "overlap above 0.95");
    }

    @Test
    void atBatch64TheNoiseIsAboutFiveTimesSmallerAndAsAligned() {
        JsonNode small = run();
        JsonNode large = run("--batch", "64");
        double ratio = small.get("noiseTop").get(0).asDouble() / large.get("noiseTop").get(0).asDouble();
        assertTrue(ratio >= 4 && ratio <= 6.5, "about five times smaller: " + ratio);
        assertEquals(0.9, large.get("noiseHessianAlignment").asDouble(), 0.05, "about 0.9 again");
    }
}
