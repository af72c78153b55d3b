package org.basinscope.app.export.figure;

import java.util.List;
import java.util.Locale;
import org.basinscope.engine.session.Session;

/**
 * The caption text written beside a figure: what it shows, how it was made, every parameter of each run, and
 * the command that makes it again from the session file beside it.
 */
public final class FigureCaption {
    private FigureCaption() {
    }

    public static String text(String figureName, List<FigurePanel> panels, FigureSpec spec, List<FigureRun> runs) {
        FigureLayout l = spec.layout();
        StringBuilder b = new StringBuilder();
        b.append("Figure ").append(figureName).append('\n');
        b.append("Plots (left to right, then down; ").append(l.columns()).append(" × ").append(l.rows())
                .append(" grid): ").append(String.join(", ", panels.stream().map(FigurePanel::name).toList()))
                .append('\n');
        b.append("Size ").append(FigureSpec.number(l.widthMm())).append(" × ").append(FigureSpec.number(l.heightMm()))
                .append(" mm, text ").append(FigureSpec.number(spec.fontPt())).append(" pt (DejaVu Sans), ")
                .append(spec.format().name());
        if (spec.format() == FigureFormat.PNG) {
            b.append(" at ").append(spec.dpi()).append(" dpi (").append(l.pixels(l.widthMm(), spec.dpi())).append(" × ")
                    .append(l.pixels(l.heightMm(), spec.dpi())).append(" px)");
        }
        b.append("\n\n");
        for (FigureRun r : runs) {
            b.append(runs.size() > 1 ? (r.suffix().isEmpty() ? "Run A" : "Run B") : "Run").append('\n');
            parameters(b, r.session());
            b.append('\n');
        }
        String base = figureName.replaceFirst("\\.[A-Za-z]+$", "");
        b.append("Made again by: basinscope figure --session ").append(base).append(".session.json --plots ")
                .append(String.join(",", panels.stream().map(FigurePanel::name).toList())).append(" --format ")
                .append(spec.format().extension()).append(" --width-mm ").append(FigureSpec.number(l.widthMm()))
                .append(" --height-mm ").append(FigureSpec.number(l.heightMm())).append(" --font-pt ")
                .append(FigureSpec.number(spec.fontPt()));
        if (spec.format() == FigureFormat.PNG) {
            b.append(" --dpi ").append(spec.dpi());
        }
        b.append(" --out ").append(figureName).append('\n');
        if (runs.size() > 1) {
            b.append("(the command draws run A; run B is in ").append(base).append("-b.session.json)\n");
        }
        return b.toString();
    }

    private static void parameters(StringBuilder b, Session s) {
        line(b, "landscape", s.landscape());
        line(b, "dynamics", s.dynamics());
        line(b, "gradient", s.gradient());
        line(b, "schedule", s.schedule());
        line(b, "learning rate eta", num(s.eta()));
        line(b, "batch size B", Integer.toString(s.batch()));
        line(b, "temperature T", num(s.temperature()));
        line(b, "friction gamma", num(s.friction()));
        line(b, "momentum beta", num(s.momentum()));
        line(b, "particles N", Integer.toString(s.particles()));
        line(b, "seed", Long.toString(s.seed()));
        line(b, "start", s.start() == null ? "the landscape's default" : java.util.Arrays.toString(s.start()));
        line(b, "start spread", num(s.spread()));
        line(b, "steps", Long.toString(s.steps()));
        if (s.history().size() > 1) {
            line(b, "slider changes", s.history().size() - 1 + " during the run (values above are the last; the "
                    + "session file has each with its step)");
        }
    }

    private static void line(StringBuilder b, String name, String value) {
        b.append("  ").append(String.format(Locale.ROOT, "%-18s", name)).append(' ').append(value).append('\n');
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}
