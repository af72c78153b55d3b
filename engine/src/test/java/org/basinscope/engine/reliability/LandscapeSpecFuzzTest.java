package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Landscape specs with dimensions, widths, data names and lists, mutated (numbers swapped for absurd ones,
 * characters deleted or inserted, options repeated): building one gives a landscape whose value and gradient at its
 * start can be taken, or a one-line refusal — never another exception, and never a build that hangs (the largest allowed, a rotated quadratic at d = 1000, takes a few seconds) or takes
 * gigabytes (a size over the limits is refused before anything is allocated).
 */
class LandscapeSpecFuzzTest {
    /** The catalog's examples plus sized ones, so the mutations reach every option that sets a size. */
    private static final List<String> SPECS = specs();
    private static final String[] NASTY = {"0", "-1", "1", "2", "64", "65", "1000", "1001", "2000", "100000", "100001",
        "1e9", "1e400", "NaN", "-0", "2147483648", "", "abc", "1,2", "0,0", "100000,100000", "3.5"};

    private static List<String> specs() {
        List<String> out = new ArrayList<>(LandscapeCatalog.examples());
        out.addAll(List.of("quadratic:dim=100,lmin=0.1,lmax=10", "quadratic:dim=50,lmin=1,lmax=5,rotate=3",
                "rosenbrock:dim=10"));
        return List.copyOf(out);
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> spec = Arbitraries.of(SPECS);
        Arbitrary<String> numberSwapped = Combinators.combine(spec, Arbitraries.of(NASTY), Arbitraries.integers()
                .between(0, 5)).as((s, value, which) -> replaceNumber(s, value, which));
        Arbitrary<String> deleted = Combinators.combine(spec, Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 6)).as((s, p, n) -> p >= s.length() ? s
                        : s.substring(0, p) + s.substring(Math.min(s.length(), p + n)));
        Arbitrary<String> inserted = Combinators.combine(spec, Arbitraries.integers().between(0, 60),
                Arbitraries.strings().ofMaxLength(6).withChars(":=,0123456789.-e dimx")).as((s, p, t) ->
                s.substring(0, Math.min(p, s.length())) + t + s.substring(Math.min(p, s.length())));
        Arbitrary<String> sized = Combinators.combine(Arbitraries.of(LandscapeCatalog.names().stream().toList()),
                Arbitraries.of("dim", "n", "hidden", "widths", "modes", "lmin", "lmax", "rotate", "seed"),
                Arbitraries.of(NASTY)).as((name, key, value) -> name + ":" + key + "=" + value);
        return Arbitraries.oneOf(numberSwapped, deleted, inserted, sized);
    }

    private static String replaceNumber(String s, String value, int which) {
        var m = java.util.regex.Pattern.compile("(?<==)[^,]*").matcher(s);
        int k = 0;
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(k++ == which ? value : m.group()));
        }
        m.appendTail(b);
        return k == 0 ? s + ":dim=" + value : b.toString();
    }

    @Property(tries = 3_000, seed = "21")
    void aMutatedSpecGivesALandscapeOrAOneLineRefusal(@ForAll("mutated") String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                VectorLandscape f = LandscapeCatalog.createAny(text);
                double[] start = f.defaultStart();
                assertEquals(f.dimension(), start.length, text);
                double[] g = new double[f.dimension()];
                f.value(start);
                f.gradient(start, g);
            } catch (InvalidInputException e) {
                assertFalse(e.getMessage().isBlank(), text);
                assertEquals(1, e.getMessage().lines().count(), text + ": " + e.getMessage());
            }
        }, text);
    }
}
