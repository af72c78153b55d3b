package org.basinscope.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.basinscope.engine.live.ParamChange;
import org.basinscope.engine.dynamics.Params;
import org.basinscope.engine.spec.InvalidInputException;
import org.junit.jupiter.api.Test;

class SetupTextTest {

    private static Session sample() {
        Session l = Lessons.load("momentum-with-noise").settings();
        return new Session(Session.VERSION, l.landscape(), l.dynamics(), l.eta(), l.batch(), l.temperature(), l.friction(),
                l.momentum(), l.particles(), 7, new double[] {-1.25}, 400, 20, Map.of("plots", "live"), 0.1,
                "constant", l.gradient(), List.of(ParamChange.of(0, l.params()), ParamChange.of(200, new Params(0.025, 1, 0.1, 1, 0.9))));
    }

    @Test
    void aSessionRoundTripsBitForBit() {
        Session s = sample();
        String text = SetupText.encode(s);
        assertTrue(text.startsWith("basinscope:") && !text.contains("\n"), text);
        assertTrue(text.length() < SessionFiles.toJson(s).length(), "shorter than its JSON: " + text.length());
        Session back = SetupText.decode("  " + text + "\n");
        assertEquals(SessionFiles.toJson(s), SessionFiles.toJson(back));
        assertEquals(Double.doubleToRawLongBits(s.eta()), Double.doubleToRawLongBits(back.eta()));
        assertEquals(s.history(), back.history());
    }

    @Test
    void damagedTextsAreRefusedInOneLine() {
        String good = SetupText.encode(sample());
        String flipped = good.substring(0, 30) + (good.charAt(30) == 'A' ? 'B' : 'A') + good.substring(31);
        List<String> bad = List.of("", "hello", "basinscope:", "basinscope:%%%", good.substring(0, good.length() / 2),
                flipped, "basinscope:" + pack("{\"version\": 2}"), "basinscope:" + pack("not json"));
        for (String b : bad) {
            var e = assertThrows(InvalidInputException.class, () -> SetupText.decode(b), b);
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
        var e = assertThrows(InvalidInputException.class, () -> SetupText.decode("hello"));
        assertTrue(e.getMessage().contains("basinscope:"), e.getMessage());
    }

    @Test
    void aTextThatUnpacksIntoTooMuchIsRefused() {
        var e = assertThrows(InvalidInputException.class,
                () -> SetupText.decode("basinscope:" + pack(" ".repeat(SessionFiles.MAX_BYTES + 10))));
        assertTrue(e.getMessage().contains("unpacks to more than"), e.getMessage());
    }

    private static String pack(String text) {
        Deflater d = new Deflater();
        d.setInput(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
