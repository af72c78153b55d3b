package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basinscope.app.dimensional.DimensionalPane;
import org.basinscope.engine.analysis.projection.Centre;
import org.basinscope.engine.analysis.projection.Plane;
import org.basinscope.engine.cli.Json;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;
import org.basinscope.engine.spec.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope render}: lays out the real main window off screen (Monocle headless, no display
 * needed), runs K steps, and writes a PNG of the whole window. The run comes from the options, a
 * preset (lesson) or a session file; options typed on the command line override the preset's or
 * session's values.
 */
@Command(name = "render", mixinStandardHelpOptions = true, resourceBundle = "org.basinscope.app.commands.RenderHelp",
        description = "Run K steps in the real main window off screen and write a PNG of it; prints JSON "
                + "{file, width, height, steps}.")
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    RunOptions run;

    @Mixin
    ScheduleOption schedule;

    @Mixin
    StartOptions start;

    @Mixin
    WindowOptions window;

    @Option(names = "--out", paramLabel = "FILE.png", required = true, description = "PNG file to write.")
    Path out;

    @Option(names = "--projection", paramLabel = "PLANE", description = "For a landscape of more than two "
            + "dimensions: the plane the view shows (default hessian): " + Plane.FORMS + ".")
    String projection;

    @Option(names = "--view", paramLabel = "VIEW", description = "For a landscape of more than two dimensions: "
            + "what the centre shows, slice (the loss on the projection plane, default), network (particle 0's "
            + "decision regions or confusion matrix; mlp landscapes), vote (the same for the ensemble's vote, paler "
            + "where its networks disagree), histograms (the cloud along the Hessian's top eigenvector against its "
            + "stationary Gaussian), losses (the histogram of each particle's own loss) or coordinate:i (of θᵢ against "
            + "its exact Gibbs marginal where the landscape has one).")
    String view;

    @Option(names = "--centre", paramLabel = "C", description = "With --projection: the plane's centre, mean "
            + "(default), particle:0 or minimum (a descent from the cloud's mean).")
    String centre;

    @Spec
    CommandSpec spec;

    /** i of {@code --view coordinate:i} (1 … d), 0 for another view; a bad i is a one-line error. */
    private static int coordinateView(String view, Session s) {
        if (view == null || !view.startsWith("coordinate")) {
            return 0;
        }
        String i = view.startsWith("coordinate:") ? view.substring("coordinate:".length()) : "1";
        int d = LandscapeCatalog.createAny(s.landscape()).dimension();
        return (int) Numbers.checkRange("--view coordinate:i", Numbers.parse("--view coordinate:i", i), 1, d);
    }

    @Override
    public Integer call() throws Exception {
        window.validate();
        var parsed = spec.commandLine().getParseResult();
        // Validated before the toolkit starts, so bad input is a one-line error (exit 2).
        StartOptions.Start begin = start.resolveAnyDimension(run, schedule, parsed);
        Session s = begin.session();
        if ((projection != null || centre != null || view != null) && s.planar()) {
            throw new InvalidInputException("--projection, --centre and --view apply to landscapes of more than two "
                    + "dimensions; " + s.landscape() + " is planar");
        }
        int coordinate = coordinateView(view, s);
        if (view != null && coordinate == 0
                && !List.of("slice", "network", "vote", "histograms", "losses").contains(view)) {
            throw new InvalidInputException("--view '" + view + "' is not valid; valid: slice, network, vote, "
                    + "histograms, losses, coordinate:i");
        }
        boolean vote = "vote".equals(view);
        boolean network = "network".equals(view) || vote;
        boolean losses = "losses".equals(view);
        DimensionalPane.View shown = view == null ? DimensionalPane.View.SLICE
                : losses || coordinate > 0 ? DimensionalPane.View.HISTOGRAMS
                : vote ? DimensionalPane.View.NETWORK
                : DimensionalPane.View.valueOf(view.toUpperCase(java.util.Locale.ROOT));
        if (network && LandscapeCatalog.createAny(s.landscape()).scorer().isEmpty()) {
            throw new InvalidInputException("--view network draws a classifier (an mlp landscape); " + s.landscape()
                    + " is not one");
        }
        Plane plane = Plane.parse(projection == null ? "hessian" : projection);
        Centre at = Centre.parse(centre == null ? "mean" : centre);
        String lesson = begin.lesson();
        if (s.steps() > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + s.steps() + " is too many for render");
        }
        Path file = out.toAbsolutePath();
        WindowRenderer.render(s, lesson, window.presentation, window.tab(s), window.overlay, window.width,
                window.height, file, w -> {
                    if (w.dimensional() != null) {
                        w.dimensional().setPlane(plane, at);
                        w.dimensional().showView(shown);
                        if (vote) {
                            w.dimensional().showVote(true);
                        } else if (losses) {
                            w.dimensional().histogramPlot().showLosses();
                        } else if (coordinate > 0) {
                            w.dimensional().histogramPlot().showCoordinate(coordinate);
                        }
                    }
                });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("width", window.width);
        json.put("height", window.height);
        json.put("steps", s.steps());
        if (lesson != null) {
            json.put("preset", lesson);
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }
}
