package org.networkedcare.governance.risk;

import org.networkedcare.core.validation.Problems;

/**
 * A risk score: a consequence 1 to 5 and a likelihood 1 to 5; the score is their product, one of
 * the fourteen values 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25.
 *
 * <p>JSON: {@code {"consequence": 4, "likelihood": 3}}.
 *
 * @param consequence the consequence, 1 to 5
 * @param likelihood the likelihood, 1 to 5
 */
public record RiskScore(int consequence, int likelihood) {

  /**
   * Checks both parts are 1 to 5 ({@code risk.score}).
   *
   * @param consequence the consequence
   * @param likelihood the likelihood
   */
  public RiskScore {
    Problems problems = Problems.collector();
    problems
        .at("consequence")
        .check(
            consequence >= 1 && consequence <= 5,
            "risk.score",
            "a consequence is 1 to 5, not " + consequence);
    problems
        .at("likelihood")
        .check(
            likelihood >= 1 && likelihood <= 5,
            "risk.score",
            "a likelihood is 1 to 5, not " + likelihood);
    problems.throwIfAny();
  }

  /** {@return the score: consequence times likelihood} */
  public int score() {
    return consequence * likelihood;
  }

  /** {@return consequence x likelihood = score} */
  @Override
  public String toString() {
    return consequence + " x " + likelihood + " = " + score();
  }
}
