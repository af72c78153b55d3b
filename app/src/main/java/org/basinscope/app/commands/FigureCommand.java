package org.basinscope.app.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.basinscope.app.export.Exportable;
import org.basinscope.app.export.figure.FigureFiles;
import org.basinscope.app.export.figure.FigureFormat;
import org.basinscope.app.export.figure.FigurePanel;
import org.basinscope.app.export.figure.FigureRun;
import org.basinscope.app.export.figure.FigureSpec;
import org.basinscope.app.plots.LivePlot;
import org.basinscope.app.tabs.PlotTabs;
import org.basinscope.app.window.MainWindow;
import org.basinscope.engine.cli.Json;
import org.basinscope.engine.cli.RunOptions;
import org.basinscope.engine.cli.ScheduleOption;
import org.basinscope.engine.session.Session;
import org.basinscope.engine.spec.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code basinscope figure}: a figure for a paper, headless. The run is replayed in the off-screen window (the
 * plots get their data exactly as on screen), then the chosen plots are redrawn from their data at the printed
 * size, as PDF, SVG or PNG, with the caption, the plots' CSV and the session beside it.
 */
@Command(name = "figure", mixinStandardHelpOptions = true, description = "Write a figure for a paper (PDF, SVG or "
        + "PNG) of chosen plots after the run, with a caption, CSV and the session beside it; prints JSON {file, "
        + "format, plots, widthMm, heightMm, ...}.")
public final class FigureCommand implements Callable<Integer> {
    /** The off-screen window the plots are laid out in (their data does not depend on it). */
    private static final int WINDOW_WIDTH = 1600;
    private static final int WINDOW_HEIGHT = 1000;

    @Mixin
    RunOptions run;

    @Mixin
    ScheduleOption schedule;

    @Mixin
    StartOptions start;

    @Option(names = "--plots", paramLabel = "NAME,...", required = true, split = ",", description = "Plots in "
            + "reading order: landscape and the plots of one tab (loss, histogram, phase, ...; an unknown name is "
            + "refused with the list).")
    List<String> plots;

    @Option(names = "--format", paramLabel = "pdf|svg|png", description = "Format (default: the --out file's "
            + "extension).")
    String format;

    @Option(names = "--width-mm", defaultValue = "170", description = "Printed width in mm, 20 to 500 (single "
            + "column 85, double 170; default ${DEFAULT-VALUE}).")
    double widthMm;

    @Option(names = "--height-mm", defaultValue = "0", description = "Printed height in mm, 20 to 500 (default: "
            + "from the grid, each panel 0.72 as tall as wide).")
    double heightMm;

    @Option(names = "--dpi", defaultValue = "300", description = "Pixels per inch of a PNG, 30 to 1200 (default "
            + "${DEFAULT-VALUE}).")
    int dpi;

    @Option(names = "--font-pt", defaultValue = "9", description = "Text size in pt, 4 to 36 (default "
            + "${DEFAULT-VALUE}).")
    double fontPt;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Figure file (.pdf, .svg or .png).")
    Path out;

    @Spec
    CommandSpec spec;

    /** What the command asks for, checked before the toolkit starts: bad input is a one-line error (exit 2). */
    record Plan(FigureSpec figure, FigureFormat format, Path file, StartOptions.Start begin) {
    }

    /** The options, validated into a plan (no window, nothing written). */
    Plan plan() throws java.io.IOException {
        String name = OutputFile.name(out);
        Path file = out.toAbsolutePath();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        FigureFormat f = FigureFormat.of(format != null ? format : ext);
        FigureSpec figure = new FigureSpec(plots.stream().map(String::trim).toList(), widthMm, heightMm, fontPt, f,
                dpi);
        figure.checkFile(file);
        StartOptions.Start begin = start.resolve(run, schedule, spec.commandLine().getParseResult());
        if (begin.session().steps() > Integer.MAX_VALUE) {
            throw new InvalidInputException("--steps " + begin.session().steps() + " is too many for figure");
        }
        return new Plan(figure, f, file, begin);
    }

    @Override
    public Integer call() throws Exception {
        Plan plan = plan();
        FigureSpec figure = plan.figure();
        FigureFormat f = plan.format();
        Path file = plan.file();
        StartOptions.Start begin = plan.begin();
        Session s = begin.session();
        String tab = s.view().getOrDefault("plots", PlotTabs.ids().get(0));
        List<FigurePanel> panels = WindowRenderer.settled(s, begin.lesson(), false, tab, "none", WINDOW_WIDTH,
                WINDOW_HEIGHT, w -> w.showPlotTab(tabHolding(w, figure.plots())),
                w -> FigurePanel.select(w.exportables(), figure.plots()));
        FigureFiles.Written written = FigureFiles.write(panels, List.of(new FigureRun("", s)), figure, file);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", written.figure().toString());
        json.put("format", f.extension());
        json.put("plots", figure.plots());
        json.put("widthMm", written.layout().widthMm());
        json.put("heightMm", written.layout().heightMm());
        json.put("columns", written.layout().columns());
        json.put("rows", written.layout().rows());
        if (f == FigureFormat.PNG) {
            json.put("dpi", dpi);
            json.put("widthPx", written.layout().pixels(written.layout().widthMm(), dpi));
            json.put("heightPx", written.layout().pixels(written.layout().heightMm(), dpi));
        }
        json.put("fontPt", fontPt);
        json.put("steps", s.steps());
        json.put("files", written.files().stream().map(Path::toString).toList());
        if (begin.lesson() != null) {
            json.put("preset", begin.lesson());
        }
        Json.print(spec.commandLine().getOut(), json);
        return 0;
    }

    /**
     * The tab whose plots include every one asked for (the landscape and the schedule are beside every tab): only
     * the shown tab's plots are fed. Refused in one line when a name is no plot's, or the names span tabs.
     */
    private static String tabHolding(MainWindow w, List<String> names) {
        Set<String> always = new LinkedHashSet<>();
        for (Exportable e : w.exportables()) {
            if (!w.shownTab().plots().contains(e)) {
                always.add(e.exportName());
            }
        }
        always.add(w.controls().schedulePlot().exportName());
        List<String> wanted = names.stream().filter(n -> !always.contains(n)).toList();
        Map<String, List<String>> byTab = new LinkedHashMap<>();
        for (String id : PlotTabs.ids()) {
            byTab.put(id, w.tab(id).plots().stream().map(LivePlot::exportName).toList());
        }
        for (String n : wanted) {
            if (byTab.values().stream().noneMatch(l -> l.contains(n))) {
                Set<String> valid = new LinkedHashSet<>(always);
                byTab.values().forEach(valid::addAll);
                throw new InvalidInputException("--plots: '" + n + "' is not a plot; valid: " + String.join(", ",
                        valid));
            }
        }
        String current = w.shownTab().id();
        List<String> order = new ArrayList<>(List.of(current));
        order.addAll(PlotTabs.ids());
        for (String id : order) {
            if (byTab.get(id).containsAll(wanted)) {
                return id;
            }
        }
        throw new InvalidInputException("--plots " + String.join(",", names) + ": a figure shows the landscape and "
                + "the plots of one tab; these are on " + String.join(" and ", PlotTabs.ids().stream()
                .filter(id -> wanted.stream().anyMatch(byTab.get(id)::contains)).toList()));
    }
}
