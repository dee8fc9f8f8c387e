package org.networkedcare.examples.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.WtpGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CEAC + CEAF + expected NMB + EVPI for 3 options over 100 willingness-to-pay values (0 to 99,000
 * by 1,000), at 10,000 and 100,000 draws, on one thread: {@link Acceptability#of} (the envelope
 * kernel), against the plain loop (draws outer, wtp inner, every option compared at every point).
 *
 * <p>The synthetic PSA resembles a networked-care appraisal: a shared baseline cost (about
 * &pound;3,000) and QALYs (about 6), and per option an incremental cost and QALY gain, so that the
 * acceptability curves cross inside the grid and EVPI is positive.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AcceptabilityBenchmark {

  /** Number of PSA draws. */
  @Param({"10000", "100000"})
  public int draws;

  private CostEffectivenessSample sample;
  private WtpGrid grid;
  private double[][] costs;
  private double[][] effects;

  /** Creates the benchmark state; JMH calls this. */
  public AcceptabilityBenchmark() {}

  /** Makes the sample, the same for every run (fixed seed). */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261127L);
    costs = new double[draws][3];
    effects = new double[draws][3];
    for (int d = 0; d < draws; d++) {
      double baseCost = 3000 + 500 * gaussian(random);
      double baseQaly = 6 + 0.3 * gaussian(random);
      costs[d][0] = baseCost;
      effects[d][0] = baseQaly;
      costs[d][1] = baseCost + 280 + 60 * gaussian(random);
      effects[d][1] = baseQaly + 0.015 + 0.01 * gaussian(random);
      costs[d][2] = baseCost + 850 + 120 * gaussian(random);
      effects[d][2] = baseQaly + 0.041 + 0.015 * gaussian(random);
    }
    sample =
        CostEffectivenessSample.of(
            List.of("usual_care", "digital_triage", "nurse_led"), costs, effects);
    grid = WtpGrid.range(0, 99000, 1000);
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller; fine for benchmark data.
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** {@return the outputs from the envelope kernel} */
  @Benchmark
  public Acceptability envelopeKernel() {
    return Acceptability.of(sample, grid);
  }

  /** {@return CEAC counts and the per-wtp sum of the best NMB, by the plain loop (the baseline)} */
  @Benchmark
  public double plainLoop() {
    double[] wtp = grid.toArray();
    int[] wins = new int[wtp.length * 3];
    double[] sumMax = new double[wtp.length];
    for (int d = 0; d < draws; d++) {
      double[] c = costs[d];
      double[] e = effects[d];
      for (int i = 0; i < wtp.length; i++) {
        double l = wtp[i];
        int best = 0;
        double bestValue = l * e[0] - c[0];
        for (int j = 1; j < 3; j++) {
          double v = l * e[j] - c[j];
          if (v > bestValue) {
            best = j;
            bestValue = v;
          }
        }
        wins[i * 3 + best]++;
        sumMax[i] += bestValue;
      }
    }
    return sumMax[wtp.length - 1] + wins[0];
  }
}
