package org.networkedcare.metrics.purchasing;

import java.math.BigDecimal;
import java.util.List;
import org.networkedcare.core.validation.Problems;

/**
 * A supplier's price schedule for one item: tiers of unit prices by quantity a year, how they apply
 * ({@link Pricing}), and the surcharge on a member that opts out and buys alone. Immutable and
 * thread-safe.
 *
 * <p>Costs here are exact (not rounded); {@link Consortium} rounds each member's amount once.
 *
 * @param tiers the tiers, the first from quantity 0, minimums increasing
 * @param pricing how the tiers apply
 * @param optOutSurchargePercent the surcharge, in percent, on the cost of a member buying alone
 *     after opting out; 0 when the supplier charges none
 */
public record PriceSchedule(List<Tier> tiers, Pricing pricing, BigDecimal optOutSurchargePercent) {

  /** How tiers price a quantity. */
  public enum Pricing {
    /** Every unit is priced at the tier the whole quantity reaches ("highest tier reached"). */
    ALL_UNITS,
    /** Each unit is priced at the tier its own position falls in, like income-tax bands. */
    INCREMENTAL
  }

  /**
   * A price tier: from this quantity a year on, units cost this.
   *
   * @param minimum the least quantity of the tier, units a year, from 0
   * @param unitPrice the price of a unit, pounds (exact, any number of decimals), not negative
   */
  public record Tier(BigDecimal minimum, BigDecimal unitPrice) {

    /**
     * Checks the tier ({@code range}).
     *
     * @param minimum the minimum
     * @param unitPrice the price
     */
    public Tier {
      Problems p = Problems.collector();
      p.at("minimum").check(minimum.signum() >= 0, "range", "a tier's minimum is not negative");
      p.at("unitPrice").check(unitPrice.signum() >= 0, "range", "a unit price is not negative");
      p.throwIfAny();
    }
  }

  /**
   * Checks the schedule: at least one tier, the first from 0, minimums increasing ({@code
   * consortium.tiers}); the surcharge not negative ({@code range}).
   *
   * @param tiers the tiers
   * @param pricing the pricing
   * @param optOutSurchargePercent the surcharge
   */
  public PriceSchedule {
    tiers = List.copyOf(tiers);
    Problems p = Problems.collector();
    if (p.at("tiers")
        .check(!tiers.isEmpty(), "consortium.tiers", "an item has at least one tier")) {
      p.at("tiers")
          .at(0)
          .at("minimum")
          .check(
              tiers.get(0).minimum().signum() == 0,
              "consortium.tiers",
              "the first tier starts at 0");
      for (int i = 1; i < tiers.size(); i++) {
        p.at("tiers")
            .at(i)
            .at("minimum")
            .check(
                tiers.get(i).minimum().compareTo(tiers.get(i - 1).minimum()) > 0,
                "consortium.tiers",
                "tier minimums increase");
      }
    }
    p.at("optOutSurchargePercent")
        .check(optOutSurchargePercent.signum() >= 0, "range", "a surcharge is not negative");
    p.throwIfAny();
  }

  /**
   * {@return the unit price of the highest tier a quantity reaches (for all-units pricing, the
   * price of every unit; for incremental pricing, the price of the next unit)}
   *
   * @param quantity units a year
   */
  public BigDecimal unitPrice(BigDecimal quantity) {
    BigDecimal price = tiers.get(0).unitPrice();
    for (Tier tier : tiers) {
      if (quantity.compareTo(tier.minimum()) >= 0) {
        price = tier.unitPrice();
      }
    }
    return price;
  }

  /**
   * {@return the exact cost, pounds, of a quantity bought as one: all-units, {@code quantity x
   * unitPrice(quantity)}; incremental, the sum over tiers of the units falling in each times its
   * price}
   *
   * @param quantity units a year, not negative
   */
  public BigDecimal cost(BigDecimal quantity) {
    if (pricing == Pricing.ALL_UNITS) {
      return quantity.multiply(unitPrice(quantity));
    }
    BigDecimal cost = BigDecimal.ZERO;
    for (int i = 0; i < tiers.size(); i++) {
      BigDecimal from = tiers.get(i).minimum();
      BigDecimal to = i + 1 < tiers.size() ? quantity.min(tiers.get(i + 1).minimum()) : quantity;
      if (to.compareTo(from) > 0) {
        cost = cost.add(to.subtract(from).multiply(tiers.get(i).unitPrice()));
      }
    }
    return cost;
  }

  /**
   * {@return the exact cost, pounds, of a quantity bought alone after opting out: {@link #cost}
   * times {@code 1 + optOutSurchargePercent / 100}}
   *
   * @param quantity units a year
   */
  public BigDecimal optOutCost(BigDecimal quantity) {
    return cost(quantity).multiply(BigDecimal.ONE.add(optOutSurchargePercent.movePointLeft(2)));
  }
}
