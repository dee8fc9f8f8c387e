package org.networkedcare.metrics.appraisal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.FinancialYear;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A payment from one party of a network option to another, such as rent paid by the hub to a host,
 * a tariff share or a management fee: money that changes hands inside the network and the NHS.
 *
 * <p>A transfer nets to zero for the network and for the NHS as a whole: it is never in the
 * option's PV of costs or benefits (nor in NPSV, BCR, payback or switching values). It is a cost to
 * the payer and income to the receiver in each organisation's position ({@link
 * AppraisalResult.OrganisationPosition}), in the per-organisation draws of the probabilistic
 * analysis and in the budget impact (it is cash).
 *
 * <p>It runs as {@code amount} pounds a year from {@code firstYear} (default 1) to {@code lastYear}
 * (default the last year of the horizon), or as a {@code profile} of yearly amounts from {@code
 * firstYear} (default 0). {@code indexation} is a yearly rate {@code i} applied before the price
 * conversion: the amount in the k-th year of the transfer (k = 0 in its first) is {@code amount ×
 * (1 + i)^k}; a contract uplifted by, say, 2% a year in cash terms is {@code "prices": "nominal",
 * "indexation": 0.02}, converted to real prices with the deflator like any nominal line.
 *
 * <p>JSON: {@code {"id": "rent", "option": "hub-and-host", "payer": "centre", "receiver": "host-a",
 * "amount": 30000, "prices": "nominal", "indexation": 0.02, "flow": "agreement:host-a/rent"}}.
 * {@code flow} names the host agreement's money flow the transfer comes from, as {@code
 * agreement:<agreement id>/<flow id or purpose>}; the agreement is the one source of truth. A
 * transfer with a {@code flow} and no amount or profile takes its amounts, years and indexation
 * from the agreement when the governance document that holds it is given (governance's {@code
 * AgreementTransfers}; {@link #awaitsFlow}); one that gives an amount too is checked against the
 * agreement then, and stands as given when no governance document is.
 *
 * @param id the transfer's id, unique among the appraisal's transfers, gain-shares and rewards
 * @param option the id of the network option in which the money flows
 * @param payer the party that pays
 * @param receiver the party that is paid
 * @param amount pounds a year, for a transfer that is not a profile
 * @param profile yearly pounds from {@code firstYear}, or empty
 * @param firstYear the first year, from 0; default 1 (0 for a profile)
 * @param lastYear the last year; default the last year of the horizon
 * @param prices {@code real}, {@code nominal}, or the financial year whose real prices the amounts
 *     are in
 * @param indexation the yearly rate the amount rises by, applied before the price conversion
 * @param flow the host agreement's money flow the transfer comes from, if any
 * @param description what the transfer is
 */
public record Transfer(
    String id,
    String option,
    String payer,
    String receiver,
    Optional<Quantity> amount,
    List<Quantity> profile,
    OptionalInt firstYear,
    OptionalInt lastYear,
    String prices,
    Optional<Quantity> indexation,
    Optional<String> flow,
    String description) {

  /**
   * Checks what can be checked without the rest of the appraisal.
   *
   * @param id the id
   * @param option the option
   * @param payer the payer
   * @param receiver the receiver
   * @param amount the amount a year, if not a profile
   * @param profile the profile, or empty
   * @param firstYear the first year, if given
   * @param lastYear the last year, if given
   * @param prices the price basis
   * @param indexation the yearly indexation, if any
   * @param flow the agreement money flow, if any
   * @param description the description
   * @throws ValidationException with every problem, paths relative to the transfer
   */
  public Transfer {
    Problems p = Problems.collector();
    Settlement.checkParties(p, id, option, payer, "payer", receiver, "receiver");
    p.at("amount").required(amount);
    if (p.at("profile").required(profile)) {
      profile = List.copyOf(profile);
    }
    p.at("firstYear").required(firstYear);
    p.at("lastYear").required(lastYear);
    p.at("indexation").required(indexation);
    p.at("flow").required(flow);
    p.at("description").required(description);
    if (p.at("prices").required(prices) && !prices.equals("real") && !prices.equals("nominal")) {
      String basis = prices;
      p.at("prices").attempt(() -> FinancialYear.parse(basis));
    }
    if (amount != null && profile != null && flow != null) {
      if (amount.isEmpty() && profile.isEmpty() && flow.isPresent()) {
        takenFromFlow(p, "firstYear", firstYear == null || firstYear.isEmpty());
        takenFromFlow(p, "lastYear", lastYear == null || lastYear.isEmpty());
        takenFromFlow(p, "indexation", indexation == null || indexation.isEmpty());
      } else {
        p.check(
            amount.isPresent() != !profile.isEmpty(),
            "line.form",
            flow.isPresent()
                ? "give at most one of amount and profile (none: the agreement's money flow gives"
                    + " them)"
                : "give exactly one of amount and profile");
      }
      if (!profile.isEmpty() && lastYear != null) {
        p.at("lastYear")
            .check(
                lastYear.isEmpty(),
                "line.profile-last-year",
                "a profile's last year follows from its length; leave lastYear out");
      }
    }
    Settlement.checkYears(p, firstYear, lastYear);
    p.throwIfAny();
  }

  private static void takenFromFlow(Problems p, String name, boolean absent) {
    p.at(name)
        .check(
            absent,
            "line.form",
            "a transfer that takes its amounts from the agreement's money flow takes its years and"
                + " indexation from it too; leave "
                + name
                + " out, or give the amount");
  }

  /**
   * {@return whether the amounts are still to come from the agreement's money flow} Such a transfer
   * names a {@code flow} and gives no amount or profile; it is resolved from the governance
   * document that holds the agreement (governance's {@code AgreementTransfers}) before the
   * appraisal is evaluated.
   */
  public boolean awaitsFlow() {
    return flow.isPresent() && amount.isEmpty() && profile.isEmpty();
  }

  /** {@return the first year of the transfer} */
  int first() {
    return firstYear.orElse(profile.isEmpty() ? 1 : 0);
  }

  /**
   * {@return the last year of the transfer}
   *
   * @param horizonYears the appraisal's horizon
   */
  int last(int horizonYears) {
    return profile.isEmpty() ? lastYear.orElse(horizonYears - 1) : first() + profile.size() - 1;
  }
}
