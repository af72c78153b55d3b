package org.basinscope.app.export;

import javafx.scene.Node;

/** A view that can be exported: as a picture of its node, as vector graphics, and as the data behind it. */
public interface Exportable {
    /** Short name for file names, e.g. {@code loss}. */
    String exportName();

    /** The node whose picture a PNG export takes. */
    Node exportNode();

    /** The data behind the view as CSV (FX thread). */
    default String csv() {
        return csvLater().get();
    }

    /** The view redrawn as vector graphics of the given size (FX thread). */
    default Svg svg(double width, double height) {
        return svgLater(width, height).get();
    }

    /**
     * What the view shows now, read on the FX thread; the CSV text is then made by the supplier on any
     * thread (a big cloud's text takes longer than the FX thread may be blocked).
     */
    java.util.function.Supplier<String> csvLater();

    /**
     * What the view shows now, read on the FX thread, to be drawn on any thread and any {@link Pen}: its SVG
     * export and its panel in a figure.
     */
    Drawing drawing();

    /** As {@link #csvLater}, for the vector drawing of the given size in the screen's style. */
    default java.util.function.Supplier<Svg> svgLater(double width, double height) {
        Drawing d = drawing();
        return () -> {
            Svg svg = new Svg(width, height);
            d.draw(svg, new Box(0, 0, width, height), DrawStyle.SCREEN);
            return svg;
        };
    }
}
