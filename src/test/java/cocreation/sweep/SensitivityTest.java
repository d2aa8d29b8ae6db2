package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    /** A model whose output is pure noise: mu* must match the noise level the analysis reports. */
    @Test
    void morrisNoiseLevelMatchesMuStarOfPureNoise() throws Exception {
        ObjectNode tree = SpecReaderTest.tiny();
        tree.put("replications", 4);
        tree.putObject("design").put("type", "morris").put("trajectories", 1500).put("levels", 4);
        SweepSpec spec = SpecReaderTest.read(tree);
        int metrics = RunRecord.METRICS.size(), points = spec.points().size();
        double s = 2.0;
        Random random = new Random(5);
        double[][] means = new double[metrics][points];
        for (double[] m : means)
            for (int p = 0; p < points; p++) {
                double sum = 0;
                for (int r = 0; r < 4; r++) sum += s * random.nextGaussian();
                m[p] = sum / 4;
            }
        double[] pooled = new double[metrics];
        Arrays.fill(pooled, s);
        List<Sensitivity.Row> rows = Sensitivity.analyse(spec, means, pooled);
        assertEquals(2 * metrics, rows.size());
        for (Sensitivity.Row r : rows) {
            double muStar = r.values()[Sensitivity.MU_STAR], noise = r.values()[Sensitivity.NOISE];
            assertEquals(Math.sqrt(2 / Math.PI) * s * Math.sqrt(2.0 / 4) / (4.0 / 6), noise, 1e-12);
            assertEquals(noise, muStar, 0.06 * noise, r.metric() + " " + r.factor());
            assertEquals(1500, r.values()[4]);
            double sdOfMeanOfAbs = noise * Math.sqrt(Math.PI / 2 - 1) / Math.sqrt(1500); // |N(0,s)| has sd s sqrt(1 - 2/pi)
            assertEquals(1.96 * sdOfMeanOfAbs, r.values()[Sensitivity.MU_STAR_CONF], 0.15 * 1.96 * sdOfMeanOfAbs,
                    "mu*'s bootstrap interval is the spread of a mean of 1,500 absolute normals");
        }
    }
}
