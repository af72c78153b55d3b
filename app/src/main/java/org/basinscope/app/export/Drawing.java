package org.basinscope.app.export;

/**
 * What a view shows, captured on the FX thread (immutable data, pictures copied out) and drawn later, on any
 * thread, into any box of any {@link Pen}: the one drawing behind a view's SVG export and its panel in a figure.
 */
@FunctionalInterface
public interface Drawing {
    void draw(Pen pen, Box box, DrawStyle style);
}
