package org.networkedcare.examples.cli;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.funnel.FunnelCsv;
import org.networkedcare.metrics.funnel.SiteCount;
import org.networkedcare.metrics.spc.SpcCsv;
import org.networkedcare.metrics.spc.SpcSeries;
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
 * The command line's read and write paths, beside the kernels: reading the SPC and funnel CSV files
 * the command line reads (the inputs of {@code cli_ratios.py}: 10,000 series x 60 months, 10,000
 * sites, from text in memory), and writing 600,000 numbers as {@code spc} does, with the formatter
 * of issue 21 and with the {@code BigDecimal} path it replaced. In the command line's package (in
 * this jar only) because the formatter is not API. Run from the project root after {@code mvn
 * package}:
 *
 * <pre>
 * java -cp examples/bench/target/networkedcare-bench.jar org.openjdk.jmh.Main CsvBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CsvBenchmark {

  private String spcCsv;
  private String funnelCsv;
  private double[] values;

  /** Creates the benchmark state; JMH calls this. */
  public CsvBenchmark() {}

  /**
   * Makes the inputs once, seeded as {@code cli_ratios.py} makes its files (not the same numbers).
   */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(2);
    StringBuilder spc = new StringBuilder("facet,period,value\n");
    for (int s = 0; s < 10_000; s++) {
      for (int m = 0; m < 60; m++) {
        spc.append(
            String.format(
                Locale.ROOT,
                "s%05d,%d-%02d-01,%.4f%n",
                s,
                2019 + m / 12,
                m % 12 + 1,
                100 + 10 * gauss(r)));
      }
    }
    spcCsv = spc.toString();
    StringBuilder funnel = new StringBuilder("site,numerator,denominator\n");
    for (int i = 0; i < 10_000; i++) {
      int n = (int) Math.exp(r.nextDouble(Math.log(50), Math.log(20_000)));
      funnel.append(
          String.format(
              Locale.ROOT,
              "site%05d,%d,%d%n",
              i,
              (int) Math.round(n * 0.8 * r.nextDouble(0.9, 1.0)),
              n));
    }
    funnelCsv = funnel.toString();
    values =
        new double[600_000]; // SPC-like numbers: a value, then a mean and limits of full precision
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 2 == 0 ? Math.round((100 + 10 * gauss(r)) * 1e4) / 1e4 : 100 + gauss(r) / 3;
    }
  }

  private static double gauss(SplittableRandom r) {
    return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  /** {@return 10,000 series read from 600,000 rows} */
  @Benchmark
  public List<SpcSeries> readSpc() {
    return SpcCsv.read(new StringReader(spcCsv), "period", "value", Optional.of("facet"));
  }

  /** {@return 10,000 sites read} */
  @Benchmark
  public List<SiteCount> readFunnel() {
    return FunnelCsv.read(new StringReader(funnelCsv), "site", "numerator", "denominator");
  }

  /**
   * {@return the characters of 600,000 numbers written as CSV cells with {@link Numbers#format}}
   *
   * @throws IOException never: the writer only counts
   */
  @Benchmark
  public long writeNumbers() throws IOException {
    Counting w = new Counting();
    CsvTable out = CsvTable.start(w, "a", "b");
    for (int i = 0; i < values.length; i += 2) {
      out.number(Numbers.format(values[i])).number(Numbers.format(values[i + 1])).end();
    }
    return w.chars;
  }

  /**
   * {@return the same through the {@code BigDecimal} path {@link Numbers} used before issue 21}
   *
   * @throws IOException never: the writer only counts
   */
  @Benchmark
  public long writeNumbersBigDecimal() throws IOException {
    Counting w = new Counting();
    CsvTable out = CsvTable.start(w, "a", "b");
    for (int i = 0; i < values.length; i += 2) {
      out.number(bigDecimal(values[i])).number(bigDecimal(values[i + 1])).end();
    }
    return w.chars;
  }

  private static String bigDecimal(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    BigDecimal shortest = new BigDecimal(NumberOutput.toString(d, true)).stripTrailingZeros();
    int magnitude = shortest.precision() - shortest.scale() - 1;
    return magnitude >= -7 && magnitude < 21 ? shortest.toPlainString() : shortest.toString();
  }

  /**
   * A writer that counts what it is given, so that the benchmark measures formatting, not a disk.
   */
  private static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] c, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s, int off, int len) {
      chars += len;
    }

    @Override
    public void write(int c) {
      chars++;
    }

    @Override
    public Writer append(CharSequence s) {
      chars += s.length();
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
