package org.basinscope.engine.session;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * A session as one short line of text to paste into a chat or onto a slide: {@code basinscope:} and the session's
 * JSON, zlib-compressed (its Adler-32 checksum catches a mistyped or cut text) and base64url-encoded. Reading it back
 * validates the JSON exactly as a session file is validated; nothing in it is executed.
 */
public final class SetupText {
    public static final String PREFIX = "basinscope:";
    /** The longest set-up text read (a session file's limit, compressed, is far below it). */
    public static final int MAX_CHARS = 1 << 20;

    private SetupText() {
    }

    public static String encode(Session s) {
        byte[] json = SessionFiles.toJson(s).getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            d.setInput(json);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        } finally {
            d.end();
        }
    }

    /** The session a set-up text holds; a text that is not one is refused with the reason in one line. */
    public static Session decode(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > MAX_CHARS) {
            throw new InvalidInputException("set-up text is too long (" + t.length() + " characters)");
        }
        if (!t.startsWith(PREFIX)) {
            throw new InvalidInputException("not a set-up text: it should start with '" + PREFIX + "'");
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(t.substring(PREFIX.length()).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("set-up text is damaged (" + e.getMessage() + ")");
        }
        String json = new String(inflate(packed), StandardCharsets.UTF_8);
        try {
            return SessionFiles.fromJson(json);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("set-up text: " + e.getMessage());
        }
    }

    private static byte[] inflate(byte[] packed) {
        Inflater in = new Inflater();
        try {
            in.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!in.finished()) {
                int n = in.inflate(buf);
                if (n == 0 && (in.needsInput() || in.needsDictionary())) {
                    throw new InvalidInputException("set-up text is cut short (copy the whole line)");
                }
                out.write(buf, 0, n);
                // A small text may not unpack into more than a session file may hold.
                if (out.size() > SessionFiles.MAX_BYTES) {
                    throw new InvalidInputException("set-up text unpacks to more than " + SessionFiles.MAX_BYTES
                            + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new InvalidInputException("set-up text is damaged (" + e.getMessage() + ")");
        } finally {
            in.end();
        }
    }
}
