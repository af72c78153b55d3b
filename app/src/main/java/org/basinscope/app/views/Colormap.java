package org.basinscope.app.views;

/**
 * A perceptually ordered colour scale (viridis, sampled at 9 points and interpolated linearly), as
 * packed ARGB. Dark = low loss, yellow = high, so wells read as dark basins.
 */
public final class Colormap {
    private static final int[][] STOPS = {
        {68, 1, 84}, {71, 44, 122}, {59, 81, 139}, {44, 113, 142}, {33, 144, 141},
        {39, 173, 129}, {92, 200, 99}, {170, 220, 50}, {253, 231, 37}};

    private Colormap() {
    }

    /** The colour at t in [0, 1] (clamped), fully opaque. */
    public static int argb(double t) {
        if (!(t >= 0)) {
            t = 0;
        }
        if (t > 1) {
            t = 1;
        }
        double pos = t * (STOPS.length - 1);
        int k = Math.min((int) pos, STOPS.length - 2);
        double f = pos - k;
        int r = (int) Math.round(STOPS[k][0] + f * (STOPS[k + 1][0] - STOPS[k][0]));
        int g = (int) Math.round(STOPS[k][1] + f * (STOPS[k + 1][1] - STOPS[k][1]));
        int b = (int) Math.round(STOPS[k][2] + f * (STOPS[k + 1][2] - STOPS[k][2]));
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
