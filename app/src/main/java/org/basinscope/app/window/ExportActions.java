package org.basinscope.app.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.basinscope.app.compare.CompareView;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.Exporter;
import org.basinscope.app.export.figure.FigureFiles;
import org.basinscope.app.export.figure.FigurePanel;
import org.basinscope.app.export.figure.FigureRun;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.app.plots.SchedulePlot;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;

/**
 * Export of the window or one view (PNG, SVG, CSV) and the figure for a paper (PDF, SVG, PNG of chosen plots). What is shown is captured
 * on the FX thread; encoding and writing happen in the background, so a big export never freezes the
 * window, and pictures taken over several pulses all show the same frame.
 */
final class ExportActions {
    private final Parent root;
    private final Parts parts;
    private final FrameLoop frames;
    private final Dialogs dialogs;
    private final Supplier<Session> session;
    private final Supplier<CompareView> compare;

    ExportActions(Parent root, Parts parts, FrameLoop frames, Dialogs dialogs, Supplier<Session> session,
            Supplier<CompareView> compare) {
        this.root = root;
        this.parts = parts;
        this.frames = frames;
        this.dialogs = dialogs;
        this.session = session;
        this.compare = compare;
    }

    /**
     * Views that can be exported: those on screen — the landscape and the shown tab's plots, or in A/B mode
     * both clouds and the shared plots.
     */
    List<Exportable> exportables() {
        CompareView ab = compare.get();
        if (ab != null) {
            return ab.exportables();
        }
        List<Exportable> out = new ArrayList<>();
        out.add(parts.landscape());
        out.addAll(parts.tabs().shownPlots());
        SchedulePlot schedule = parts.controls().schedulePlot();
        if (schedule.node().isVisible()) {
            out.add(schedule);
        }
        return out;
    }

    /**
     * Writes a view (or the window, with {@code view} null) in the format its file extension names. The
     * future completes with the file, or fails with the reason.
     */
    CompletableFuture<Path> export(Exportable view, Path file, double scale) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            if (view == null) {
                return frames.frozen(Exporter.pictureInStrips(root, scale)).thenCompose(picture ->
                        Exporter.inBackground(() -> {
                            Exporter.png(picture, file);
                            return file;
                        }));
            }
            SnapshotParameters sp = new SnapshotParameters();
            sp.setTransform(Transform.scale(scale, scale));
            WritableImage shot = view.exportNode().snapshot(sp, null);
            // Pixels are copied out and encoded in the background (an Image may be read from any thread).
            return Exporter.inBackground(() -> {
                Exporter.png(Exporter.toAwt(shot), file);
                return file;
            });
        }
        if (name.endsWith(".svg")) {
            if (view == null) {
                return frames.frozen(Exporter.pictureInStrips(root, 1).thenApply(background ->
                        Exporter.window(root.getScene(), background, exportables())))
                        .thenCompose(svg -> Exporter.inBackground(() -> {
                            Exporter.text(svg.get().document(), file);
                            return file;
                        }));
            }
            var b = view.exportNode().getLayoutBounds();
            var svg = view.svgLater(b.getWidth(), b.getHeight());
            return Exporter.inBackground(() -> {
                Exporter.text(svg.get().document(), file);
                return file;
            });
        }
        if (name.endsWith(".csv")) {
            if (view == null) {
                return CompletableFuture.failedFuture(
                        new InvalidInputException("CSV needs one view (the window has several): choose a plot"));
            }
            var csv = view.csvLater();
            return Exporter.inBackground(() -> {
                Exporter.text(csv.get(), file);
                return file;
            });
        }
        return CompletableFuture.failedFuture(new InvalidInputException("unknown file type '" + file.getFileName()
                + "': use .png, .svg or .csv"));
    }

    /**
     * The figure for a paper: the plots named in {@code spec}, in that order, redrawn from their data (no controls,
     * cards or messages), with its caption, the plots' CSV and the sessions beside it. The views are read now, on
     * the FX thread; drawing and writing happen in the background.
     */
    CompletableFuture<FigureFiles.Written> figure(FigureSpec spec, Path file) {
        List<FigurePanel> panels;
        try {
            spec.checkFile(file);
            panels = FigurePanel.select(exportables(), spec.plots());
        } catch (InvalidInputException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<FigureRun> runs = runs();
        return Exporter.inBackground(() -> FigureFiles.write(panels, runs, spec, file));
    }

    /** The runs on screen: the one, or A (at the step both sides show) and B ("-b"). */
    private List<FigureRun> runs() {
        Session a = session.get();
        CompareView ab = compare.get();
        if (ab == null) {
            return List.of(new FigureRun("", a));
        }
        Session b = ab.sessionB();
        long step = ab.pairStep() >= 0 ? Math.min(ab.pairStep(), a.steps()) : a.steps();
        return List.of(new FigureRun("", a.withSteps(step)), new FigureRun("-b", b.withSteps(Math.min(step, b.steps()))));
    }

    /** Reports how a background export ended, back on the FX thread. */
    void report(CompletableFuture<?> done, String what) {
        done.whenComplete((ok, error) -> Platform.runLater(() -> {
            if (error == null) {
                parts.notices().showNotice("Exported " + what + ".", false);
            } else {
                parts.notices().showNotice("Could not export " + what + ": " + SessionActions.cause(error).getMessage(), true);
            }
        }));
    }

    void exportDialog() {
        new ExportDialog(this, dialogs).show();
    }

    void figureDialog() {
        new FigureDialog(this, dialogs).show();
    }
}
