package org.basinscope.engine.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.landscape.Landscape;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Dynamics#stepNoiseCovariance} against the measured spread of one step: N particles start at the
 * same point, take one step, and the covariance of where they land is the covariance of that step's
 * random part (the deterministic part is the same for all of them).
 */
class StepNoiseTest {
    private static final int N = 200_000;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "quadratic:h1=1,h2=4,angle=30; sgd:noise=hessian,sigma=2; 0.3, 0.2",
        "quadratic:h1=1,h2=4; sgd:noise=covariance,sxx=2,sxy=0.8,syy=1; 0.3, 0.2",
        "double-well:dim=2; langevin; -0.8, 0.3",
        "double-well:dim=2; langevin:scheme=heun; -0.8, 0.3",
        "double-well:dim=2; langevin:scheme=lm; -0.8, 0.3",
        "linear-regression; minibatch; 0.2, 0.4",
        "tiny-network; minibatch:sampling=independent; 0.5, 0.8",
        "tiny-network; sgld; 0.5, 0.8",
        "double-well:dim=2; replica-exchange; -0.8, 0.3"})
    void oneStepSpreadsAsPredicted(String landscape, String dynamics, String start) {
        Landscape f = LandscapeCatalog.create(landscape);
        String[] xy = start.split(",");
        double x0 = Double.parseDouble(xy[0].strip());
        double y0 = Double.parseDouble(xy[1].strip());
        Params p = Params.DEFAULT.withEta(0.05).withBatch(10).withTemperature(0.3);
        Dynamics d = DynamicsCatalog.create(dynamics);
        Ensemble e = new Ensemble(f, d, p, N, 4, new double[] {x0, y0}, BlockRunner.allCores());
        e.advance(1);
        double[] x = e.particles().x;
        double[] y = e.particles().y;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < N; i++) {
            mx += x[i] / N;
            my += y[i] / N;
        }
        double[] c = new double[3];
        for (int i = 0; i < N; i++) {
            c[0] += (x[i] - mx) * (x[i] - mx) / N;
            c[1] += (x[i] - mx) * (y[i] - my) / N;
            c[2] += (y[i] - my) * (y[i] - my) / N;
        }
        double[] predicted = d.stepNoiseCovariance(f, p, x0, y0);
        // A sample covariance of N Gaussian draws has standard error √(2/N)·σ² ≈ 0.3%: 2% is 6 of them
        // (minibatch noise is not Gaussian, but a sum of B bounded terms: its fourth moment is close).
        double scale = Math.sqrt(predicted[0] * predicted[2]);
        assertEquals(predicted[0], c[0], 0.02 * predicted[0], "c_xx");
        assertEquals(predicted[2], c[2], 0.02 * predicted[2], "c_yy");
        assertEquals(predicted[1], c[1], 0.02 * scale, "c_xy");
    }

    @ParameterizedTest
    @CsvSource({"gd", "momentum", "adam"})
    void deterministicRulesHaveNoStepNoise(String dynamics) {
        assertNull(DynamicsCatalog.create(dynamics).stepNoiseCovariance(LandscapeCatalog.create("double-well:dim=2"),
                Params.DEFAULT, 0, 0));
    }
}
