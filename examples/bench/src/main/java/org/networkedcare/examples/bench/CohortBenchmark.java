package org.networkedcare.examples.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.networkedcare.metrics.cohort.CohortModel;
import org.networkedcare.metrics.cohort.ModelParameter;
import org.networkedcare.metrics.cohort.PreparedCohort;
import org.networkedcare.metrics.cohort.Strategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cohort model of 10 states, 2 strategies and 100 cycles, evaluated for 10,000 probabilistic
 * draws through the prepared hook ({@link PreparedCohort#evaluate}); each draw varies four
 * parameters (a progression probability, a relative risk, a cost and a utility), and the supported
 * strategy's matrix uses the model time, so it is evaluated every cycle.
 *
 * <p>{@code java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main
 * CohortBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CohortBenchmark {

  /** Draws per operation. */
  static final int DRAWS = 10_000;

  /** States of the model. */
  static final int STATES = 10;

  /** Cycles of the model. */
  static final int CYCLES = 100;

  private PreparedCohort prepared;
  private double[][] draws;
  private double[] outputs;

  /** Creates the benchmark state; JMH calls this. */
  public CohortBenchmark() {}

  /** Builds the model and 10,000 draws of four of its parameters (uniform on their ranges). */
  @Setup
  public void setUp() {
    prepared = model().prepare();
    SplittableRandom random = new SplittableRandom(20261127L);
    List<String> varied = List.of("p_progress", "rr", "c_base", "u_base");
    double[][] ranges = {{0.05, 0.15}, {0.5, 0.9}, {500, 1500}, {0.6, 0.9}};
    draws = new double[DRAWS][prepared.parameterNames().size()];
    for (double[] d : draws) {
      Arrays.fill(d, Double.NaN);
      for (int k = 0; k < varied.size(); k++) {
        d[prepared.parameterIndex(varied.get(k))] =
            ranges[k][0] + random.nextDouble() * (ranges[k][1] - ranges[k][0]);
      }
    }
    outputs = new double[prepared.outputNames().size()];
  }

  /** {@return the sum of one output over 10,000 evaluations} */
  @Benchmark
  public double tenThousandDraws() {
    double sum = 0;
    for (double[] d : draws) {
      prepared.evaluate(d, outputs);
      sum += outputs[0] + outputs[outputs.length - 1];
    }
    return sum;
  }

  /**
   * {@return a 10-state progressive model} From state i: progress to i + 1 with {@code p_progress}
   * (times {@code rr}, and from cycle 10 on, in the supported strategy), die with a risk rising by
   * state, stay with the complement; costs and utilities by state from {@code c_base} and {@code
   * u_base}.
   */
  public static CohortModel model() {
    CohortModel.Builder b =
        CohortModel.builder()
            .title("benchmark")
            .cycles(CYCLES)
            .value("cost", 0.035)
            .value("qaly", 0.035)
            .costAndEffect("cost", "qaly")
            .parameter("p_progress", ModelParameter.of(0.1, 0.05, 0.15))
            .parameter("rr", ModelParameter.of(0.7, 0.5, 0.9))
            .parameter("p_supported", ModelParameter.of("p_progress * rr"))
            .parameter("c_base", ModelParameter.of(1000, 500, 1500))
            .parameter("u_base", ModelParameter.of(0.8, 0.6, 0.9));
    String dead = "s" + (STATES - 1);
    Map<String, Map<String, String>> unsupported = new LinkedHashMap<>();
    Map<String, Map<String, String>> supported = new LinkedHashMap<>();
    Map<String, String> cost = new LinkedHashMap<>();
    Map<String, String> qaly = new LinkedHashMap<>();
    for (int i = 0; i < STATES; i++) {
      String s = "s" + i;
      b.states(s);
      if (i == STATES - 1) {
        unsupported.put(s, Map.of(s, "1"));
        supported.put(s, Map.of(s, "1"));
        cost.put(s, "0");
        qaly.put(s, "0");
        continue;
      }
      String death = Double.toString(0.01 * (i + 1));
      Map<String, String> u = new LinkedHashMap<>();
      Map<String, String> v = new LinkedHashMap<>();
      u.put(s, "C");
      v.put(s, "C");
      if (i < STATES - 2) {
        u.put("s" + (i + 1), "p_progress");
        v.put("s" + (i + 1), "if(cycle < 10, p_progress, p_supported)");
      }
      u.put(dead, death);
      v.put(dead, death);
      unsupported.put(s, u);
      supported.put(s, v);
      cost.put(s, "c_base * " + (1 + i * 0.5));
      qaly.put(s, "u_base * " + (1 - i * 0.08));
    }
    b.initialCount("s0", 1000);
    return b.stateValues("cost", cost)
        .stateValues("qaly", qaly)
        .strategy(new Strategy("unsupported", unsupported, Map.of()))
        .strategy(new Strategy("supported", supported, Map.of()))
        .build();
  }
}
