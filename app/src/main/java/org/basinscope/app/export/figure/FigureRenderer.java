package org.basinscope.app.export.figure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.basinscope.app.export.Box;
import org.basinscope.app.export.DrawStyle;
import org.basinscope.app.export.Pen;
import org.basinscope.app.export.PdfPen;
import org.basinscope.app.export.RasterPen;
import org.basinscope.app.export.Svg;
import org.basinscope.engine.io.AtomicFiles;

/**
 * Draws a figure's panels in their grid at the printed size, lettered at the chosen points, on the pen of its
 * format, and writes it atomically. Any thread (the panels' drawings hold no scene-graph objects).
 */
public final class FigureRenderer {
    private FigureRenderer() {
    }

    public static void write(List<FigurePanel> panels, FigureSpec spec, Path file) throws IOException {
        spec.checkFile(file);
        FigureLayout layout = spec.layout();
        switch (spec.format()) {
            case SVG -> {
                Svg svg = Svg.printed(layout.widthMm(), layout.heightMm());
                drawAll(svg, panels, spec, layout);
                AtomicFiles.writeString(file, svg.document());
            }
            case PDF -> {
                try (PdfPen pdf = new PdfPen(layout.widthPt(), layout.heightPt())) {
                    drawAll(pdf, panels, spec, layout);
                    AtomicFiles.write(file, pdf::save);
                }
            }
            case PNG -> {
                int w = (int) layout.pixels(layout.widthMm(), spec.dpi());
                int h = (int) layout.pixels(layout.heightMm(), spec.dpi());
                RasterPen png = new RasterPen(w, h, spec.dpi() / 72.0);
                drawAll(png, panels, spec, layout);
                AtomicFiles.write(file, tmp -> png(png.picture(), spec.dpi(), tmp));
            }
            default -> throw new IllegalStateException("unknown format " + spec.format());
        }
    }

    private static void drawAll(Pen pen, List<FigurePanel> panels, FigureSpec spec, FigureLayout layout) {
        DrawStyle style = DrawStyle.print(spec.fontPt());
        pen.rect(0, 0, layout.widthPt(), layout.heightPt(), "white", "none");
        // A gutter between neighbours, so one panel's legend does not run into the next one's title.
        double gutter = layout.columns() > 1 ? 0.4 * spec.fontPt() : 0;
        for (int i = 0; i < panels.size(); i++) {
            Box c = layout.cell(i);
            panels.get(i).drawing().draw(pen, new Box(c.x() + gutter / 2, c.y(), c.w() - gutter, c.h()), style);
        }
    }

    /** A PNG that says its DPI (pHYs), so it prints at the figure's size. */
    private static void png(BufferedImage picture, int dpi, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(picture), null);
            String format = meta.getNativeMetadataFormatName();
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            meta.mergeTree(format, root);
            writer.setOutput(out);
            writer.write(new IIOImage(picture, null, meta));
        } finally {
            writer.dispose();
        }
    }
}
