package org.basinscope.engine.spec;

/**
 * Input from a user (command line, typed field, session file) that cannot be accepted. The message
 * is meant to be shown as is: it says what was wrong and what would be valid. It is always one line:
 * control characters from echoed input (a newline in a field name, say) are shown as escapes.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(oneLine(message));
    }

    /** Control characters as visible escapes (backslash-n, backslash-u0000), so a message stays on one line. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
