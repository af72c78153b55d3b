package org.basinscope.engine.session.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.cli.CliRunner;
import org.basinscope.engine.session.Lesson;
import org.basinscope.engine.session.Lessons;
import org.junit.jupiter.api.Test;

/**
 * diffusion-flat-valley (seed 001, C.14): SGD with isotropic noise on the axis-aligned 5-D quadratic with
 * λ = 0.01 … 100, through {@code simulate --preset --stationary 5}, which gives the rule's exact stationary
 * variance along each eigen-direction and the cloud's measured one. With N = 5000 a variance is measured to
 * √(2/N) = 2 %, so "within 10 %" is five standard errors. Each direction is the AR(1) recursion
 * θ ← (1 − ηλ)θ − ησξ from θ = 0, whose variance after t steps is v(1 − (1 − ηλ)^{2t}), v = ησ²/(λ(2 − ηλ)).
 */
class DiffusionFlatValleyLessonTest {
    private static final String ID = "diffusion-flat-valley";
    private static final double[] LAMBDA = {100, 10, 1, 0.1, 0.01};

    private record Variances(double[] eigenvalues, double[] predicted, double[] measured) {
    }

    private static Variances run(String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", "--preset", ID, "--stationary", "5"));
        args.addAll(List.of(extra));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode s = r.json().get("stationary");
        return new Variances(numbers(s.get("eigenvalues")), numbers(s.get("predictedVariance")),
                numbers(s.get("measuredVariance")));
    }

    private static double[] numbers(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    private static double stationary(double eta, double lambda) {
        return eta / (lambda * (2 - eta * lambda));
    }

    @Test
    void theLessonIsTheValleyItNames() {
        Lesson l = Lessons.load(ID);
        assertEquals(0.01, l.settings().params().eta(), 0);
        assertEquals(1, l.settings().params().batch());
        assertEquals(5000, l.settings().particles());
        assertEquals("sgd", l.settings().dynamics(), "isotropic noise, σ = 1 by default");
        assertArrayEquals(new double[5], l.settings().start(), 0.0, "at the minimum");
        assertEquals(0.005, Lessons.apply(l.settings().params(), l.steps().get(0)).eta(), 0);
        // 1/(ηλ): 1 step across the steepest wall, 10 000 along the floor.
        assertEquals(1, 1 / (0.01 * 100), 1e-12);
        assertEquals(10_000, 1 / (0.01 * 0.01), 1e-6);
        assertEquals(5000, stationary(0.01, 0.01) / stationary(0.01, 100), 1, "5000 times less");
        // The seed's ησ²/λ = 1.0 along the floor is twice the 0.5 here.
        assertEquals(0.5, stationary(0.01, 0.01) / (0.01 / 0.01), 1e-4);
    }

    @Test
    void afterFortyThousandStepsEveryVarianceMatchesTheFormulaAndTheCloudIsNearlyOneDimensional() {
        Variances v = run();
        double sum = 0;
        double squares = 0;
        double measuredSum = 0;
        double measuredSquares = 0;
        for (int i = 0; i < 5; i++) {
            assertEquals(LAMBDA[i], v.eigenvalues()[i], 1e-9 * LAMBDA[i]);
            double exact = stationary(0.01, LAMBDA[i]);
            assertEquals(exact, v.predicted()[i], 1e-12 * exact, "ησ²/(λ(2 − ηλ)) at λ = " + LAMBDA[i]);
            // After 40 000 steps the floor is within 1 − e⁻⁸ of its stationary variance: the 10 % is noise.
            assertEquals(exact, v.measured()[i], 0.10 * exact, "measured at λ = " + LAMBDA[i]);
            sum += exact;
            squares += exact * exact;
            measuredSum += v.measured()[i];
            measuredSquares += v.measured()[i] * v.measured()[i];
        }
        assertEquals(0.5, v.predicted()[4], 0.0005, "0.5 along the floor");
        assertEquals(1e-4, v.predicted()[0], 1e-12, "10⁻⁴ across the steepest wall");
        assertEquals(1.2, sum * sum / squares, 0.05, "effective dimension 1.2");
        assertEquals(1.2, measuredSum * measuredSum / measuredSquares, 0.1, "and measured");
    }

    @Test
    void theSteepDirectionSettlesInOneStepWhileTheFloorIsAThirdOfTheWayAfter2000() {
        Variances one = run("--steps", "1");
        // ηλ = 1: θ = −ησξ after one step, exactly the stationary law.
        assertEquals(1e-4, one.measured()[0], 0.10 * 1e-4);
        Variances early = run("--steps", "2000");
        double third = 0.5 * (1 - Math.pow(1 - 1e-4, 4000));
        assertEquals(1.0 / 3, third / 0.5, 0.01, "1 − e^{−0.4} = 0.33");
        assertEquals(third, early.measured()[4], 0.10 * third, "the floor after 2000 steps");
    }

    @Test
    void atHalfTheStepTheFloorHalvesAndTheSteepestWallFallsThreeTimes() {
        Variances v = run("--eta", "0.005");
        assertEquals(0.25, stationary(0.005, 0.01), 0.0001, "the floor halves to 0.25");
        assertEquals(3.3e-5, stationary(0.005, 100), 0.05e-5, "3.3·10⁻⁵ across the steepest wall");
        assertEquals(3, stationary(0.01, 100) / stationary(0.005, 100), 1e-9, "three times");
        assertEquals(1.5, 2 - 0.005 * 100, 0);
        assertEquals(stationary(0.005, 100), v.predicted()[0], 1e-12);
        assertEquals(stationary(0.005, 100), v.measured()[0], 0.10 * stationary(0.005, 100));
        // After 40 000 steps at η = 0.005 the floor is within 1 − e⁻⁴ = 98 % of 0.25.
        assertEquals(0.25, v.measured()[4], 0.10 * 0.25);
    }
}
