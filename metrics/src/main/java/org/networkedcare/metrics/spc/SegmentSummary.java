package org.networkedcare.metrics.spc;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The summary of one segment of one facet (the points between two rebase dates).
 *
 * @param segment the segment number (see {@link SpcPoint#segment()})
 * @param n the number of rows, including rows with a missing value
 * @param mean the centre line (for a g chart the median, for a t chart the mean of {@code
 *     y^(1/3.6)} transformed back), empty when the baseline has no value
 * @param lowerLimit the lower process limit, empty when it does not exist or differs from point to
 *     point (p and u charts with varying denominators: see {@link SpcPoint#lowerLimit()})
 * @param upperLimit the upper process limit, empty as {@code lowerLimit}
 * @param commonCause the number of common-cause points
 * @param improvement the number of {@link PointType#SPECIAL_CAUSE_IMPROVEMENT} points
 * @param concern the number of {@link PointType#SPECIAL_CAUSE_CONCERN} points
 * @param lastPointType the point type of the segment's last point
 * @param variationIcon the facet's variation icon, on the facet's last segment only
 * @param assurance the facet's assurance, on its last segment only, when it has a target and the
 *     direction is not neutral
 * @param trialLimits whether the segment has fewer than 12 rows, so that its limits are trial
 *     limits
 * @param runs the Anhøj runs analysis of the segment (qicharts2's runs signal)
 * @param sigmaZ Laney's sigma-z of a p' or u' chart (the factor on the p or u chart's sigma); empty
 *     for other charts or when it cannot be estimated
 */
public record SegmentSummary(
    int segment,
    int n,
    OptionalDouble mean,
    OptionalDouble lowerLimit,
    OptionalDouble upperLimit,
    int commonCause,
    int improvement,
    int concern,
    PointType lastPointType,
    Optional<VariationIcon> variationIcon,
    Optional<Assurance> assurance,
    boolean trialLimits,
    RunsAnalysis runs,
    OptionalDouble sigmaZ) {

  /** Segments with fewer rows than this have trial limits (the documented intent: 12). */
  public static final int TRIAL_BELOW = 12;

  /**
   * Checks that no part is null.
   *
   * @param segment the segment number
   * @param n the number of rows
   * @param mean the centre line
   * @param lowerLimit the lower process limit
   * @param upperLimit the upper process limit
   * @param commonCause the number of common-cause points
   * @param improvement the number of improvement points
   * @param concern the number of concern points
   * @param lastPointType the point type of the last point
   * @param variationIcon the variation icon (last segment only)
   * @param assurance the assurance (last segment only)
   * @param trialLimits whether the limits are trial limits
   * @param runs the runs analysis
   * @param sigmaZ Laney's sigma-z (p' and u' charts)
   */
  public SegmentSummary {
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(lowerLimit, "lowerLimit");
    Objects.requireNonNull(upperLimit, "upperLimit");
    Objects.requireNonNull(lastPointType, "lastPointType");
    Objects.requireNonNull(variationIcon, "variationIcon");
    Objects.requireNonNull(assurance, "assurance");
    Objects.requireNonNull(runs, "runs");
    Objects.requireNonNull(sigmaZ, "sigmaZ");
  }
}
