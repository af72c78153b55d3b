package org.basinscope.engine.analysis.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.basinscope.engine.data.DataSet;
import org.basinscope.engine.landscape.LandscapeCatalog;
import org.basinscope.engine.landscape.VectorLandscape;
import org.junit.jupiter.api.Test;

/**
 * The network picture against the network's own numbers: the confusion matrix's trace over n is the training
 * accuracy the landscape reports, a region cell at a training point predicts what the point's forward pass does,
 * and the softmax confidence lies in [1/classes, 1].
 */
class NetworkPicturesTest {
    @Test
    void theConfusionMatrixAgreesWithTheTrainingAccuracy() {
        for (String spec : new String[] {"mlp:data=two-moons,hidden=8,activation=tanh,loss=xent",
            "mlp:data=spirals,hidden=16,activation=relu,loss=mse", "mlp:data=digits,n=300,hidden=16,loss=xent"}) {
            VectorLandscape f = LandscapeCatalog.createAny(spec);
            double[] theta = f.defaultStart();
            NetworkPicture p = NetworkPictures.of(f.scorer().orElseThrow(), theta, 24, 7);
            assertEquals(f.accuracy().orElseThrow().at(theta), p.accuracy(), 0.0, spec);
            int n = 0;
            for (int[] row : p.confusion()) {
                for (int v : row) {
                    n += v;
                }
            }
            assertEquals(f.scorer().get().data().size(), n, spec);
            int wrong = n - (int) Math.round(p.accuracy() * n);
            assertEquals(Math.min(wrong, NetworkPictures.MISCLASSIFIED), p.misclassified().length, spec);
            DataSet d = f.scorer().get().data();
            double[] z = new double[d.classes()];
            double[] x = new double[d.features()];
            for (int k = 0; k < p.misclassified().length; k++) {
                int i = p.misclassified()[k];
                System.arraycopy(d.inputs(), i * d.features(), x, 0, d.features());
                f.scorer().get().scores(theta, x, z);
                assertEquals(NetworkPictures.argMax(z), p.misclassifiedAs()[k], spec);
                assertTrue(p.misclassifiedAs()[k] != d.label(i), spec);
            }
            assertEquals(d.features() == 2, p.planar(), spec);
        }
    }

    @Test
    void aRegionCellPredictsWhatTheNetworkDoesAtItsCentre() {
        VectorLandscape f = LandscapeCatalog.createAny("mlp:data=two-moons,hidden=8,activation=tanh,loss=xent");
        var c = f.scorer().orElseThrow();
        double[] theta = f.defaultStart();
        NetworkPicture p = NetworkPictures.of(c, theta, 30, 0);
        double[] box = p.box();
        double[] z = new double[2];
        for (int[] ij : new int[][] {{0, 0}, {29, 29}, {7, 21}, {15, 3}}) {
            double[] xy = {box[0] + (ij[0] + 0.5) * (box[1] - box[0]) / 30, box[2] + (ij[1] + 0.5) * (box[3] - box[2]) / 30};
            c.scores(theta, xy, z);
            int k = z[1] > z[0] ? 1 : 0;
            assertEquals(k, p.predicted(ij[0], ij[1]));
            // softmax of two scores: 1/(1 + e^{-|z1 − z0|}).
            assertEquals(1 / (1 + Math.exp(-Math.abs(z[1] - z[0]))), p.confidence(ij[0], ij[1]), 1e-15);
        }
        for (double q : p.confidence()) {
            assertTrue(q >= 0.5 && q <= 1, "confidence " + q);
        }
        // The box holds every training point, padded a tenth of the range on each side.
        DataSet d = c.data();
        for (int i = 0; i < d.size(); i++) {
            assertTrue(d.input(i, 0) > box[0] && d.input(i, 0) < box[1] && d.input(i, 1) > box[2]
                    && d.input(i, 1) < box[3]);
        }
        assertFalse(LandscapeCatalog.createAny("quadratic:dim=10").scorer().isPresent());
    }

    @Test
    void softmaxDoesNotOverflow() {
        assertEquals(1.0, NetworkPictures.softmax(new double[] {1000, 0}, 0), 0.0);
        assertArrayEquals(new double[] {0.5}, new double[] {NetworkPictures.softmax(new double[] {800, 800}, 1)}, 0.0);
    }

    /**
     * The vote averages the members' softmax probabilities: a vote of one network is its own picture bit for bit; two
     * copies of it vote the same; and for two different networks each cell's confidence is the mean of their two
     * probabilities of the voted class, computed here from their scores.
     */
    @Test
    void theVoteIsTheMeanOfTheMembersProbabilities() {
        VectorLandscape f = LandscapeCatalog.createAny("mlp:data=two-moons,hidden=8,activation=tanh,loss=xent");
        var c = f.scorer().orElseThrow();
        double[] a = f.defaultStart();
        double[] b = a.clone();
        for (int k = 0; k < b.length; k++) {
            b[k] = -0.7 * b[k] + 0.05 * k % 0.3;
        }
        NetworkPicture own = NetworkPictures.of(c, a, 20, 3);
        NetworkPicture alone = NetworkPictures.vote(c, new double[][] {a}, 20, 3);
        assertArrayEquals(own.predicted(), alone.predicted());
        assertArrayEquals(own.confidence(), alone.confidence(), 0.0);
        assertEquals(1, own.members());
        NetworkPicture twice = NetworkPictures.vote(c, new double[][] {a, a}, 20, 3);
        assertArrayEquals(own.predicted(), twice.predicted());
        assertArrayEquals(own.confidence(), twice.confidence(), 1e-15);
        NetworkPicture pair = NetworkPictures.vote(c, new double[][] {a, b}, 20, 3);
        assertEquals(2, pair.members());
        double[] box = pair.box();
        double[] z = new double[2];
        boolean disagreed = false;
        for (int j = 0; j < 20; j++) {
            for (int i = 0; i < 20; i++) {
                double[] xy = {box[0] + (i + 0.5) * (box[1] - box[0]) / 20, box[2] + (j + 0.5) * (box[3] - box[2]) / 20};
                c.scores(a, xy, z);
                double pa = 1 / (1 + Math.exp(z[0] - z[1]));
                c.scores(b, xy, z);
                double pb = 1 / (1 + Math.exp(z[0] - z[1]));
                double p1 = (pa + pb) / 2;
                int k = p1 > 0.5 ? 1 : 0;
                assertEquals(k, pair.predicted(i, j));
                assertEquals(Math.max(p1, 1 - p1), pair.confidence(i, j), 1e-12);
                disagreed |= (pa > 0.5) != (pb > 0.5);
            }
        }
        assertTrue(disagreed, "the two networks disagree somewhere, where the vote is uncertain");
    }
}
