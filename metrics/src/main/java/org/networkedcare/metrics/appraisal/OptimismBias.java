package org.networkedcare.metrics.appraisal;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * The optimism-bias uplift of a cost: {@code cost × (1 + upper × (1 − mitigated))}, starting from
 * the upper bound for the project type and reduced by the share of risk mitigated (Green Book
 * supplementary guidance; Mott MacDonald 2002). The upper bound comes from exactly one of: a
 * project type in {@link AppraisalReference}; a mix of project types weighted by share of capital
 * cost (shares sum to 1); or a stated upper bound (for an operating-cost optimism bias, say).
 *
 * <p>JSON: {@code {"projectType": "standard-buildings", "mitigated": 0.4}}, {@code {"mix":
 * {"standard-buildings": 0.7, "equipment-development": 0.3}, "mitigated": 0.4}} or {@code {"upper":
 * 0.41, "mitigated": "ob-mitigation"}}.
 *
 * @param projectType the project type whose upper bound applies
 * @param mix shares of capital cost by project type, summing to 1; empty when not a mix
 * @param upper a stated upper bound as a decimal ({@code 0.24} is 24%)
 * @param mitigated the share of the risk mitigated, in [0, 1]
 */
public record OptimismBias(
    Optional<String> projectType,
    Map<String, BigDecimal> mix,
    Optional<Quantity> upper,
    Quantity mitigated) {

  /**
   * Checks that exactly one source of the upper bound is given and that mix shares sum to 1.
   *
   * @param projectType the project type
   * @param mix shares by project type
   * @param upper a stated upper bound
   * @param mitigated the share mitigated
   * @throws ValidationException {@code optimism-bias.source} at the record, {@code
   *     optimism-bias.mix} at {@code /mix}, {@code range} at {@code /mitigated}
   */
  public OptimismBias {
    Objects.requireNonNull(projectType, "projectType");
    // in the order given, so that problems about it come in that order on every run
    mix = ImmutableMap.copyOf(Objects.requireNonNull(mix, "mix"));
    Objects.requireNonNull(upper, "upper");
    Objects.requireNonNull(mitigated, "mitigated");
    Problems problems = Problems.collector();
    int sources =
        (projectType.isPresent() ? 1 : 0) + (mix.isEmpty() ? 0 : 1) + (upper.isPresent() ? 1 : 0);
    problems.check(
        sources == 1,
        "optimism-bias.source",
        "give exactly one of projectType, mix and upper; found " + sources);
    if (!mix.isEmpty()) {
      BigDecimal sum = mix.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      problems
          .at("mix")
          .check(
              sum.compareTo(BigDecimal.ONE) == 0,
              "optimism-bias.mix",
              "the shares of a mix sum to 1, not " + sum.toPlainString());
    }
    if (mitigated instanceof Quantity.Fixed f) {
      problems
          .at("mitigated")
          .check(
              f.value().signum() >= 0 && f.value().compareTo(BigDecimal.ONE) <= 0,
              "range",
              "the share mitigated is a decimal in [0, 1], not " + f.value().toPlainString());
    }
    problems.throwIfAny();
  }

  /**
   * {@return the bias for a project type}
   *
   * @param projectType a project type of {@link AppraisalReference#projectTypes()}
   * @param mitigated the share of risk mitigated
   */
  public static OptimismBias of(String projectType, Quantity mitigated) {
    return new OptimismBias(Optional.of(projectType), Map.of(), Optional.empty(), mitigated);
  }
}
