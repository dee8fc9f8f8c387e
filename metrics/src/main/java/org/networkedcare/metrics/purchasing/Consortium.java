package org.networkedcare.metrics.purchasing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.Money;
import org.networkedcare.core.validation.Problems;

/**
 * A shared-purchasing consortium: members buying items from a supplier as one organisation, each
 * item on its own {@link PriceSchedule}. The one purchasing model of the library: the appraisal's
 * consortia and the governance document's are both this type. Immutable and thread-safe.
 *
 * <p>For each member and item it gives:
 *
 * <ul>
 *   <li><b>together</b>: the member's share of the cost of the consortium's total quantity, {@code
 *       cost(total) x quantity / total} (for all-units pricing simply {@code quantity x} the price
 *       of the tier the total reaches);
 *   <li><b>alone</b>: the cost of its own quantity bought alone at list price, {@code
 *       cost(quantity)}: the counterfactual of no consortium;
 *   <li><b>saving</b> {@code = alone - together}: what membership saves it, the benefit an
 *       appraisal counts;
 *   <li><b>opt-out</b>: what it would pay if it opted out, {@code cost(quantity) x (1 +
 *       surcharge%)}; <b>opt-out cost</b> {@code = opt-out - together}, the saving plus the
 *       surcharge;
 *   <li><b>others pay more</b>: what the remaining members would pay more, in all, if it opted out
 *       (their shares of the smaller total's cost less their shares now), detailed by {@link
 *       #departures()}.
 * </ul>
 *
 * <p><b>Rounding, the one rule</b>: every amount of a member and an item is worked exactly from the
 * quantities and unit prices and rounded once, half-even (banker's rounding), to the penny; the
 * differences (saving, opt-out cost, increases) and sums are of those rounded amounts, so they add
 * up exactly.
 *
 * <p>JSON (the governance document's form; the appraisal's reads into the same type): {@code {"id":
 * "iol", "supplier": "Lens Co", "members": ["RCE", "RHA"], "items": [{"id": "iol", "name":
 * "intraocular lenses", "pricing": "all-units", "tiers": [{"minimum": 0, "unitPrice": 100.00},
 * ...], "optOutSurchargePercent": 5, "quantities": [{"member": "RCE", "quantity": 1800}, ...]}]}};
 * {@code pricing} is {@code all-units} (the default) or {@code incremental}.
 *
 * @param id the consortium's identifier
 * @param supplier the supplier, if named
 * @param members the members' party ids (ODS codes in a governance document)
 * @param items the items bought
 */
