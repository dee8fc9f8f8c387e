package org.networkedcare.examples.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.networkedcare.examples.cli.Arguments;
import org.networkedcare.examples.cli.CommandSyntax;
import org.networkedcare.examples.cli.OptionSyntax;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code java -jar examples/bench/target/networkedcare-bench.jar}: runs the SPC JMH benchmarks in a
 * forked JVM and prints the median time of each. Equivalent to {@code java -cp
 * networkedcare-bench.jar org.openjdk.jmh.Main SpcBenchmark}. The benchmarks live in their own jar
 * so that the command line's jar carries no JMH.
 */
public final class BenchCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "networkedcare-bench",
          "Run the SPC benchmarks (JMH, sample mode) and print their medians.",
          BenchCommand::new,
          OptionSyntax.value(
                  "--ae",
                  "PATH",
                  "A copy of ae_attendances.csv (default: the file shipped in the jar).")
              .byDefault(""),
          OptionSyntax.flag("--quick", "Shorter warm-up and measurement (less precise)."));

  private final Arguments args;
  private final String aePath;
  private final boolean quick;

  private BenchCommand(Arguments args) {
    this.args = args;
    this.aePath = args.string("--ae");
    this.quick = args.flag("--quick");
  }

  /**
   * Runs the benchmarks and exits: 0 when they ran, 1 when they could not, 2 on a usage error.
   *
   * @param args the arguments
   * @throws Exception what the benchmarks threw, other than a usage error
   */
  public static void main(String[] args) throws Exception {
    System.exit(
        SYNTAX.execute(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  @Override
  public Integer call() {
    PrintWriter err = args.err();
    if (!aePath.isEmpty() && !Files.isReadable(Path.of(aePath))) {
      err.println("networkedcare-bench: option --ae: " + aePath + " cannot be read");
      return 1;
    }
    OptionsBuilder builder = new OptionsBuilder();
    builder.include(SpcBenchmark.class.getName()).param("aePath", aePath);
    if (quick) {
      builder
          .warmupIterations(1)
          .measurementIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementTime(TimeValue.seconds(1));
    }
    Options options = builder.build();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      err.println(
          "networkedcare-bench: the benchmark could not run: "
              + String.valueOf(e.getMessage()).strip().replace('\n', ' '));
      return 1;
    }
    PrintWriter out = args.out();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      out.printf(
          Locale.ROOT,
          "%s median %.3f %s%n",
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50),
          result.getPrimaryResult().getScoreUnit());
    }
    return 0;
  }
}
