package org.basinscope.app.tabs;

import org.basinscope.app.controls.Display;
import org.basinscope.engine.escape.EscapePrediction;

/**
 * How the escape lab names and prints an {@link EscapePrediction}: the theory that gave it (Kramers,
 * Kramers–Grote–Hynes, Eyring–Kramers) and the exact time it is shown beside, or the note saying why there is no
 * number. One place, so the summary and the plots' legends agree.
 */
final class PredictionText {
    private PredictionText() {
    }

    /** The legend name of the theory's time, e.g. "Eyring–Kramers"; "theory" when there is none. */
    static String rateName(EscapePrediction e) {
        String t = e.theory();
        if (t == null) {
            return "theory";
        }
        return switch (t) {
            case "kramers" -> "Kramers";
            case "kramers-grote-hynes" -> "Kramers–Grote–Hynes";
            case "eyring-kramers" -> "Eyring–Kramers";
            default -> t;
        };
    }

    /** The legend name of the exact time: the overdamped integral, or γ times it for underdamped Langevin. */
    static String exactName(EscapePrediction e) {
        return "kramers-grote-hynes".equals(e.theory()) ? "γ × exact overdamped" : "exact integral";
    }

    /** The prediction as lines under the measured time (no trailing newline), or "" when there is nothing to say. */
    static String lines(EscapePrediction e) {
        StringBuilder t = new StringBuilder();
        if (e.theory() != null) {
            t.append(rateName(e)).append(' ').append(Double.isNaN(e.rate()) ? "— (not in this regime)"
                    : Display.number(e.rate()));
            if (Double.isFinite(e.exact())) {
                t.append(" · ").append(exactName(e)).append(' ').append(Display.number(e.exact()));
            }
            if (Double.isNaN(e.rate()) && Double.isFinite(e.lowFriction())) {
                t.append(" · low friction (energy diffusion) ").append(Display.number(e.lowFriction()));
            }
            if (e.barrier() != null && e.barrier().length == 2) {
                t.append(" · saddle (").append(Display.number(e.barrier()[0])).append(", ")
                        .append(Display.number(e.barrier()[1])).append(')');
            }
            if (Double.isFinite(e.barrierHeight())) {
                t.append(" · barrier ΔU = ").append(Display.number(e.barrierHeight()));
            }
        }
        if (e.note() != null) {
            t.append(t.length() == 0 ? "" : "\n").append(e.note());
        }
        return t.toString();
    }
}
