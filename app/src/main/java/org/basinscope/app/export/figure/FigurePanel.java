package org.basinscope.app.export.figure;

import java.util.function.Supplier;
import org.basinscope.app.export.Drawing;
import org.basinscope.app.export.Exportable;

/**
 * One panel of a figure: a view's export name, its drawing and the CSV of its data, captured on the FX thread and
 * made into files on any thread.
 */
public record FigurePanel(String name, Drawing drawing, Supplier<String> csv) {
    /** The view as it is now (FX thread). */
    public static FigurePanel of(Exportable view) {
        return new FigurePanel(view.exportName(), view.drawing(), view.csvLater());
    }

    /** The views named, in that order; a name that is not among them is refused with the names that are. */
    public static java.util.List<FigurePanel> select(java.util.List<? extends Exportable> views,
            java.util.List<String> names) {
        java.util.List<FigurePanel> out = new java.util.ArrayList<>();
        for (String n : names) {
            Exportable v = views.stream().filter(e -> e.exportName().equals(n)).findFirst().orElseThrow(() ->
                    new org.basinscope.engine.spec.InvalidInputException("plot '" + n + "' is not shown; valid: "
                            + String.join(", ", views.stream().map(Exportable::exportName).toList())));
            out.add(of(v));
        }
        return out;
    }
}
