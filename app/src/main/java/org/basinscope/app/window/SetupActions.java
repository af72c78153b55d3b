package org.basinscope.app.window;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.session.SetupText;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Copy set-up / Paste set-up: the run on screen as one line of text on the clipboard ({@link SetupText}), and such a
 * line opened as a session is — validated first, so a damaged text changes nothing and says why. FX thread.
 */
final class SetupActions {
    private final SessionActions sessions;
    private final Notices notices;

    SetupActions(SessionActions sessions, Notices notices) {
        this.sessions = sessions;
        this.notices = notices;
    }

    /** Puts the set-up text of what is on screen on the clipboard and returns it. */
    String copy() {
        String text = SetupText.encode(sessions.session());
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        notices.showNotice("Set-up copied (" + text.length() + " characters): paste it into a chat or a slide; "
                + "Paste set-up or 'basinscope open --setup TEXT' opens it.", false);
        return text;
    }

    /** Opens the set-up text on the clipboard; whether it was one. */
    boolean pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return paste(clipboard.hasString() ? clipboard.getString() : "");
    }

    /** Opens a set-up text; whether it was one (a damaged one changes nothing and says why). */
    boolean paste(String text) {
        Session s;
        try {
            s = SetupText.decode(text);
            // load() builds the run before it touches a control: a set-up that cannot run changes nothing.
            sessions.load(s);
        } catch (InvalidInputException e) {
            notices.showNotice("Could not paste the set-up: " + e.getMessage() + ". Nothing was changed.", true);
            return false;
        }
        notices.showNotice("Pasted set-up: " + s.landscape() + ", " + s.dynamics() + ", " + s.steps()
                + " steps replayed.", false);
        return true;
    }
}
