package org.basinscope.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer (it reduces each frame to 256 colours):
 * every frame shown for 1/fps seconds, looping for ever. Written to a {@code .partial} file beside the target and
 * moved into place by {@link #finish()}, so an interrupted recording leaves no half-written GIF under its name.
 */
public final class GifAnimation implements AutoCloseable {
    private final Path file;
    private final Path partial;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayHundredths;
    private int frames;

    public GifAnimation(Path file, double fps) throws IOException {
        this.file = file;
        this.partial = file.resolveSibling(file.getFileName() + ".partial");
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        this.delayHundredths = (int) Math.max(2, Math.round(100 / fps));
        Files.deleteIfExists(partial);
        this.out = ImageIO.createImageOutputStream(partial.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    public void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(frame, 0, 0, null);
        }
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayHundredths));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            // NETSCAPE2.0: loop count 0 = for ever.
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(rgb, null, meta), null);
        frames++;
    }

    public int frames() {
        return frames;
    }

    /** Ends the GIF and moves it to its name. */
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.close();
        writer.dispose();
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops an unfinished recording. */
    @Override
    public void close() throws IOException {
        if (Files.exists(partial)) {
            try {
                out.close();
            } finally {
                writer.dispose();
                Files.deleteIfExists(partial);
            }
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
