package org.basinscope.engine.spec;

/**
 * Input from a user (command line, typed field, session file) that cannot be accepted. The message
 * is meant to be shown as is: it says what was wrong and what would be valid.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }
}
