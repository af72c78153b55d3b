package org.basinscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The shipped digits and the generated data sets. */
class DataSetsTest {

    /** 1797 rows of 64 pixels and a label, as the file's first row and the class counts say. */
    @Test
    void digitsLoadAllRowsFeaturesAndLabels() {
        DataSet d = Digits.all();
        assertEquals(1797, d.size());
        assertEquals(64, d.features());
        assertEquals(10, d.classes());
        // Row 0 of digits.csv.gz: 0,0,5,13,9,1,0,0, … label 0; pixels scaled by 1/16.
        assertEquals(5 / 16.0, d.input(0, 2), 0);
        assertEquals(13 / 16.0, d.input(0, 3), 0);
        assertEquals(0, d.label(0));
        assertEquals(1, d.label(1));
        int[] counts = new int[10];
        for (int i = 0; i < d.size(); i++) {
            counts[d.label(i)]++;
            for (int j = 0; j < 64; j++) {
                assertTrue(d.input(i, j) >= 0 && d.input(i, j) <= 1);
            }
        }
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, counts);
    }

    /** The resource is the file whose SHA-256 assets/data/README.md states. */
    @Test
    void digitsAreTheFileTheNoticeNames() throws Exception {
        byte[] bytes;
        try (InputStream in = Digits.class.getResourceAsStream(Digits.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String notice = Files.readString(Path.of("..", "assets", "data", "README.md"));
        assertTrue(notice.contains(sha), "README states " + sha);
    }

    @Test
    void generatedSetsAreBalancedCentredAndReproducible() {
        for (DataSet d : new DataSet[] {GeneratedData.twoMoons(200, 1, 0.1), GeneratedData.spirals(200, 1, 0.05)}) {
            double mx = 0;
            double my = 0;
            int ones = 0;
            for (int i = 0; i < d.size(); i++) {
                mx += d.input(i, 0) / d.size();
                my += d.input(i, 1) / d.size();
                ones += d.label(i);
            }
            assertEquals(100, ones, d.name());
            // Without noise the mean is exactly 0: the moons' cosines and sines cancel pairwise (mean (½, ¼) before
            // the shift), the spirals are point-symmetric. The noise's mean has sd 0.1/√200 = 0.007: 0.05 is 7 sd.
            assertEquals(0, mx, 0.05, d.name());
            assertEquals(0, my, 0.05, d.name());
        }
        assertArrayEquals(GeneratedData.teacher(50, 3).inputs(), GeneratedData.teacher(50, 3).inputs());
        int ones = 0;
        for (int label : GeneratedData.teacher(400, 1).labels()) {
            ones += label;
        }
        assertTrue(ones > 40 && ones < 360, "the teacher uses both classes: " + ones);
    }
}
