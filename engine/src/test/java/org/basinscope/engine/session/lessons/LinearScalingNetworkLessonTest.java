package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.basinscope.engine.cli.CliRunner;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;

/**
 * linear-scaling-network: minibatch SGD on a 2-16-2 tanh MLP (squared error, overlapping two-moons), through
 * {@code simulate --preset --losses}, the distribution of the 256 networks' own final loss. The runs are
 * deterministic (seed 1); the tolerances are what the sentences say, and each is several standard errors of the
 * measured figure: with N = 256 and sd ≈ 0.0009 a mean is known to 6·10⁻⁵ (0.0003 is five of those for a
 * difference of two), an sd to about 5 % (skewed losses: a bit more), so a ratio to about 8 %.
 * Measured: mean 0.06993 and sd 0.00094 at the start; η = 0.05, B = 8: Δmean −0.00013, sd ratio 0.88;
 * η = 0.1, B = 8: sd ratio 1.95, Δmean +0.0012; η = 0.4, B = 64: sd ratio 2.6, η·λ_max 1.30.
 */
class LinearScalingNetworkLessonTest {
    private static final String ID = "linear-scaling-network";

    private record Losses(double mean, double sd, double sharpness) {
    }

    /** The lesson's run with a step's η and B for {@code steps} steps. */
    private static Losses run(Lesson l, int step, int steps) {
        var p = step < 0 ? l.settings().params() : Lessons.apply(l.settings().params(), l.steps().get(step));
        List<String> args = List.of("simulate", "--preset", ID, "--losses", "--eta", Double.toString(p.eta()),
                "--batch", Integer.toString(p.batch()), "--steps", Integer.toString(steps));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(0, j.get("diverged").asInt(), "no network diverges");
        JsonNode losses = j.get("losses");
        assertEquals(256, losses.get("count").asInt());
        return new Losses(losses.get("mean").asDouble(), losses.get("sd").asDouble(), j.get("sharpness").asDouble());
    }

    private static Losses start;

    /** The lesson's own run to step 4000, made once for the tests that compare with it. */
    private static synchronized Losses start(Lesson l) {
        if (start == null) {
            start = run(l, -1, 4000);
        }
        return start;
    }

    private static double cB(int n, int b) {
        return (n - b) / (b * (n - 1.0));
    }

    @Test
    void theLessonIsTheNetworkItNames() {
        Lesson l = Lessons.load(ID);
        assertTrue(!l.settings().planar());
        assertEquals("minibatch", l.settings().dynamics());
        assertEquals(256, l.settings().particles());
        assertEquals(0.1, l.settings().params().eta(), 0);
        assertEquals(16, l.settings().params().batch());
        var f = LandscapeCatalog.createAny(l.settings().landscape());
        // 2-16-2: (2 + 1)·16 + (16 + 1)·2 weights and biases, squared error, 200 examples.
        assertEquals(82, f.dimension());
        assertEquals(200, f.asFiniteSum().orElseThrow().examples());
        assertTrue(f.describe().contains("tanh") && f.describe().contains("½‖z − e_y‖²"), f.describe());
        // The same weights for all: no spread around the network's own initialisation.
        assertEquals(0, l.settings().spread(), 0);
        assertNull(l.settings().start(), "the network's initialisation");
        for (int k = 0; k < l.steps().size(); k++) {
            assertTrue(l.steps().get(k).set().containsKey("reset"), "each step starts again");
        }
        // η·c_B within 5 % for (0.05, 8) against (0.1, 16); η/B the same at (0.4, 64).
        double ratio = 0.05 * cB(200, 8) / (0.1 * cB(200, 16));
        assertTrue(ratio > 1 && ratio < 1.05, "η·c_B within 5 %: " + ratio);
        assertEquals(0.1 / 16, 0.4 / 64, 0);
        assertEquals(2 * 0.1 / 16, 0.1 / 8, 0);
    }

    @Test
    void theSameEtaOverBAtTheSameTrainingTimeGivesTheSameLosses() {
        Lesson l = Lessons.load(ID);
        Losses start = start(l);
        assertEquals(0.070, start.mean(), 0.0005, "a mean of about 0.070");
        assertEquals(0.001, start.sd(), 0.0002, "a spread of about 0.001");
        Losses half = run(l, 0, 8000);
        assertEquals(start.mean(), half.mean(), 0.0003, "the mean within 0.0003");
        assertEquals(1, half.sd() / start.sd(), 0.2, "the spread within 20 %");
    }

    @Test
    void doublingEtaOverBDoublesTheSpreadAndALargeEtaBreaksTheRule() {
        Lesson l = Lessons.load(ID);
        Losses start = start(l);
        Losses hot = run(l, 1, 4000);
        assertEquals(2, hot.sd() / start.sd(), 0.5, "the spread doubled within 25 %");
        assertEquals(0.001, hot.mean() - start.mean(), 0.0005, "the mean higher by about 0.001");
        Losses large = run(l, 2, 1000);
        assertEquals(1.3, 0.4 * large.sharpness(), 0.1, "η·λ_max about 1.3");
        assertTrue(large.sd() > 2 * start.sd(), "more than twice the spread: " + large.sd() / start.sd());
    }
}
