package org.basinscope.app.views;

/** Where the stylesheets are (copied from the top-level assets/ folder onto the class path). */
public final class Styles {
    public static final String MAIN = resource("/assets/styles/basinscope.css");

    private Styles() {
    }

    private static String resource(String path) {
        var url = Styles.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing resource " + path + " (is assets/ on the class path?)");
        }
        return url.toExternalForm();
    }
}
