package org.networkedcare.metrics.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.purchasing.Consortium;
import org.networkedcare.metrics.purchasing.PriceSchedule;

/**
 * Joint purchasing in an appraisal (specs/appraisal.md section 8): the members of a network option
 * buy one item as a {@link Consortium} (the library's one purchasing model), where under the
 * counterfactual each buys alone at list price. The calculator turns it into one cost line per
 * member under the counterfactual ({@link Consortium.MemberPosition#alone()}) and under its option
 * ({@link Consortium.MemberPosition#together()}), both with the id {@code consortium-id/member}, so
 * each member's saving appears per organisation like any other benefit (a cost avoided). The
 * opt-out surcharge is not in the lines (the counterfactual has no consortium to opt out of); it is
 * in each member's opt-out cost. Immutable and thread-safe.
 *
 * <p>Unit prices are real pounds at the price base; volumes are units a year; each line's yearly
 * amount is the model's penny-rounded amount; the lines run from {@code firstYear} (default 1) to
 * {@code lastYear} or the end of the horizon.
 *
 * <p>JSON: {@code {"id": "consumables", "option": "hub-and-host", "dataQuality": 2, "pricing":
 * "all-units", "optOutSurchargePercent": 5, "tiers": [{"fromVolume": 0, "unitPrice": 12.00},
 * {"fromVolume": 10000, "unitPrice": 10.80}], "members": [{"organisation": "host-a", "volume":
 * 7500}, ...]}}; {@code pricing} (default {@code all-units}) and {@code optOutSurchargePercent}
 * (default 0) are optional, so documents written before them read as before.
 *
 * @param option the id of the network option in which the members buy together
 * @param dataQuality the data-quality grade of its prices and volumes, 1 to 5
 * @param firstYear the first year of buying
 * @param lastYear the last year of buying, if not the end of the horizon
 * @param consortium the consortium, of one item with the consortium's id
 */
public record JointPurchasing(
    String option,
    int dataQuality,
    int firstYear,
    Optional<Integer> lastYear,
    Consortium consortium) {

  /**
   * Checks the parts: an option, a grade 1 to 5, a first year from 0, one item.
   *
   * @param option the option
   * @param dataQuality the grade
   * @param firstYear the first year
   * @param lastYear the last year, if any
   * @param consortium the consortium
   */
  public JointPurchasing {
    Problems p = Problems.collector();
    p.at("option").check(!option.isBlank(), "required", "an option is required");
    p.at("dataQuality").check(dataQuality >= 1 && dataQuality <= 5, "range", "the grade is 1 to 5");
    p.at("firstYear").check(firstYear >= 0, "range", "the first year is from 0");
    p.check(
        consortium.items().size() == 1,
        "consortium.items",
        "joint purchasing in an appraisal is of one item");
    p.throwIfAny();
  }

  /** {@return the consortium's id, the prefix of its line ids} */
  public String id() {
    return consortium.id();
  }

  /** {@return the item bought} */
  public Consortium.Item item() {
    return consortium.items().get(0);
  }

  /**
   * {@return the cost lines of every member: buying alone (for the counterfactual) or together (for
   * the option)}
   *
   * @param together whether inside the consortium
   */
  public List<Line> lines(boolean together) {
    List<Line> lines = new ArrayList<>();
    PriceSchedule s = item().schedule();
    String how = s.pricing() == PriceSchedule.Pricing.ALL_UNITS ? "" : " (incremental tiers)";
    for (Consortium.MemberPosition m : consortium.positions()) {
      Money amount = together ? m.together() : m.alone();
      BigDecimal price = s.unitPrice(together ? item().total() : m.quantity());
      Line.Builder b =
          Line.builder()
              .id(id() + "/" + m.member())
              .type(LineType.COST)
              .organisation(m.member())
              .category(Category.PURCHASING)
              .valueType(ValueType.FISCAL)
              .cashReleasing(true)
              .dataQuality(dataQuality)
              .amount(Quantity.of(amount.toBigDecimal()))
              .firstYear(firstYear)
              .description(
                  (together
                          ? "bought through consortium '"
                          : "bought alone instead of through consortium '")
                      + id()
                      + "' at "
                      + price.toPlainString()
                      + " a unit"
                      + how);
      lastYear.ifPresent(b::lastYear);
      lines.add(b.build());
    }
    return lines;
  }
}
