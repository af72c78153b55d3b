package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Mutated session files (characters deleted, inserted, replaced, fields duplicated, values swapped for
 * absurd ones): reading either yields a valid session or refuses with a one-line message — never
 * another exception, never a half-read session.
 */
class SessionFuzzTest {
    private static final String VALID = SessionFiles.toJson(new Session(1, "formula:(x^2-1)^2/4 + y^2/2", "sgd:sigma=2",
            0.05, 4, 0.1, 1, 0.9, 2000, 7, new double[] {-1, 0}, 300, 10, Map.of("histogramAxis", "x")));

    private static final String[] NASTY = {"-1", "0", "1e400", "NaN", "\"NaN\"", "null", "true", "[]", "{}", "\"\"",
        "1.5", "99999999999999999999999", "\"x^^2\"", "\"formula:log(\"", "\"banana\"", "-0", "\"\\u0000\"",
        "[1,2,3]", "2147483648"};

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length() - 1);
        Arbitrary<String> deleted = Combinators.combine(position, Arbitraries.integers().between(1, 40))
                .as((p, n) -> VALID.substring(0, p) + VALID.substring(Math.min(VALID.length(), p + n)));
        Arbitrary<String> inserted = Combinators.combine(position, Arbitraries.strings().ofMaxLength(8)
                .withChars("{}[]\",:0123456789.-e nulltrf\\"))
                .as((p, t) -> VALID.substring(0, p) + t + VALID.substring(p));
        Arbitrary<String> replaced = Combinators.combine(position, Arbitraries.chars().range(' ', '~'))
                .as((p, c) -> VALID.substring(0, p) + c + VALID.substring(p + 1));
        Arbitrary<String> absurd = Combinators.combine(
                Arbitraries.of("version", "landscape", "dynamics", "eta", "batch", "temperature", "friction",
                        "momentum", "particles", "seed", "start", "steps", "stepsPerFrame", "view"),
                Arbitraries.of(NASTY))
                .as((field, value) -> VALID.replaceFirst("(\"" + field + "\"\\s*:\\s*)(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}\\n]+)",
                        "$1" + java.util.regex.Matcher.quoteReplacement(value)));
        return Arbitraries.oneOf(deleted, inserted, replaced, absurd);
    }

    @Property(tries = 20_000, seed = "11")
    void readingAMutatedFileGivesASessionOrAClearRefusal(@ForAll("mutated") String text) {
        try {
            Session s = SessionFiles.fromJson(text);
            // Accepted: then it must be fully usable.
            s.toRunConfig();
            s.params();
        } catch (InvalidInputException e) {
            assertFalse(e.getMessage().isBlank());
            assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
        }
    }
}
