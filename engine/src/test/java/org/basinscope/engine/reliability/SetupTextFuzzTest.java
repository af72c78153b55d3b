package org.basinscope.engine.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.session.Lessons;
import org.basinscope.engine.live.ParamChange;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SessionFiles;
import org.basinscope.engine.session.SetupText;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Set-up texts (a session as one pasted line: {@code basinscope:} + base64url of its zlib-packed JSON) made from
 * valid ones and damaged the ways a paste damages them — cut short, a character changed, bits flipped in the packed
 * bytes, spaces and line breaks inserted, repeated — and rebuilt with their JSON changed (a wrong or newer format
 * version, absurd values, a packed text that unpacks to far more than a session holds): each gives a usable session
 * or a one-line refusal, within a second, never another exception.
 */
class SetupTextFuzzTest {
    private static final List<String> VALID = List.of(
            SetupText.encode(withMovedSlider(Lessons.load("momentum-with-noise").settings())),
            SetupText.encode(Lessons.load("edge-of-stability").settings()),
            SetupText.encode(new Session(1, "formula:(x^2-1)^2/4 + y^2/2", "sgd:sigma=2", 0.05, 4, 0.1, 1, 0.9, 200, 7,
                    new double[] {-1, 0}, 300, 10, Map.of("histogramAxis", "x"))));
    private static final String[] VERSIONS = {"0", "-1", "2", "3", "99", "1.5", "\"1\"", "null", "2147483648"};
    private static final String[] NASTY = {"-1", "0", "1e400", "NaN", "\"NaN\"", "null", "[]", "{}", "\"\"", "-0",
        "99999999999999999999999", "\"formula:log(\"", "\"banana\"", "[1,2,3]", "2147483648", "\"quadratic:dim=100000000\""};
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** A lesson's set-up with a slider moved at step 200 (a history to carry). */
    private static Session withMovedSlider(Session l) {
        return new Session(Session.VERSION, l.landscape(), l.dynamics(), l.eta(), l.batch(), l.temperature(),
                l.friction(), l.momentum(), l.particles(), 7, new double[] {-1.25}, 400, 20, Map.of("plots", "live"),
                0.1, "constant", l.gradient(), List.of(ParamChange.of(0, l.params()),
                        ParamChange.of(200, new Params(0.025, 1, 0.1, 1, 0.9))));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        Arbitrary<String> cut = Combinators.combine(base, Arbitraries.doubles().between(0, 1))
                .as((t, f) -> t.substring(0, (int) (f * t.length())));
        Arbitrary<String> changed = Combinators.combine(base, Arbitraries.doubles().between(0, 1),
                Arbitraries.chars().range(' ', '~')).as((t, f, c) -> {
                    int p = Math.min(t.length() - 1, (int) (f * t.length()));
                    return t.substring(0, p) + c + t.substring(p + 1);
                });
        Arbitrary<String> flipped = Combinators.combine(base, Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 7)).as(SetupTextFuzzTest::flipBit);
        Arbitrary<String> spaced = Combinators.combine(base, Arbitraries.doubles().between(0, 1),
                Arbitraries.of(" ", "\n", "\r\n", "\t", "  \n  ")).as((t, f, w) -> {
                    int p = (int) (f * t.length());
                    return t.substring(0, p) + w + t.substring(p);
                });
        Arbitrary<String> repeated = Combinators.combine(base, Arbitraries.integers().between(2, 40))
                .as((t, n) -> t + t.substring(SetupText.PREFIX.length()).repeat(n - 1));
        Arbitrary<String> junk = Arbitraries.strings().withChars(BASE64URL).ofMaxLength(400)
                .map(s -> SetupText.PREFIX + s);
        return Arbitraries.oneOf(cut, changed, flipped, spaced, repeated, junk);
    }

    @Provide
    Arbitrary<String> rewritten() {
        Arbitrary<String> json = Arbitraries.of(VALID).map(t -> SessionFiles.toJson(SetupText.decode(t)));
        Arbitrary<String> versioned = Combinators.combine(json, Arbitraries.of(VERSIONS))
                .as((j, v) -> j.replaceFirst("(\"version\"\\s*:\\s*)[^,}\\n]+", "$1" + v));
        Arbitrary<String> absurd = Combinators.combine(json,
                Arbitraries.of("landscape", "dynamics", "eta", "batch", "temperature", "friction", "momentum",
                        "particles", "seed", "start", "steps", "stepsPerFrame", "gradient", "schedule", "history"),
                Arbitraries.of(NASTY))
                .as((j, field, value) -> j.replaceFirst(
                        "(\"" + field + "\"\\s*:\\s*)(\"[^\"]*\"|\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}\\n]+)",
                        "$1" + java.util.regex.Matcher.quoteReplacement(value)));
        Arbitrary<String> bomb = Arbitraries.integers().between(1, 8)
                .map(n -> " ".repeat(n * (SessionFiles.MAX_BYTES / 4)) + "{}");
        return Arbitraries.oneOf(versioned, absurd, bomb).map(j -> SetupText.PREFIX + pack(j));
    }

    @Property(tries = 3000, seed = "21")
    void aDamagedTextGivesASessionOrAOneLineRefusal(@ForAll("damaged") String text) {
        readsOrRefuses(text);
    }

    @Property(tries = 1500, seed = "22")
    void aRewrittenTextGivesASessionOrAOneLineRefusal(@ForAll("rewritten") String text) {
        readsOrRefuses(text);
    }

    private static void readsOrRefuses(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                Session s = SetupText.decode(text);
                // Read: then usable, and it writes the text of the same session.
                s.params();
                assertEquals(SessionFiles.toJson(s), SessionFiles.toJson(SetupText.decode(SetupText.encode(s))));
            } catch (InvalidInputException e) {
                assertFalse(e.getMessage().isBlank());
                assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
            }
        });
    }

    /** Flips one bit of the packed bytes and packs the text again: the checksum, not base64, has to catch it. */
    private static String flipBit(String text, double where, int bit) {
        byte[] packed = Base64.getUrlDecoder().decode(text.substring(SetupText.PREFIX.length()));
        int p = Math.min(packed.length - 1, (int) (where * packed.length));
        packed[p] ^= (byte) (1 << bit);
        return SetupText.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(packed);
    }

    private static String pack(String text) {
        Deflater d = new Deflater();
        try {
            d.setInput(text.getBytes(StandardCharsets.UTF_8));
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            d.end();
        }
    }
}
