package org.basinscope.app.commands;

import java.util.ListResourceBundle;
import org.basinscope.app.tabs.PlotTabs;

/** Help texts of {@code render} made from the registries (the plot tabs), not written out by hand. */
public final class RenderHelp extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {{"tabs", PlotTabs.describe()}};
    }
}
