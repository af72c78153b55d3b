package org.basinscope.app.export;

import javafx.scene.Node;

/** A view that can be exported: as a picture of its node, as vector graphics, and as the data behind it. */
public interface Exportable {
    /** Short name for file names, e.g. {@code loss}. */
    String exportName();

    /** The node whose picture a PNG export takes. */
    Node exportNode();

    /** The data behind the view as CSV (FX thread). */
    String csv();

    /** The view redrawn as vector graphics of the given size (FX thread). */
    Svg svg(double width, double height);
}
