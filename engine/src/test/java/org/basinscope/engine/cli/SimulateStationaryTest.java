package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate --stationary k}: predicted and measured variance along Hessian eigen-directions, refusals. */
class SimulateStationaryTest {

    /**
     * SGD with noise shaped like H (σ = 1, B = 2) on a 6-D quadratic, λ = 4^{i/5}: along each eigen-direction
     * η²σ²λ/B/(1 − (1 − ηλ)²) = ησ²/(B(2 − ηλ)), η = 0.1; printed to 10⁻⁹, measured on N = 2000 after 300 steps
     * within 4 standard errors Var·√(2/(N − 1)) (sums: √(Σ SE²)).
     */
    @Test
    void hessianShapedNoiseHasTheDiscreteLyapunovVarianceAlongEachDirection() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=6,lmin=1,lmax=4", "--dynamics",
                "sgd:noise=hessian", "--eta", "0.1", "--batch", "2", "--particles", "2000", "--steps", "300", "--x0",
                "0", "--stationary", "6");
        assertEquals(0, r.code(), r.err());
        JsonNode s = r.json().get("stationary");
        double sum = 0;
        double se2 = 0;
        for (int j = 0; j < 6; j++) {
            double l = Math.pow(4, (5 - j) / 5.0);
            assertEquals(l, s.get("eigenvalues").get(j).asDouble(), 1e-9);
            double expected = 0.1 / (2 * (2 - 0.1 * l));
            assertEquals(expected, s.get("predictedVariance").get(j).asDouble(), 1e-9 * expected);
            double se = expected * Math.sqrt(2.0 / 1999);
            assertEquals(expected, s.get("measuredVariance").get(j).asDouble(), 4 * se, "λ = " + l);
            sum += expected;
            se2 += se * se;
        }
        assertEquals(sum, s.get("predictedVarianceSum").asDouble(), 1e-9 * sum);
        assertEquals(sum, s.get("measuredVarianceSum").asDouble(), 4 * Math.sqrt(se2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--landscape quadratic:dim=5,lmin=1,lmax=2 --stationary 0|[1, 5]",
        "--landscape quadratic:dim=30,lmin=1,lmax=2 --stationary 21|[1, 20]",
        "--landscape quadratic:h1=1,h2=2 --stationary 1|more than two dimensions",
        "--landscape quadratic:dim=5,lmin=1,lmax=2 --schedule cosine --stationary 2|constant η and T",
    })
    void badRequestsAreOneLineAndExitTwo(String args, String message) {
        CliRunner r = CliRunner.run(("simulate --particles 2 --steps 2 " + args).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
