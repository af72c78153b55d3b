package org.basinscope.app.export.figure;

import java.util.Arrays;
import java.util.Locale;
import org.basinscope.engine.spec.InvalidInputException;

/** What a figure is written as; each has its own file extension. */
public enum FigureFormat {
    /** Vector, fonts embedded (PDFBox). */
    PDF,
    /** Vector; only a heat map is a picture. */
    SVG,
    /** A picture at a chosen DPI. */
    PNG;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FigureFormat of(String name) {
        for (FigureFormat f : values()) {
            if (f.extension().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return f;
            }
        }
        throw new InvalidInputException("format '" + name + "' is not valid; valid: " + String.join(", ",
                Arrays.stream(values()).map(FigureFormat::extension).toList()));
    }
}
