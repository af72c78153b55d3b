package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Landscapes' exact Gibbs marginals: closed forms, the quadrature path against a closed form, normalisation. */
class GibbsMarginalTest {

    /** ∫ p over [lo, hi] by the trapezoid rule on 200 000 intervals (independent of the Simpson normalisation). */
    private static double integral(DoubleUnaryOperator p, double lo, double hi) {
        int n = 200_000;
        double h = (hi - lo) / n;
        double sum = (p.applyAsDouble(lo) + p.applyAsDouble(hi)) / 2;
        for (int i = 1; i < n; i++) {
            sum += p.applyAsDouble(lo + i * h);
        }
        return sum * h;
    }

    private static double normal(double x, double mean, double variance) {
        return Math.exp(-(x - mean) * (x - mean) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
    }

    @Test
    void atTemperatureOneAMixturesCoordinateIsTheMixtureOfItsModes() {
        Mixture m = new Mixture(4, 5, 4, 1, 1, "line", 1);
        DoubleUnaryOperator p = m.gibbsMarginal(0, 1).orElseThrow().density();
        // Five equal N(μₖ, 1) at −8, −4, 0, 4, 8.
        for (double x : new double[] {-8, -6, -1.3, 0, 2, 8.5}) {
            double expected = 0;
            for (int k = 0; k < 5; k++) {
                expected += 0.2 * normal(x, 4 * (k - 2), 1);
            }
            assertEquals(expected, p.applyAsDouble(x), 1e-15);
        }
        assertEquals(1, integral(p, -30, 30), 1e-9);
        assertEquals(normal(0.7, 0, 1), m.gibbsMarginal(3, 1).orElseThrow().density().applyAsDouble(0.7), 1e-15,
                "across the line: N(0, s²)");
    }

    @Test
    void theQuadraturePathIsExactWhereTheMarginalIsGaussian() {
        // One mode of width s = 1.5 at T = 0.3: exp(−g/T) ∝ exp(−x²/(2Ts²)), N(0, 0.675), by the numeric path.
        Mixture one = new Mixture(2, 1, 4, 1.5, 1, "line", 1);
        GibbsMarginal g = one.gibbsMarginal(0, 0.3).orElseThrow();
        assertEquals("∝ exp(−g(θ₁)/T)", g.formula());
        for (double x : new double[] {-2, -0.5, 0, 0.3, 1.7}) {
            assertEquals(normal(x, 0, 0.3 * 2.25), g.density().applyAsDouble(x), 1e-10);
        }
        assertEquals(normal(0.4, 0, 0.3 * 2.25), one.gibbsMarginal(1, 0.3).orElseThrow().density().applyAsDouble(0.4),
                1e-15);
    }

    @Test
    void atOtherTemperaturesTheFiveModeMarginalIsNormalisedAndSymmetric() {
        Mixture m = new Mixture(3, 5, 4, 1, 1, "line", 1);
        DoubleUnaryOperator p = m.gibbsMarginal(0, 0.7).orElseThrow().density();
        assertEquals(1, integral(p, -25, 25), 1e-9);
        assertEquals(p.applyAsDouble(-4), p.applyAsDouble(4), 1e-15);
        // Colder than T = 1 the humps are narrower and taller than the mixture's.
        assertTrue(p.applyAsDouble(0) > m.gibbsMarginal(0, 1).orElseThrow().density().applyAsDouble(0));
    }

    @Test
    void withoutAClosedFormThereIsNone() {
        Mixture sphere = new Mixture(3, 4, 4, 1, 1, "sphere", 2);
        assertTrue(sphere.gibbsMarginal(0, 0.5).isEmpty(), "a sphere layout does not separate");
        assertTrue(sphere.gibbsMarginal(0, 1).isPresent(), "but at T = 1 it is the mixture");
        assertTrue(new Mixture(3, 2, 4, 1, 1, "line", 1).gibbsMarginal(3, 1).isEmpty(), "no θ₄ in 3-D");
        assertTrue(new SpectrumQuadratic(10, 0.1, 10, 3).gibbsMarginal(0, 1).isEmpty(), "rotated");
        SpectrumQuadratic axes = new SpectrumQuadratic(10, 0.1, 10, -1);
        // λ₉ = 10 on the axes: N(0, T/λ).
        assertEquals(normal(0.1, 0, 0.5 / 10), axes.gibbsMarginal(9, 0.5).orElseThrow().density().applyAsDouble(0.1),
                1e-15);
        assertTrue(axes.gibbsMarginal(0, 0).isEmpty(), "T = 0 has no density");
    }
}
