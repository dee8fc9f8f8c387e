package org.networkedcare.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import org.networkedcare.metrics.appraisal.DiscountSchedule;
import org.networkedcare.metrics.appraisal.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code networkedcare discount-factors --schedule standard|health|reduced|reduced-health|nice|nice-health
 * --years N}: the chained discount factors of a schedule as CSV {@code year,rate,factor} for years 0
 * to N. Factors are computed in 34-digit decimal arithmetic and printed to 10 decimal places
 * (half-even); rates as decimals ({@code 0.035} is 3.5%).
 */
@Command(
    name = "discount-factors",
    mixinStandardHelpOptions = true,
    description = {
      "Print the chained discount factors of a schedule as CSV year,rate,factor for years 0..N.",
      "DF_0 = 1 and DF_t = DF_(t-1) / (1 + r_t), r_t the rate of the band containing year t."
    })
public final class DiscountFactorsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--schedule", required = true,
      description = "standard, health, reduced, reduced-health, nice or nice-health")
  private String schedule;

  @Option(names = "--years", required = true, paramLabel = "N", description = "the last year to print, 0 to 1000")
  private int years;

  /** Creates the command; picocli calls this. */
  public DiscountFactorsCommand() {}

  @Override
  public Integer call() {
    ReferenceData data = ReferenceData.defaults();
    DiscountSchedule s = data.schedule(schedule).orElseThrow(() -> new InputException(
        "--schedule: no schedule '" + schedule + "'; the schedules are: " + String.join(", ", data.schedules().keySet())));
    if (years < 0 || years > DiscountSchedule.MAX_YEAR) {
      throw new InputException("--years: " + years + " is not in 0 to " + DiscountSchedule.MAX_YEAR);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print("year,rate,factor\n");
    List<BigDecimal> factors = s.exactFactors(years + 1);
    for (int t = 0; t <= years; t++) {
      out.print(t + "," + s.rate(t).toPlainString() + ","
          + factors.get(t).setScale(10, RoundingMode.HALF_EVEN).toPlainString() + "\n");
    }
    out.flush();
    return 0;
  }
}
