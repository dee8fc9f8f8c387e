package org.networkedcare.metrics.appraisal;

import java.time.LocalDate;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.metrics.dataset.MeasureDataset;

/**
 * The benefit calculator: a Green Book appraisal of network options against an explicit
 * counterfactual ({@code docs/appraisal.md}; method in {@code specs/appraisal.md} sections 1-6 and
 * 8).
 *
 * <pre>{@code
 * AppraisalResult result = new BenefitCalculator().evaluate(appraisal);
 * result.option("hub-and-host").npsv();      // GBP, exact pence
 * result.option("hub-and-host").explain();   // which lines, factors and adjustments made it
 * }</pre>
 *
 * <p>JSON in, JSON out (the document read with every problem at once, the result written) is {@code
 * AppraisalJson.evaluate} and {@code evaluateOutcome} in {@code org.networkedcare.metrics.json}.
 *
 * <p>Stateless and thread-safe. Where rounding happens is set out in {@link AppraisalResult}.
 */
public final class BenefitCalculator {

  /** Creates a calculator. */
  public BenefitCalculator() {}

  /**
   * {@return the appraisal's results: each network option against the counterfactual}
   *
   * @param appraisal a valid appraisal
   * @throws ValidationException with code {@code result.range} if a result is beyond the range of
   *     money (inputs of absurd magnitude)
   */
  public AppraisalResult evaluate(Appraisal appraisal) {
    return new Evaluator(new Compiled(appraisal)).evaluate();
  }

  /**
   * {@return the appraisal's results with the benefits realised to a date read from the network's
   * measure dataset} Each derived benefit line's realised values are the figures of its baseline's
   * measure at its baseline's scope (the organisation, and the site and service when the scope
   * names them), one observation per reporting period that ended by {@code asOf}, began on or after
   * the option's change date and lies in a year of the line; the same as the appraisal's own {@code
   * observations} otherwise, which are kept. A line observed for the same period in both with
   * different values is a problem naming both ({@code observation.conflict}).
   *
   * @param appraisal a valid appraisal
   * @param data the network's measure dataset
   * @param asOf the evaluation date: periods that ended after it are not yet known
   * @throws ValidationException with every problem of the observations
   */
  public AppraisalResult evaluate(Appraisal appraisal, MeasureDataset data, LocalDate asOf) {
    java.util.Objects.requireNonNull(data, "data");
    java.util.Objects.requireNonNull(asOf, "asOf");
    return evaluate(RealisedData.withObservations(appraisal, data, asOf));
  }

  /**
   * {@return the appraisal compiled for fast repeated NPSV evaluation with varied parameters}
   *
   * @param appraisal a valid appraisal
   */
  public PreparedAppraisal prepare(Appraisal appraisal) {
    return new PreparedAppraisal(appraisal);
  }
}
