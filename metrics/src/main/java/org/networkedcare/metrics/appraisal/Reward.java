package org.networkedcare.metrics.appraisal;

import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * An incentive paid to the supporting trust (the {@code receiver}) by the {@code payer} in each
 * year a named measure reaches its target: the reward for spreading a system, tied to the benefit
 * it is for.
 *
 * <p>The measure is that of a derived benefit line of the option ({@code line}). In year t the
 * measure is <b>achieved</b> when its value under the option is at or better than {@code target} in
 * the measure's direction of improvement (at or below it for a measure that improves downwards).
 * The payment in a year achieved is {@code amount + shareOfBenefit × b_t}, {@code b_t} the line's
 * benefit that year (real pounds, after its adjustments, undiscounted); nothing is paid in a year
 * not achieved. Payments run in the reward's years ({@code firstYear}, {@code lastYear}; default
 * the line's).
 *
 * <p>A reward is evaluated <b>as appraised</b>, from the option's trajectory of the measure (in the
 * positions, the draws of the probabilistic analysis, which draw the trajectory's parameters, and
 * the budget impact, like a {@link Transfer}: it changes no network total) and <b>as realised</b>,
 * from the observations of the line (inline or from the measure dataset): for each observation, the
 * observed value against the target, and the reward earned over the observed period, pro rata to
 * its days ({@code amount × days / 365 + shareOfBenefit × realised benefit}).
 *
 * <p>JSON: {@code {"id": "dna-reward", "option": "hub-and-host", "payer": "commissioner",
 * "receiver": "centre", "line": "dna-reduction", "target": 0.09, "amount": 25000}}.
 *
 * @param id the reward's id, unique among the appraisal's transfers, gain-shares and rewards
 * @param option the id of the network option
 * @param payer who pays the reward
 * @param receiver who earns it: the supporting trust
 * @param line the id of the option's derived benefit line whose measure is the target's
 * @param target the value of the measure to reach, in its unit
 * @param amount pounds paid a year achieved, if any
 * @param shareOfBenefit the share of the line's benefit paid a year achieved, in [0, 1], if any
 * @param firstYear the first year a reward can be paid; default the line's first year
 * @param lastYear the last year; default the line's last year
 * @param description what the reward is
 */
public record Reward(
    String id,
    String option,
    String payer,
    String receiver,
    String line,
    Quantity target,
    Optional<Quantity> amount,
    Optional<Quantity> shareOfBenefit,
    OptionalInt firstYear,
    OptionalInt lastYear,
    String description) {

  /**
   * Checks what can be checked without the rest of the appraisal.
   *
   * @param id the id
   * @param option the option
   * @param payer the payer
   * @param receiver the receiver
   * @param line the derived benefit line
   * @param target the target
   * @param amount the amount a year achieved, if any
   * @param shareOfBenefit the share of the benefit, if any
   * @param firstYear the first year, if given
   * @param lastYear the last year, if given
   * @param description the description
   * @throws ValidationException with every problem, paths relative to the reward
   */
  public Reward {
    Problems p = Problems.collector();
    Settlement.checkParties(p, id, option, payer, "payer", receiver, "receiver");
    if (p.at("line").required(line)) {
      p.at("line").check(!line.isBlank(), "blank", "a line is named");
    }
    p.at("target").required(target);
    boolean both =
        p.at("amount").required(amount) & p.at("shareOfBenefit").required(shareOfBenefit);
    if (both) {
      p.check(
          amount.isPresent() || shareOfBenefit.isPresent(),
          "reward.payment",
          "a reward pays an amount, a share of the benefit, or both");
      Line.checkFraction(p.at("shareOfBenefit"), shareOfBenefit);
      if (amount.isPresent() && amount.get() instanceof Quantity.Fixed f) {
        p.at("amount")
            .check(
                f.value().signum() >= 0,
                "range",
                "a reward is at least 0, not " + f.value().toPlainString());
      }
    }
    p.at("firstYear").required(firstYear);
    p.at("lastYear").required(lastYear);
    p.at("description").required(description);
    Settlement.checkYears(p, firstYear, lastYear);
    p.throwIfAny();
  }
}
