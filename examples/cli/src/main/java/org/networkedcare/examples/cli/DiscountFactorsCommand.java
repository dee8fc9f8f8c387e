package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.appraisal.AppraisalReference;
import org.networkedcare.metrics.appraisal.DiscountSchedule;

/**
 * {@code networkedcare discount-factors --schedule
 * standard|health|reduced|reduced-health|nice|nice-health --years N}: the chained discount factors
 * of a schedule as CSV {@code year,rate,factor} for years 0 to N. Factors are computed in 34-digit
 * decimal arithmetic and printed to 10 decimal places (half-even); rates as decimals ({@code 0.035}
 * is 3.5%).
 */
public final class DiscountFactorsCommand implements Callable<Integer> {

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "discount-factors",
          "Print the chained discount factors of a schedule as CSV year,rate,factor for years 0..N. "
              + "DF_0 = 1 and DF_t = DF_(t-1) / (1 + r_t), r_t the rate of the band containing year t.",
          DiscountFactorsCommand::new,
          OptionSyntax.value(
                  "--schedule",
                  "standard|health|reduced|reduced-health|nice|nice-health",
                  "The discount schedule: standard, health, reduced, reduced-health, nice or nice-health.")
              .required(),
          OptionSyntax.value("--years", "N", "The last year to print, 0 to 1000.").required());

  private final Arguments args;
  private final String schedule;
  private final int years;

  private DiscountFactorsCommand(Arguments args) {
    this.args = args;
    this.schedule = args.string("--schedule");
    int n = args.integer("--years");
    if (n < 0 || n > DiscountSchedule.MAX_YEAR) {
      throw args.usage("--years must be 0 to " + DiscountSchedule.MAX_YEAR + ", not " + n);
    }
    this.years = n;
  }

  @Override
  public Integer call() {
    AppraisalReference data = AppraisalReference.defaults();
    DiscountSchedule s =
        data.schedule(schedule)
            .orElseThrow(
                () ->
                    new InputException(
                        "--schedule: no schedule '"
                            + schedule
                            + "'; the schedules are: "
                            + String.join(", ", data.schedules().keySet())));
    PrintWriter out = args.out();
    try {
      CsvTable table = CsvTable.start(out, "year", "rate", "factor");
      List<BigDecimal> factors = s.exactFactors(years + 1);
      for (int t = 0; t <= years; t++) {
        table
            .number(t)
            .number(s.rate(t).toPlainString())
            .number(factors.get(t).setScale(10, RoundingMode.HALF_EVEN).toPlainString())
            .end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          e); // a PrintWriter does not throw; Main checks standard output for errors
    }
    out.flush();
    return 0;
  }
}
