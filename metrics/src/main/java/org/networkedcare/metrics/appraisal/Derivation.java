package org.networkedcare.metrics.appraisal;

import java.util.Objects;
import java.util.Optional;

/**
 * How a benefit is derived from a baseline: per line year, {@code improvement × activity ×
 * unitValue}, where improvement is {@code counterfactual − option} for a measure whose lower values
 * are better and {@code option − counterfactual} for one whose higher values are better.
 *
 * <p>JSON: {@code {"baseline": "dna-host-a", "option": {"target": "dna-rate-option", "rampYears":
 * 2}, "counterfactual": "unchanged", "activity": 20000, "unitValue":
 * "cost-of-missed-appointment"}}. {@code activity} defaults to the baseline's count (per year);
 * {@code unitValue} is pounds per unit of the measure per unit of activity, or QALYs on a health
 * line.
 *
 * @param baseline the id of the baseline the benefit rests on
 * @param option the measure's trajectory under the option
 * @param counterfactual the measure's trajectory under the counterfactual
 * @param activity the activity a year the measure applies to; empty for the baseline's count
 * @param unitValue the value of one unit of improvement on one unit of activity
 */
public record Derivation(
    String baseline,
    Trajectory option,
    Trajectory counterfactual,
    Optional<Quantity> activity,
    Quantity unitValue) {

  /**
   * Checks every part is present.
   *
   * @param baseline the baseline id
   * @param option the option's trajectory
   * @param counterfactual the counterfactual's trajectory
   * @param activity the activity a year, if not the baseline's count
   * @param unitValue the value of one unit of improvement
   */
  public Derivation {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(counterfactual, "counterfactual");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(unitValue, "unitValue");
  }
}
