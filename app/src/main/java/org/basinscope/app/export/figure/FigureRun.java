package org.basinscope.app.export.figure;

import org.basinscope.engine.session.Session;

/**
 * A run a figure shows, written beside it as {@code <figure><suffix>.session.json}: the one run ({@code ""}), or
 * A's ({@code ""}) and B's ({@code "-b"}) in a comparison.
 */
public record FigureRun(String suffix, Session session) {
}
