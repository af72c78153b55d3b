package org.basinscope.app.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * What File → Record animation… records: how many frames, at what rate, of which view ("window" or a view's export
 * name), into which GIF; validated here, where the dialog's text enters.
 */
public record RecordRequest(int frames, double fps, String view, Path file) {
    public static final int MAX_FRAMES = 2000;

    public RecordRequest {
        if (frames < 1 || frames > MAX_FRAMES) {
            throw new InvalidInputException("frames: " + frames + " is outside [1, " + MAX_FRAMES + "]");
        }
        if (!(fps >= 1 && fps <= 50)) {
            throw new InvalidInputException("fps: " + fps + " is outside [1, 50]");
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
            throw new InvalidInputException("the file must end in .gif (MP4 is not offered)");
        }
    }

    /** From the dialog's fields; a bad value is refused in one line that names the field. */
    public static RecordRequest parse(String frames, String fps, String view, String file, List<String> views) {
        int n;
        double rate;
        try {
            n = Integer.parseInt(frames.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("frames: '" + frames + "' is not a whole number");
        }
        try {
            rate = Double.parseDouble(fps.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("fps: '" + fps + "' is not a number");
        }
        if (!views.contains(view)) {
            throw new InvalidInputException("view: '" + view + "' is not one of " + String.join(", ", views));
        }
        if (file.isBlank()) {
            throw new InvalidInputException("choose the GIF file to write");
        }
        return new RecordRequest(n, rate, view, Path.of(file.strip()).toAbsolutePath());
    }
}
