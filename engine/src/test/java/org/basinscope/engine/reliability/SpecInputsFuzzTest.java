package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basinscope.engine.dynamics.DynamicsCatalog;
import org.basinscope.engine.dynamics.GradientSources;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.dynamics.Schedule;
import org.basinscope.engine.ensemble.BlockRunner;
import org.basinscope.engine.ensemble.Ensemble;
import org.basinscope.engine.grid.Grid;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Spec;

/**
 * The option texts the command line and the window take besides landscapes and formulas — the {@code NAME:k=v}
 * spec itself, dynamics with their gradient source, schedules and sweep grids — built from the valid forms and
 * mutated (numbers swapped for absurd ones, characters deleted or inserted, keys repeated or emptied): each gives a
 * working object or a one-line refusal, never another exception or a hang; what parses writes a text that parses
 * back to the same thing.
 */
class SpecInputsFuzzTest {
    private static final String[] NASTY = {"0", "-0", "-1", "1", "0.5", "0.999", "1.0000001", "2", "7", "1e6", "1e7",
        "1e12", "1e13", "1e400", "-1e400", "NaN", "Infinity", "", " ", "abc", "1,2", "2147483648", "3.5", "log"};
    private static final String PIECES = ":=,.-e0123456789 abgmnoprstxyl";

    private static final List<String> DYNAMICS = dynamics();
    private static final List<String> GRADIENTS = List.of("exact", "noisy", "noisy:sigma=0.5,noise=hessian",
            "noisy:noise=covariance,sxx=2,sxy=0.5,syy=1", "minibatch", "minibatch:sampling=independent");
    private static final List<String> SCHEDULES = List.of("constant", "step:every=100,gamma=0.5", "cosine:period=500,floor=0.1",
            "cyclical:period=200,floor=0", "linear:period=1000,floor=0.2,target=temperature", "constant:target=temperature");
    private static final List<String> GRIDS = List.of("eta=0.01:1:12:log", "eta=0.01:1:12:log,batch=1:256:9:log",
            "temperature=0.1:2:5", "eta/b=0.001:0.01:4", "beta=0:0.99:10,eta=0.05:0.2:3");

    private static List<String> dynamics() {
        List<String> out = new ArrayList<>(DynamicsCatalog.names());
        out.addAll(List.of("momentum:beta=0.5", "adam:beta1=0.8,beta2=0.99,eps=1e-6", "rmsprop:rho=0.5",
                "langevin:scheme=em", "replica-exchange:replicas=3,ratio=2", "sgd:sigma=2,noise=hessian",
                "minibatch:sampling=independent"));
        return List.copyOf(out);
    }

    /** A text from {@code valid} with one mutation: a number swapped, a run deleted or inserted, a key repeated. */
    private static Arbitrary<String> mutationsOf(List<String> valid, List<String> keys) {
        Arbitrary<String> base = Arbitraries.of(valid);
        Arbitrary<String> swapped = Combinators.combine(base, Arbitraries.of(NASTY), Arbitraries.integers().between(0, 4))
                .as(SpecInputsFuzzTest::replaceValue);
        Arbitrary<String> deleted = Combinators.combine(base, Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(1, 6)).as((s, p, n) -> p >= s.length() ? s
                        : s.substring(0, p) + s.substring(Math.min(s.length(), p + n)));
        Arbitrary<String> inserted = Combinators.combine(base, Arbitraries.integers().between(0, 50),
                Arbitraries.strings().ofMaxLength(6).withChars(PIECES)).as((s, p, t) ->
                s.substring(0, Math.min(p, s.length())) + t + s.substring(Math.min(p, s.length())));
        Arbitrary<String> keyed = Combinators.combine(base, Arbitraries.of(keys), Arbitraries.of(NASTY))
                .as((s, k, v) -> s + (s.contains(":") ? "," : ":") + k + "=" + v);
        return Arbitraries.oneOf(swapped, deleted, inserted, keyed);
    }

    private static String replaceValue(String s, String value, int which) {
        var m = java.util.regex.Pattern.compile("(?<=[=:])[^,:=]*").matcher(s);
        int k = 0;
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(k++ == which ? value : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static void assertOneLine(String text, InvalidInputException e) {
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), text);
        assertEquals(1, e.getMessage().lines().count(), text + ": " + e.getMessage());
    }

