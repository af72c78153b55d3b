package org.basinscope.app.export.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basinscope.engine.io.AtomicFiles;
import org.basinscope.engine.session.SessionFiles;

/**
 * A figure for a paper with what makes it reproducible, side by side: the figure, {@code <base>.caption.txt},
 * {@code <base>-<plot>.csv} for each panel's data, and the session(s) {@code <base>[-b].session.json}. Every file
 * is written atomically. Any thread.
 */
public final class FigureFiles {
    private FigureFiles() {
    }

    /** What was written: the figure, its layout (the height it got), and every file in order. */
    public record Written(Path figure, FigureLayout layout, List<Path> files) {
    }

    public static Written write(List<FigurePanel> panels, List<FigureRun> runs, FigureSpec spec, Path file)
            throws IOException {
        Path figure = file.toAbsolutePath();
        spec.checkFile(figure);
        String name = figure.getFileName().toString();
        String base = name.substring(0, name.length() - spec.format().extension().length() - 1);
        Path dir = figure.getParent();
        List<Path> written = new ArrayList<>();
        FigureRenderer.write(panels, spec, figure);
        written.add(figure);
        Path caption = dir.resolve(base + ".caption.txt");
        AtomicFiles.writeString(caption, FigureCaption.text(name, panels, spec, runs));
        written.add(caption);
        for (FigurePanel p : panels) {
            Path csv = dir.resolve(base + "-" + p.name() + ".csv");
            AtomicFiles.writeString(csv, p.csv().get());
            written.add(csv);
        }
        for (FigureRun r : runs) {
            Path session = dir.resolve(base + r.suffix() + ".session.json");
            AtomicFiles.writeString(session, SessionFiles.toJson(r.session()));
            written.add(session);
        }
        return new Written(figure, spec.layout(), written);
    }
}
