package org.basinscope.app.export;

/** A rectangle in a pen's units, y down: where a drawing goes. */
public record Box(double x, double y, double w, double h) {
    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }
}