    @Provide
    Arbitrary<String> anySpec() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(30).withChars(PIECES);
        List<String> all = new ArrayList<>(DYNAMICS);
        all.addAll(GRADIENTS);
        all.addAll(SCHEDULES);
        return Arbitraries.oneOf(any, mutationsOf(all, List.of("beta", "", " ", "sigma", "k"))) ;
    }

    @Property(tries = 3_000, seed = "21")
    void aSpecParsesBackFromItsTextOrIsRefusedInOneLine(@ForAll("anySpec") String text) {
        Spec spec;
        try {
            spec = Spec.parse(text);
        } catch (InvalidInputException e) {
            assertOneLine(text, e);
            return;
        }
        // Outside the try: the written text being refused is a failure, not a refusal of the input.
        assertEquals(spec, Spec.parse(spec.toString()), text + " → " + spec);
    }

    @Example
    void anEmptyKeyOrValueIsRefused() {
        for (String text : List.of("gd: =1", "gd:beta= ", "gd:=", "gd:beta=0.5, =2")) {
            InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                    () -> Spec.parse(text), text);
            assertTrue(e.getMessage().contains("expected key=value"), e.getMessage());
        }
    }

    @Provide
    Arbitrary<String[]> dynamicsWithGradient() {
        return Combinators.combine(mutationsOf(DYNAMICS, List.of("beta", "beta1", "rho", "eps", "replicas", "scheme")),
                Arbitraries.oneOf(Arbitraries.of(GRADIENTS), mutationsOf(GRADIENTS, List.of("sigma", "noise", "sxy",
                        "sampling"))), Arbitraries.of("double-well", "quadratic", "linear-regression:n=20")).as((d, g, l)
                -> new String[] {d, g, l});
    }

    /** A dynamics with its gradient source either runs 20 steps of 8 particles to finite-or-flagged numbers or is refused. */
    @Property(tries = 1_500, seed = "21")
    void aDynamicsAndGradientSpecRunsOrIsRefusedInOneLine(@ForAll("dynamicsWithGradient") String[] texts) {
        String label = String.join(" | ", texts);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                var configured = DynamicsCatalog.create(Spec.parse(texts[0]), Spec.parse(texts[1]), Params.DEFAULT);
                Ensemble e = new Ensemble(LandscapeCatalog.create(texts[2]), configured.dynamics(), configured.params(),
                        8, 1, LandscapeCatalog.create(texts[2]).defaultStart(), new BlockRunner(1));
                e.advance(20);
                assertEquals(20, e.step(), label);
                e.stats();
            } catch (InvalidInputException ex) {
                assertOneLine(label, ex);
            }
        }, label);
    }

    @Provide
    Arbitrary<String> schedules() {
        return Arbitraries.oneOf(Arbitraries.of(SCHEDULES), mutationsOf(SCHEDULES, List.of("floor", "gamma", "period",
                "every", "target")));
    }

    /** A schedule writes a text that parses back to it (−0 included: it is written "0" and read as +0). */
    @Property(tries = 2_000, seed = "21")
    void aScheduleParsesBackFromItsTextOrIsRefusedInOneLine(@ForAll("schedules") String text) {
        Schedule s;
        try {
            s = Schedule.parse(text);
        } catch (InvalidInputException e) {
            assertOneLine(text, e);
            return;
        }
        assertEquals(s, Schedule.parse(s.spec()), text + " → " + s.spec());
        for (long t : new long[] {1, 2, 1000, 1_000_000}) {
            double f = s.factor(t);
            assertTrue(f >= 0 && f <= 1, text + " at t=" + t + ": " + f);
        }
    }

    @Example
    void aNegativeZeroScheduleOptionRoundTrips() {
        for (String text : List.of("cosine:period=100,floor=-0", "step:every=10,gamma=-0")) {
            Schedule s = Schedule.parse(text);
            assertEquals(s, Schedule.parse(s.spec()), text);
        }
    }

    @Provide
    Arbitrary<String> grids() {
        Arbitrary<String> big = Arbitraries.of("eta=0.01:1:10000,temperature=0.1:1:10000", "eta=0.01:1:100001",
                "batch=1:1e9:10000:log,eta=0.1:1:11", "eta=1:0:3", "eta=0:1:3:log", "eta=0.1:1:0");
        return Arbitraries.oneOf(big, mutationsOf(GRIDS, List.of("eta", "batch", "temperature", "beta", "eta/b")));
    }

    /** A grid is within its limits with every value in its knob's range, or is refused in one line. */
    @Property(tries = 2_000, seed = "21")
    void aGridSpecGivesABoundedGridOrAOneLineRefusal(@ForAll("grids") String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Grid g = Grid.parse(text);
                assertTrue(g.size() >= 1 && g.size() <= Grid.MAX_POINTS, text);
                for (int p = 0; p < Math.min(g.size(), 50); p++) {
                    Params params = g.params(Params.DEFAULT, p);
                    assertTrue(Double.isFinite(params.eta()) && params.eta() > 0, text + " η=" + params.eta());
                }
            } catch (InvalidInputException e) {
                assertOneLine(text, e);
            }
        }, text);
    }
}
