package org.basinscope.engine.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.Mala;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.VectorEnsemble;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The C.2 Gaussian mixture: minima at well-separated modes, and MALA at T = 1 samples the mixture exactly. */
class MixtureTest {

    /**
     * Modes 8 widths apart (on the sphere about 8·√2): at μₖ, ∇f = Σⱼ pⱼ(μₖ − μⱼ)/s² and H − I/s² = −Cov_p(μ)/s⁴,
     * with pⱼ ≤ (wⱼ/wₖ)·exp(−|μₖ − μⱼ|²/(2s²)) for j ≠ k; so |∂f| ≤ Σⱼ pⱼ|Δⱼ|/s² and |(Hv − v/s²)ᵢ| ≤ Σⱼ pⱼ|Δⱼ|²|v|/s⁴
     * (each e⁻³²-small), plus rounding. Gradient descent from half a width away comes back to μₖ.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mixture:dim=10,modes=4,spacing=8", "mixture:dim=30,modes=6,spacing=8,width=1,layout=sphere,seed=4",
        "mixture:dim=3,modes=3,spacing=4,width=0.5,ratio=3"})
    void wellSeparatedModesAreMinima(String spec) {
        Mixture f = (Mixture) LandscapeCatalog.createAny(spec);
        int d = f.dimension();
        double s2 = f.widthSquared();
        double[] g = new double[d];
        double[] hv = new double[d];
        double[] v = new double[d];
        for (int k = 0; k < f.modes(); k++) {
            double[] mu = f.centre(k);
            double gradientBound = 0;
            double curvatureBound = 0;
            for (int other = 0; other < f.modes(); other++) {
                double[] nu = f.centre(other);
                double distance2 = 0;
                for (int j = 0; j < d; j++) {
                    distance2 += (mu[j] - nu[j]) * (mu[j] - nu[j]);
                }
                double p = other == k ? 0 : f.weight(other) / f.weight(k) * Math.exp(-distance2 / (2 * s2));
                gradientBound += p * Math.sqrt(distance2) / s2;
                curvatureBound += p * distance2 / (s2 * s2);
            }
            f.gradient(mu, g);
            double vNorm = 0;
            for (int j = 0; j < d; j++) {
                v[j] = Math.cos(j + k);
                vNorm += v[j] * v[j];
            }
            vNorm = Math.sqrt(vNorm);
            for (int j = 0; j < d; j++) {
                assertEquals(0, g[j], gradientBound + 1e-14 * (1 + Math.abs(mu[j])) / s2, spec + " mode " + k + " ∂" + j);
            }
            assertTrue(gradientBound < 1e-10 && curvatureBound < 1e-9, spec + ": modes well separated");
            f.hessianVector(mu, v, hv);
            for (int j = 0; j < d; j++) {
                assertEquals(v[j] / s2, hv[j], curvatureBound * vNorm + 1e-14 / s2, spec + " mode " + k + " (Hv)" + j);
            }
            assertEquals(-Math.log(f.weight(k)), f.value(mu), 1e-12, spec + " f at mode " + k);
            double[] start = mu.clone();
            for (int j = 0; j < d; j++) {
                start[j] += 0.5 * Math.sqrt(s2) * Math.sin(3 * j + k);
            }
            VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("gd"), Params.DEFAULT.withEta(0.5 * s2), 1,
                    1, start, new BlockRunner(1));
            e.advance(200);
            for (int j = 0; j < d; j++) {
                assertEquals(mu[j], e.stats().mean()[j], 1e-10 * (1 + Math.abs(mu[j])), spec + " GD to mode " + k);
            }
        }
    }

    /**
     * At T = 1, exp(−f) is the mixture Σₖ wₖ N(μₖ, I) itself. d = 5, modes at θ₁ = −2, 0, 2 with weights 1/7, 2/7,
     * 4/7 (ratio 2), width 1: E θ₁ = Σ wₖmₖ = 6/7, E θ₁² = 1 + Σ wₖmₖ² = 27/7, E θ₁⁴ = Σ wₖ(mₖ⁴ + 6mₖ² + 3) = 221/7;
     * the other coordinates N(0, 1). MALA (unbiased for any η) at η = 0.1, N = 4000 from (0.5, …) after 1000 steps
     * (the modes overlap at this spacing: θ₁'s density is one broad hump of variance 3.1, which a chain at time step
     * 0.1 relaxes in about 30 steps). Standard errors √(Var/N) with
     * Var θ₁ = 27/7 − 36/49 and Var θ₁² = 221/7 − (27/7)²; 4 of them.
     */
    @Test
    void malaAtUnitTemperatureSamplesTheMixtureMoments() {
        Mixture f = (Mixture) LandscapeCatalog.createAny("mixture:dim=5,modes=3,spacing=2,width=1,ratio=2");
        int n = 4000;
        VectorEnsemble e = new VectorEnsemble(f, DynamicsCatalog.create("mala"),
                Params.DEFAULT.withEta(0.1).withTemperature(1), n, 21, f.defaultStart(), new BlockRunner(2));
        e.advance(1000);
        double m1 = 0;
        double m2 = 0;
        double m4 = 0;
        for (int k = 0; k < 3; k++) {
            double mk = f.centre(k)[0];
            double wk = f.weight(k);
            m1 += wk * mk;
            m2 += wk * (mk * mk + 1);
            m4 += wk * (mk * mk * mk * mk + 6 * mk * mk + 3);
        }
        assertEquals(6.0 / 7, m1, 1e-12);
        assertEquals(27.0 / 7, m2, 1e-12);
        double[] x1 = e.particles().coords[0];
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            sum += x1[i];
            sumSq += x1[i] * x1[i];
        }
        assertEquals(m1, sum / n, 4 * Math.sqrt((m2 - m1 * m1) / n), "mean of θ₁");
        assertEquals(m2, sumSq / n, 4 * Math.sqrt((m4 - m2 * m2) / n), "second moment of θ₁");
        for (int j = 1; j < 5; j++) {
            assertEquals(0, e.stats().mean()[j], 4 * Math.sqrt(1.0 / n), "mean of θ" + (j + 1));
            assertEquals(1, e.stats().variance()[j], 4 * Math.sqrt(2.0 / n), "variance of θ" + (j + 1));
        }
        double rate = Mala.acceptanceRate(e.particles(), e.step());
        assertTrue(rate > 0.5, "acceptance " + rate);
    }

    @Test
    void badOptionsAreRefusedInOneLineNamingTheRange() {
        var modes = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("mixture:modes=0"));
        assertTrue(modes.getMessage().contains("[1, 1000]"), modes.getMessage());
        var big = assertThrows(InvalidInputException.class,
                () -> LandscapeCatalog.createAny("mixture:dim=100000,modes=101"));
        assertTrue(big.getMessage().contains("10⁷"), big.getMessage());
        var layout = assertThrows(InvalidInputException.class, () -> LandscapeCatalog.createAny("mixture:layout=grid"));
        assertTrue(layout.getMessage().contains("line, sphere"), layout.getMessage());
        assertTrue(LandscapeCatalog.createAny("mixture:dim=10,modes=3").describe().contains("3 modes"));
    }
}
