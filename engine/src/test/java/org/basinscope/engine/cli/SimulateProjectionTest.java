package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate --projection}: the plane, the grid of the loss over it, the particles on it, and refusals. */
class SimulateProjectionTest {

    @Test
    void hessianPlaneOfARotatedQuadraticPrintsTheQuadraticFormOnItsGrid() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=20,lmin=1,lmax=10,rotate=3",
                "--dynamics", "langevin", "--eta", "0.01", "--particles", "50", "--steps", "20",
                "--projection", "hessian", "--centre", "0", "--projection-grid", "5,3", "--projection-extent", "-1:1,-2:2");
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("projection");
        assertEquals("hessian:seed=1", p.get("plane").asText());
        assertEquals("0.0", p.get("centre").asText());
        assertTrue(p.get("orthonormal").asBoolean());
        assertEquals(50, p.get("a").size());
        assertEquals(50, p.get("particleLoss").size());
        JsonNode loss = p.get("loss");
        assertEquals(3, loss.size());
        assertEquals(5, loss.get(0).size());
        double l1 = 10;
        double l2 = 10 * Math.pow(10, -1.0 / 19);
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 5; i++) {
                double a = -1 + (i + 0.5) * 2 / 5;
                double b = -2 + (j + 0.5) * 4 / 3;
                // The eigenvectors are exact to ~1e-14 at d = 20 (Lanczos spans the whole space): rounding only.
                assertEquals(0.5 * (l1 * a * a + l2 * b * b), loss.get(j).get(i).asDouble(), 1e-11, a + ", " + b);
            }
        }
    }

    /**
     * --centre minimum: the plane passes through the minimum a descent from the cloud's mean reaches; on a rotated
     * quadratic (minimum 0, condition number 10) the descent's stopping rule |∇f| < 10⁻¹⁰ puts it within 10⁻¹⁰/λmin of
     * 0, where f is below 10⁻²⁰.
     */
    @Test
    void theMinimumCentreIsTheMinimumADescentFromTheMeanReaches() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=20,lmin=1,lmax=10,rotate=3",
                "--dynamics", "langevin", "--eta", "0.01", "--particles", "50", "--steps", "20",
                "--projection", "hessian", "--centre", "minimum", "--projection-grid", "5,3");
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("projection");
        assertEquals("minimum", p.get("centre").asText());
        assertEquals(10, p.get("centrePoint").size(), "the first ten coordinates");
        for (JsonNode c : p.get("centrePoint")) {
            assertEquals(0, c.asDouble(), 1e-9);
        }
        assertTrue(p.get("centreLoss").asDouble() < 1e-18, p.get("centreLoss").asText());
        JsonNode mean = r.json().get("mean");
        assertTrue(Math.abs(mean.get(0).asDouble()) > 0.1, "the cloud's mean is elsewhere: the minimum was found");
    }

    @Test
    void theDefaultExtentHoldsEveryParticle() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "rosenbrock:dim=6", "--dynamics", "langevin", "--eta",
                "1e-3", "--temperature", "0.05", "--particles", "40", "--steps", "50", "--projection", "coords:5,0");
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("projection");
        assertEquals(41, p.get("loss").size());
        assertEquals(41, p.get("loss").get(0).size());
        double[] ea = {p.get("extent").get("a").get(0).asDouble(), p.get("extent").get("a").get(1).asDouble()};
        double[] eb = {p.get("extent").get("b").get(0).asDouble(), p.get("extent").get("b").get(1).asDouble()};
        for (int i = 0; i < 40; i++) {
            double a = p.get("a").get(i).asDouble();
            double b = p.get("b").get(i).asDouble();
            assertTrue(a > ea[0] && a < ea[1] && b > eb[0] && b < eb[1], a + ", " + b);
        }
        assertTrue(p.get("lossMin").asDouble() <= p.get("lossMax").asDouble());
    }

    @Test
    void aPlanarRunProjectsOntoItsOwnCoordinates() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:h1=1,h2=4", "--dynamics", "gd", "--particles",
                "3", "--steps", "0", "--x0", "0.5,-0.25", "--projection", "coords:0,1", "--centre", "0");
        assertEquals(0, r.code(), r.err());
        JsonNode p = r.json().get("projection");
        assertEquals(0.5, p.get("a").get(2).asDouble(), 0);
        assertEquals(-0.25, p.get("b").get(2).asDouble(), 0);
        assertEquals(0.5 * (0.25 + 4 * 0.0625), p.get("particleLoss").get(0).asDouble(), 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "double-well|--projection|coords:0,1|--projection needs d ≥ 2; this landscape has d = 1",
        "quadratic:dim=5,lmin=1,lmax=2|--projection|sideways|unknown projection 'sideways'",
        "quadratic:dim=5,lmin=1,lmax=2|--centre|mean|--centre, --projection-grid and --projection-extent need --projection",
        "quadratic:dim=5,lmin=1,lmax=2|--projection|coords:0,9|projection coords:0,9: coordinates run from 0 to 4"})
    void badProjectionsExitTwoWithOneLine(String landscape, String option, String value, String message) {
        CliRunner r = CliRunner.run("simulate", "--landscape", landscape, "--particles", "3", "--steps", "1", option, value);
        assertEquals(2, r.code());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
    }

    @Test
    void aBadGridIsRefusedBeforeTheRun() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=5,lmin=1,lmax=2", "--projection", "pca",
                "--projection-grid", "0", "--steps", "1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--projection-grid 0 is outside the allowed range [1, 4000]"), r.err());
        assertFalse(r.out().contains("{"), r.out());
    }
}
