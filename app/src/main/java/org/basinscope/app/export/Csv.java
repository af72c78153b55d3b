package org.basinscope.app.export;

/**
 * The data behind a plot as CSV, one row per point: {@code series,x,y[,low,high]}. Numbers are
 * written with full precision (shortest round-trip form), so the file reproduces the plot exactly.
 */
public final class Csv {
    private Csv() {
    }

    public static String of(PlotData data) {
        boolean bands = data.series().stream().anyMatch(s -> s.low() != null);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(data.title()).append('\n');
        b.append("series,").append(column(data.xLabel())).append(',').append(column(data.yLabel()));
        b.append(bands ? ",low,high\n" : "\n");
        for (Series s : data.series()) {
            for (int i = 0; i < s.size(); i++) {
                b.append(column(s.name())).append(',').append(s.x()[i]).append(',').append(s.y()[i]);
                if (bands) {
                    b.append(',');
                    if (s.low() != null) {
                        b.append(s.y()[i] - s.low()[i]).append(',').append(s.y()[i] + s.high()[i]);
                    } else {
                        b.append(',');
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** Quotes a text column when it holds a comma, quote or newline. */
    public static String column(String text) {
        String t = text == null ? "" : text;
        if (t.contains(",") || t.contains("\"") || t.contains("\n")) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }
}