public record Consortium(
    String id, Optional<String> supplier, List<String> members, List<Item> items) {

  /**
   * A member's quantity of an item a year.
   *
   * @param member the member's id
   * @param quantity units a year, not negative
   */
  public record Volume(String member, BigDecimal quantity) {

    /**
     * Checks the quantity is not negative ({@code range}).
     *
     * @param member the member
     * @param quantity the quantity
     */
    public Volume {
      Problems p = Problems.collector();
      p.at("member").check(!member.isBlank(), "required", "a member is required");
      p.at("quantity").check(quantity.signum() >= 0, "range", "a quantity is not negative");
      p.throwIfAny();
    }
  }

  /**
   * An item bought by the consortium.
   *
   * @param id the item's identifier
   * @param name its name
   * @param schedule its price schedule
   * @param quantities each member's quantity a year
   */
  public record Item(String id, String name, PriceSchedule schedule, List<Volume> quantities) {

    /**
     * Checks each member's quantity is given once ({@code id.duplicate}).
     *
     * @param id the identifier
     * @param name the name
     * @param schedule the schedule
     * @param quantities the quantities
     */
    public Item {
      quantities = List.copyOf(quantities);
      Problems p = Problems.collector();
      p.at("id").check(!id.isBlank(), "required", "an id is required");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < quantities.size(); i++) {
        p.at("quantities")
            .at(i)
            .at("member")
            .check(
                seen.add(quantities.get(i).member()),
                "id.duplicate",
                "a member's quantity is given once");
      }
      p.throwIfAny();
    }

    /** {@return the total quantity a year of all members} */
    public BigDecimal total() {
      return quantities.stream().map(Volume::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * One member's position for one item, a year; amounts rounded as the class says.
   *
   * @param item the item's id
   * @param member the member
   * @param quantity its quantity a year
   * @param together its cost inside the consortium
   * @param alone its cost buying alone at list price (no consortium)
   * @param saving {@code alone - together}
   * @param optOut its cost if it opted out: alone plus the surcharge
   * @param optOutCost {@code optOut - together}: what opting out would cost it
   * @param othersPayMore what the remaining members would pay more, in all, if it opted out
   */
  public record MemberPosition(
      String item,
      String member,
      BigDecimal quantity,
      Money together,
      Money alone,
      Money saving,
      Money optOut,
      Money optOutCost,
      Money othersPayMore) {

    /**
     * Checks the differences agree with the amounts.
     *
     * @param item item
     * @param member member
     * @param quantity quantity
     * @param together together
     * @param alone alone
     * @param saving saving
     * @param optOut opt-out
     * @param optOutCost opt-out cost
     * @param othersPayMore others pay more
     */
    public MemberPosition {
      Objects.requireNonNull(othersPayMore, "othersPayMore");
      if (!saving.equals(alone.minus(together)) || !optOutCost.equals(optOut.minus(together))) {
        throw new IllegalArgumentException(
            "saving is alone - together and optOutCost is optOut - together");
      }
    }
  }

  /**
   * What a remaining member pays for an item, a year, if another member opts out.
   *
   * @param item the item's id
   * @param leaver the member that opts out
   * @param member a remaining member
   * @param before its cost with the leaver inside
   * @param after its cost once the leaver has left
   * @param increase {@code after - before}
   */
  public record Departure(
      String item, String leaver, String member, Money before, Money after, Money increase) {

    /**
     * Checks the increase is {@code after - before}.
     *
     * @param item item
     * @param leaver leaver
     * @param member member
     * @param before before
     * @param after after
     * @param increase increase
     */
    public Departure {
      if (!increase.equals(after.minus(before))) {
        throw new IllegalArgumentException("increase is after - before");
      }
    }
  }

  /**
   * Checks the consortium: at least one member, each once; quantities only for members ({@code
   * consortium.members}).
   *
   * @param id the identifier
   * @param supplier the supplier
   * @param members the members
   * @param items the items
   */
  public Consortium {
    members = List.copyOf(members);
    items = List.copyOf(items);
    Problems p = Problems.collector();
    p.at("id").check(!id.isBlank(), "required", "an id is required");
    p.at("members")
        .check(
            !members.isEmpty() && new HashSet<>(members).size() == members.size(),
            "consortium.members",
            "a consortium has at least one member, each named once");
    for (int i = 0; i < items.size(); i++) {
      List<Volume> q = items.get(i).quantities();
      for (int j = 0; j < q.size(); j++) {
        p.at("items")
            .at(i)
            .at("quantities")
            .at(j)
            .at("member")
            .check(
                members.contains(q.get(j).member()),
                "consortium.members",
                q.get(j).member() + " is not a member");
      }
    }
    p.throwIfAny();
  }

  /** The one rounding rule: exact pounds to the penny, half-even. */
  static Money pence(BigDecimal pounds) {
    return Money.of(pounds.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * A member's share of the cost of a total: {@code cost(total) x quantity / total}, rounded once.
   */
  private static Money share(PriceSchedule schedule, BigDecimal total, BigDecimal quantity) {
    if (total.signum() == 0) {
      return Money.zero();
    }
    return Money.of(
        schedule.cost(total).multiply(quantity).divide(total, 2, RoundingMode.HALF_EVEN));
  }

  /** {@return every member's position for every item, in item then quantity order} */
  public List<MemberPosition> positions() {
    List<MemberPosition> list = new ArrayList<>();
    for (Item item : items) {
      PriceSchedule s = item.schedule();
      BigDecimal total = item.total();
      for (Volume v : item.quantities()) {
        Money together = share(s, total, v.quantity());
        Money alone = pence(s.cost(v.quantity()));
        Money optOut = pence(s.optOutCost(v.quantity()));
        Money others =
            departures(item, v).stream().map(Departure::increase).reduce(Money.zero(), Money::plus);
        list.add(
            new MemberPosition(
                item.id(),
                v.member(),
                v.quantity(),
                together,
                alone,
                alone.minus(together),
                optOut,
                optOut.minus(together),
                others));
      }
    }
    return list;
  }

  /** {@return the total saving a year of every member and item} */
  public Money totalSaving() {
    return positions().stream().map(MemberPosition::saving).reduce(Money.zero(), Money::plus);
  }

  /**
   * {@return for each member that might opt out, what each remaining member would pay, item by
   * item}
   */
  public List<Departure> departures() {
    List<Departure> list = new ArrayList<>();
    for (Item item : items) {
      for (Volume leaver : item.quantities()) {
        list.addAll(departures(item, leaver));
      }
    }
    return list;
  }

  private static List<Departure> departures(Item item, Volume leaver) {
    BigDecimal total = item.total();
    BigDecimal rest = total.subtract(leaver.quantity());
    List<Departure> list = new ArrayList<>();
    for (Volume v : item.quantities()) {
      if (!v.member().equals(leaver.member())) {
        Money before = share(item.schedule(), total, v.quantity());
        Money after = share(item.schedule(), rest, v.quantity());
        list.add(
            new Departure(
                item.id(), leaver.member(), v.member(), before, after, after.minus(before)));
      }
    }
    return list;
  }

  /**
   * {@return the JSON name of a pricing}
   *
   * @param pricing the pricing
   */
  public static String pricingName(PriceSchedule.Pricing pricing) {
    return pricing == PriceSchedule.Pricing.ALL_UNITS ? "all-units" : "incremental";
  }
}
