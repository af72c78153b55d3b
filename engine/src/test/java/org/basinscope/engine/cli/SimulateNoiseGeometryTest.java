package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate --noise-geometry k} in d dimensions: the fields, their exact values for isotropic noise, refusals. */
class SimulateNoiseGeometryTest {

    @Test
    void isotropicNoiseHasItsClosedFormBesideTheHessian() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=50,lmin=0.1,lmax=10", "--dynamics", "gd",
                "--gradient", "noisy:sigma=2", "--batch", "8", "--eta", "0.01", "--particles", "10", "--steps", "10",
                "--noise-geometry", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        // C = σ²/B·I = 0.5·I: its top eigenvalues 0.5, tr C = 25; alignment tr H/(√d‖H‖_F) = Σλ/√(d Σλ²).
        assertEquals(3, j.get("noiseTop").size());
        assertEquals(0.5, j.get("noiseTop").get(2).asDouble(), 0);
        assertEquals(25, j.get("noiseTrace").asDouble(), 1e-12);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < 50; i++) {
            double l = 0.1 * Math.pow(100, i / 49.0);
            sum += l;
            sum2 += l * l;
        }
        assertEquals(sum / Math.sqrt(50 * sum2), j.get("noiseHessianAlignment").asDouble(), 1e-12);
        assertTrue(j.get("noiseHessianOverlap").isNull(), "undefined for isotropic noise");
        assertTrue(j.get("noiseCovariance").asText().startsWith("isotropic"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics gd --noise-geometry 1|no gradient noise",
        "--landscape quadratic:dim=5,lmin=1,lmax=2 --dynamics gd --gradient noisy --noise-geometry 0|[1, 5]",
        "--landscape quadratic:dim=30,lmin=1,lmax=2 --dynamics gd --gradient noisy --noise-geometry 21|[1, 20]",
        "--landscape quadratic:h1=1,h2=2 --dynamics gd --gradient noisy --noise-geometry 1|more than two dimensions",
    })
    void badRequestsAreOneLineAndExitTwo(String args, String message) {
        CliRunner r = CliRunner.run(("simulate --particles 2 --steps 2 " + args).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
