package org.basinscope.app.startup;

/**
 * The size the main window opens at: 1600 × 1000 where the screen has room, else the screen's usable area (a
 * 1280 × 720 projector gets the whole of it, the menu and Run button on screen), never below 1024 × 640.
 */
public record WindowSize(double width, double height) {
    public static final double PREFERRED_WIDTH = 1600;
    public static final double PREFERRED_HEIGHT = 1000;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    /** For a screen whose usable area (without task bars) is {@code screenWidth} × {@code screenHeight}. */
    public static WindowSize fit(double screenWidth, double screenHeight) {
        return new WindowSize(Math.max(MIN_WIDTH, Math.min(PREFERRED_WIDTH, screenWidth)),
                Math.max(MIN_HEIGHT, Math.min(PREFERRED_HEIGHT, screenHeight)));
    }
}
