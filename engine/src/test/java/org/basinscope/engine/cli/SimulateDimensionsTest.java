package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate} on d-dimensional landscapes: the contract's fields, --trace, --out, and one-line refusals. */
class SimulateDimensionsTest {

    @Test
    void printsDimensionSharpnessAndCoordinateMoments(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.csv");
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=40,lmin=0.5,lmax=8", "--dynamics", "gd",
                "--eta", "0.1", "--particles", "5", "--steps", "30", "--trace", "10", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(40, j.get("dimension").asInt());
        assertEquals(0.1, j.get("eta").asDouble());
        assertEquals(0, j.get("diverged").asInt());
        assertEquals(8, j.get("sharpness").asDouble(), 1e-9);
        assertTrue(j.get("sharpnessResidual").asDouble() < 1e-8);
        assertEquals(10, j.get("mean").size());
        assertEquals(10, j.get("variance").size());
        assertTrue(j.has("varianceSum"));
        // GD from (1, …, 1): coordinate 0 is (1 − 0.05)^30 after 30 steps.
        assertEquals(Math.pow(0.95, 30), j.get("mean").get(0).asDouble(), 1e-12);
        JsonNode trace = j.get("trace");
        assertEquals(4, trace.size());
        assertEquals(List.of(0L, 10L, 20L, 30L), List.of(trace.get(0).get("step").asLong(),
                trace.get(1).get("step").asLong(), trace.get(2).get("step").asLong(), trace.get(3).get("step").asLong()));
        assertTrue(trace.get(3).get("meanLoss").asDouble() < trace.get(0).get("meanLoss").asDouble());
        assertEquals(8, trace.get(1).get("sharpness").asDouble(), 1e-9);
        List<String> rows = Files.readAllLines(out);
        assertEquals(41, rows.size());
        assertEquals("coordinate,mean,variance", rows.get(0));
    }

