package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A value of a benefit's measure observed after the change, in the same scope as the baseline the
 * benefit was derived from: the evidence for the benefit realised (Green Book and Magenta Book
 * evaluation).
 *
 * <p>JSON: {@code {"line": "dna-reduction", "period": {"from": "2026-04-01", "to": "2026-07-01"},
 * "value": 0.095, "count": 5200, "source": "host PAS extract", "capturedOn": "2026-07-15"}}; {@code
 * line} names a derived benefit line of a network option ({@code option} names the option when more
 * than one has a line of that id).
 *
 * @param option the id of the network option whose line it is, or empty when only one has it
 * @param line the id of the derived benefit line
 * @param period the period observed; it must fall inside one appraisal year
 * @param value the observed value, in the measure's unit
 * @param count the activity over the period the value rests on, if known; otherwise the line's
 *     activity for the year, pro rata to the period's length
 * @param source where the value comes from
 * @param capturedOn when it was captured
 */
public record BenefitObservation(
    Optional<String> option,
    String line,
    DateRange period,
    BigDecimal value,
    Optional<Long> count,
    String source,
    LocalDate capturedOn) {

  /**
   * Checks the parts.
   *
   * @param option the option id, if needed
   * @param line the line id
   * @param period the period observed, with an end
   * @param value the observed value
   * @param count the activity over the period, if known
   * @param source where it comes from
   * @param capturedOn when it was captured
   * @throws ValidationException with every problem
   */
  public BenefitObservation {
    Problems p = Problems.collector();
    p.at("option").required(option);
    p.at("line").required(line);
    if (p.at("period").required(period)) {
      p.at("period")
          .at("to")
          .check(period.to().isPresent(), "required", "an observed period has an end");
    }
    p.at("value").required(value);
    if (p.at("count").required(count)) {
      count.ifPresent(c -> p.at("count").check(c >= 0, "range", "a count is from 0"));
    }
    p.at("source").required(source);
    p.at("capturedOn").required(capturedOn);
    p.throwIfAny();
  }
}
