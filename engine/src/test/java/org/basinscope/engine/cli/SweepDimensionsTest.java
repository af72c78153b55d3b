package org.basinscope.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sweep} on a d-dimensional landscape: a closed-form sweep over η and the refusals. */
class SweepDimensionsTest {

    /**
     * Euler–Maruyama on ½Σλᵢθᵢ² (d = 20, λ 0.5 … 10): the stationary mean loss is Σᵢ T/(2(1 − ηλᵢ/2)), rising
     * with η. T = 0.1, η = 0.02, 0.085, 0.15 (ηλmax ≤ 1.5), N = 2000 from 0 after 1500 steps (the slowest
     * variance has relaxed by (1 − 0.02·0.5)³⁰⁰⁰ ≈ 10⁻¹³), two seeds per point; each point's mean within 4
     * standard errors √(Σᵢ (T/(1 − ηλᵢ/2))²/2 / 2N) of the mean of 2N particle losses.
     */
    @Test
    void eulerMaruyamaMeanLossAgainstEtaIsTheClosedForm() {
        CliRunner r = CliRunner.run("sweep", "--landscape", "quadratic:dim=20,lmin=0.5,lmax=10", "--dynamics",
                "langevin", "--temperature", "0.1", "--particles", "2000", "--steps", "1500", "--x0", "0", "--param",
                "eta", "--from", "0.02", "--to", "0.15", "--points", "3", "--seeds", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(20, j.get("dimension").asInt());
        assertEquals("loss", j.get("readout").asText());
        double previous = 0;
        for (int p = 0; p < 3; p++) {
            double eta = j.get("values").get(p).asDouble();
            assertEquals(0.02 + p * 0.065, eta, 1e-12);
            double expected = 0;
            double lossVariance = 0;
            for (int i = 0; i < 20; i++) {
                double lambda = 0.5 * Math.pow(20, i / 19.0);
                double perCoordinate = 0.1 / (1 - eta * lambda / 2);
                expected += perCoordinate / 2;
                lossVariance += perCoordinate * perCoordinate / 2;
            }
            double se = Math.sqrt(lossVariance / 4000);
            double measured = j.get("readoutValues").get(p).asDouble();
            assertEquals(expected, measured, 4 * se, "η = " + eta);
            assertTrue(j.get("stderr").get(p).isNumber(), "two seeds give a standard error");
            assertTrue(measured > previous, "the loss rises with η");
            previous = measured;
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--readout occupation|planar; in 20 dimensions: loss, variance, diverged, accuracy",
        "--engine spark|runs on the local engine",
        "--out /tmp/x.csv|runs on the local engine",
        "--readout accuracy|classification landscape",
    })
    void badRequestsAreOneLineAndExitTwo(String extra, String message) {
        CliRunner r = CliRunner.run(("sweep --landscape quadratic:dim=20 --particles 2 --steps 2 --param eta --from "
                + "0.01 --to 0.02 --points 2 " + extra).split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    /** The d-dimensional limits through sweep and escape: the limit named in one line, exit 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep --landscape quadratic:dim=100000,lmin=1,lmax=2 --particles 1000 --steps 1 --param eta --from 0.1 --to 0.2 "
                + "--points 2 | N·d ≤ 5·10⁷",
        "sweep --landscape mixture:dim=200000 --steps 1 --param eta --from 0.1 --to 0.2 --points 2 | [1, 100000]",
        "sweep --landscape mlp:data=mnist --steps 1 --param eta --from 0.1 --to 0.2 --points 2 | valid: digits",
        "sweep --landscape mlp:hidden=0 --steps 1 --param eta --from 0.1 --to 0.2 --points 2 | [1, 4096]",
        "escape --landscape quadratic:dim=100000,lmin=1,lmax=2 --particles 1000 --from 1 --to 2 | needs 100000",
        "escape --landscape mixture:dim=3,modes=2 --particles 100000000 --from 1,1,1 --to 2,2,2 | [1, 10000000]",
    })
    void limitsAreNamedInOneLine(String args, String message) {
        CliRunner r = CliRunner.run(args.strip().split(" "));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