    /**
     * A schedule in d dimensions: GD on the axis-aligned quadratic multiplies coordinate i by (1 − η_k λᵢ) at step
     * k, so after K steps θᵢ = Π_k (1 − η_k λᵢ)·θᵢ(0) exactly, with η_k the schedule's.
     */
    @Test
    void aScheduleScalesEachStepsLearningRateInDDimensions() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "quadratic:dim=10,lmin=1,lmax=10", "--dynamics", "gd",
                "--eta", "0.05", "--particles", "1", "--steps", "20", "--x0", "1", "--schedule", "step:every=5,gamma=0.5");
        assertEquals(0, r.code(), r.err());
        assertEquals("step:every=5,gamma=0.5", r.json().get("schedule").asText());
        org.basinscope.engine.dynamics.Schedule schedule = org.basinscope.engine.dynamics.Schedule.parse(
                "step:every=5,gamma=0.5");
        org.basinscope.engine.dynamics.Params base = org.basinscope.engine.dynamics.Params.DEFAULT.withEta(0.05);
        for (int i = 0; i < 10; i++) {
            double lambda = Math.pow(10, i / 9.0);
            double expected = 1;
            for (int k = 1; k <= 20; k++) {
                expected *= 1 - schedule.at(base, k).eta() * lambda;
            }
            assertEquals(expected, r.json().get("mean").get(i).asDouble(), 1e-12 + 1e-9 * Math.abs(expected), "θ" + i);
        }
        // The schedule matters: with a constant η the largest coordinate is (1 − 0.5)^20 ≈ 1e-6, not this.
        assertTrue(Math.abs(r.json().get("mean").get(9).asDouble()) > 1e-4);
    }

    @Test
    void aSmallDimensionPrintsEveryCoordinateAndNoVarianceSum() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "rosenbrock:dim=5", "--dynamics", "momentum", "--eta",
                "1e-4", "--particles", "3", "--steps", "0", "--x0", "0.5");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, r.json().get("mean").size());
        assertEquals(0.5, r.json().get("mean").get(4).asDouble(), 0);
        assertFalse(r.json().has("varianceSum"));
    }

    @Test
    void planarRunsPrintTheirDimensionToo() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "double-well:dim=2", "--particles", "10", "--steps",
                "5");
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.json().get("dimension").asInt());
        assertFalse(r.json().has("sharpness"));
    }

    /**
     * {@code valley:dim=100} (one exactly flat floor coordinate, walls of curvature 100): Euler–Maruyama at η = 0.01,
     * T = 0.2 for 500 steps from (1, …, 1). Along the floor the gradient is exactly 0, so θ₁ is a free random walk with
     * variance 2T·η·steps = 2 (standard error of N = 2000 sample variances 2·√(2/N) = 0.063; 4 of them); across the
     * walls ηb = 1, so each wall coordinate is one fresh kick of variance 2ηT = T/(b(1 − ηb/2)) = 0.004; the
     * sharpness is the wall curvature, 100.
     */
    @Test
    void valleyInOneHundredDimensionsDiffusesFreelyAlongItsFloor() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "valley:dim=100", "--dynamics", "langevin", "--eta",
                "0.01", "--temperature", "0.2", "--particles", "2000", "--steps", "500", "--seed", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(100, j.get("dimension").asInt());
        assertEquals(0, j.get("diverged").asInt());
        assertEquals(2, j.get("variance").get(0).asDouble(), 4 * 2 * Math.sqrt(2.0 / 2000));
        assertEquals(1, j.get("mean").get(0).asDouble(), 4 * Math.sqrt(2.0 / 2000));
        for (int k = 1; k < 10; k++) {
            assertEquals(0.004, j.get("variance").get(k).asDouble(), 4 * 0.004 * Math.sqrt(2.0 / 2000), "wall " + k);
        }
        assertEquals(100, j.get("sharpness").asDouble(), 1e-9);
        assertEquals(2 + 99 * 0.004, j.get("varianceSum").asDouble(), 4 * Math.sqrt(8.0 / 2000 + 99 * 2 * 0.004 * 0.004 / 2000));
    }

    /** A formula in x1 … x3: GD shrinks coordinate k by (1 − ηλₖ) per step, λ = 1, 4, 8; the sharpness is 8. */
    @ParameterizedTest
    @CsvSource({"--formula,x1^2/2 + 2*x2^2 + 4*x3^2", "--landscape,formula:x1^2/2 + 2*x2^2 + 4*x3^2"})
    void aFormulaInIndexedVariablesRunsInItsDimension(String option, String value) {
        CliRunner r = CliRunner.run("simulate", option, value, "--dynamics", "gd", "--eta", "0.1", "--particles", "2",
                "--steps", "10");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(3, j.get("dimension").asInt());
        double[] lambda = {1, 4, 8};
        for (int k = 0; k < 3; k++) {
            assertEquals(0.5 * Math.pow(1 - 0.1 * lambda[k], 10), j.get("mean").get(k).asDouble(), 1e-14, "x" + (k + 1));
        }
        assertEquals(8, j.get("sharpness").asDouble(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--landscape quadratic:dim=100000,lmin=1,lmax=2 --particles 1000 | N·d ≤ 5·10⁷",
        "--landscape quadratic:dim=200000 | [1, 100000]",
        "--landscape quadratic:dim=30 --dynamics replica-exchange | 1-D and 2-D landscapes only",
        "--landscape quadratic:dim=30 --gradient minibatch --dynamics momentum | minibatch",
        "--landscape quadratic:dim=30 --gradient noisy:noise=covariance,sxx=2 --dynamics adam | takes a 2 × 2 Σ",
        "--landscape quadratic:dim=30 --dynamics sgd:noise=covariance | takes a 2 × 2 Σ",
        "--landscape quadratic:dim=30 --x0 1,2 | 30 coordinates",
        "--landscape quadratic:dim=30 --trace 0 | --trace",
        "--landscape rosenbrock:dim=0 | [2, 100000]",
        "--formula x1+x65 | outside x1 … x64",
        "--formula x+x2 | mixes the planar variables",
        "--landscape valley:dim=10,flat=10 | [1, 9]",
        "--landscape mixture:dim=10,modes=1001 | [1, 1000]",
        "--landscape deep-linear:widths=5,0,1 | [1, 1000]",
        "--landscape mlp:data=mnist | valid: digits, spirals, teacher, two-moons",
        "--landscape mlp:hidden=0 | hidden value 0 is outside the allowed range [1, 4096]",
        "--landscape mlp:hidden=2,2,2,2,2,2,2,2,2 | it takes 1 to 8",
        "--landscape mlp:data=digits,n=2000 | n = 2000 is outside the allowed range [10, 1797]",
        "--landscape mlp:data=digits,noise=0.1 | unknown option 'noise'",
        "--landscape mlp:activation=sigmoid | valid: relu, tanh",
        "--landscape mlp:loss=hinge | valid: mse, xent",
        "--landscape mlp:hidden=4000,4000,4000 | the allowed range is [1, 100000]",
        "--landscape quadratic:dim=30 --gradient minibatch --dynamics gd | in d dimensions pick mlp",
        "--landscape mlp --dynamics replica-exchange | 1-D and 2-D landscapes only"})
    void badInputIsOneLineAndExitTwo(String args, String message) {
        CliRunner r = CliRunner.run(("simulate " + args.strip()).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    /** An MLP run prints its training accuracy at the end and in every trace entry; minibatches run in d dims. */
    @Test
    void mlpRunsPrintAccuracy() {
        CliRunner r = CliRunner.run("simulate", "--landscape", "mlp:data=two-moons,hidden=8", "--dynamics", "gd",
                "--eta", "1", "--particles", "1", "--steps", "200", "--trace", "100");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(42, j.get("dimension").asInt());
        assertTrue(j.get("accuracy").asDouble() >= 0.95, j.toString());
        assertEquals(3, j.get("trace").size());
        assertTrue(j.get("trace").get(0).get("accuracy").asDouble() < 0.95, j.toString());
        assertTrue(j.get("sharpness").asDouble() > 0, j.toString());
        CliRunner sgd = CliRunner.run("simulate", "--landscape", "mlp:data=digits,n=100,hidden=8", "--dynamics",
                "momentum", "--gradient", "minibatch", "--batch", "10", "--eta", "0.05", "--particles", "4", "--steps",
                "20");
        assertEquals(0, sgd.code(), sgd.err());
        assertTrue(sgd.json().get("accuracy").asDouble() >= 0 && sgd.json().get("variance").get(0).asDouble() >= 0);
        assertFalse(CliRunner.run("simulate", "--landscape", "quadratic:dim=5", "--steps", "1").json().has("accuracy"));
    }

    @Test
    void planarAnalysesRefuseADimensionalLandscape() {
        // basins grids the plane; lyapunov runs in d dimensions (LyapunovDimensionsTest).
        CliRunner r = CliRunner.run("basins", "--landscape", "quadratic:dim=30,lmin=1,lmax=2", "--x-range", "-1:1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not planar"), r.err());
    }
}
