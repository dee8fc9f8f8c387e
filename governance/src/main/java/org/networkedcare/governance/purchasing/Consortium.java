package org.networkedcare.governance.purchasing;

import org.networkedcare.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A shared-purchasing consortium: members buying as one organisation from a supplier. Each item has
 * a price schedule of tiers (all-units pricing: the whole quantity is priced at the tier its total
 * reaches) and an opt-out surcharge for a member that buys alone.
 *
 * <p>JSON: {@code {"id": "iol", "supplier": "Lens Co", "members": ["RCE", "RHA", "RHB"], "items":
 * [{"id": "iol", "name": "intraocular lenses", "tiers": [{"minimum": 0, "unitPrice": 100.00},
 * ...], "optOutSurchargePercent": 5, "quantities": [{"member": "RCE", "quantity": 1800}, ...]}]}}.
 *
 * @param id the consortium's identifier
 * @param supplier the supplier
 * @param members the members
 * @param items the items bought
 */
public record Consortium(String id, String supplier, List<OdsCode> members, List<Item> items) {

  /**
   * A price tier: from this quantity on, every unit costs this.
   *
   * @param minimum the least total quantity of the tier
   * @param unitPrice the price of each unit
   */
  public record Tier(long minimum, Money unitPrice) {

    /**
     * Checks the tier: the minimum not negative, the price positive ({@code consortium.tiers}).
     *
     * @param minimum the minimum
     * @param unitPrice the price
     */
    public Tier {
      Problems problems = Problems.collector();
      problems.at("minimum").check(minimum >= 0, "consortium.tiers", "a tier's minimum is not negative");
      if (problems.at("unitPrice").required(unitPrice)) {
        problems.at("unitPrice").check(unitPrice.isPositive(), "consortium.tiers", "a unit price is positive");
      }
      problems.throwIfAny();
    }
  }

  /**
   * A member's yearly quantity of an item.
   *
   * @param member the member
   * @param quantity the quantity, not negative
   */
  public record Quantity(OdsCode member, long quantity) {

    /**
     * Checks the parts.
     *
     * @param member the member
     * @param quantity the quantity
     */
    public Quantity {
      Problems problems = Problems.collector();
      problems.at("member").required(member);
      problems.at("quantity").check(quantity >= 0, "range", "a quantity is not negative");
      problems.throwIfAny();
    }
  }

  /**
   * An item bought by the consortium.
   *
   * @param id the item's identifier
   * @param name its name
   * @param tiers the tiers, the first with minimum 0, minimums increasing
   * @param optOutSurchargePercent the surcharge on a member buying alone, in percent
   * @param quantities each member's quantity
   */
  public record Item(String id, String name, List<Tier> tiers, BigDecimal optOutSurchargePercent, List<Quantity> quantities) {

    /**
     * Checks the item: tiers start at 0 with increasing minimums ({@code consortium.tiers}), the
     * surcharge not negative ({@code range}), each member's quantity once ({@code id.duplicate}).
     *
     * @param id the identifier
     * @param name the name
     * @param tiers the tiers
     * @param optOutSurchargePercent the surcharge
     * @param quantities the quantities
     */
    public Item {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("name").required(name);
      if (problems.at("tiers").required(tiers)) {
        tiers = List.copyOf(tiers);
        if (problems.at("tiers").check(!tiers.isEmpty(), "consortium.tiers", "an item has at least one tier")) {
          problems.at("tiers").at(0).at("minimum").check(tiers.get(0).minimum() == 0, "consortium.tiers", "the first tier starts at 0");
          for (int i = 1; i < tiers.size(); i++) {
            problems.at("tiers").at(i).at("minimum").check(tiers.get(i).minimum() > tiers.get(i - 1).minimum(), "consortium.tiers", "tier minimums increase");
          }
        }
      }
      if (problems.at("optOutSurchargePercent").required(optOutSurchargePercent)) {
        problems.at("optOutSurchargePercent").check(optOutSurchargePercent.signum() >= 0, "range", "a surcharge is not negative");
      }
      if (problems.at("quantities").required(quantities)) {
        quantities = List.copyOf(quantities);
        Set<OdsCode> seen = new HashSet<>();
        for (int i = 0; i < quantities.size(); i++) {
          problems.at("quantities").at(i).at("member").check(seen.add(quantities.get(i).member()), "id.duplicate", "a member's quantity is given once");
        }
      }
      problems.throwIfAny();
    }

    /**
     * {@return the unit price at the tier a total quantity reaches}
     *
     * @param total the total quantity
     */
    public Money unitPrice(long total) {
      Money price = tiers.get(0).unitPrice();
      for (Tier tier : tiers) {
        if (total >= tier.minimum()) {
          price = tier.unitPrice();
        }
      }
      return price;
    }

    /** {@return the total quantity of all members} */
    public long total() {
      return quantities.stream().mapToLong(Quantity::quantity).sum();
    }
  }

  /**
   * Checks the consortium: at least two members, each once; quantities only for members ({@code
   * consortium.members}).
   *
   * @param id the identifier
   * @param supplier the supplier
   * @param members the members
   * @param items the items
   */
  public Consortium {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("supplier").required(supplier);
    if (problems.at("members").required(members)) {
      members = List.copyOf(members);
      problems.at("members").check(members.size() >= 2 && new HashSet<>(members).size() == members.size(), "consortium.members", "a consortium has at least two members, each named once");
    }
    if (problems.at("items").required(items)) {
      items = List.copyOf(items);
      for (int i = 0; members != null && i < items.size(); i++) {
        List<Quantity> q = items.get(i).quantities();
        for (int j = 0; j < q.size(); j++) {
          problems.at("items").at(i).at("quantities").at(j).at("member").check(members.contains(q.get(j).member()), "consortium.members", q.get(j).member() + " is not a member");
        }
      }
    }
    problems.throwIfAny();
  }

  /**
   * One member's cost of one item inside the consortium and alone.
   *
   * @param item the item
   * @param member the member
   * @param quantity its quantity
   * @param inside its cost inside: its quantity at the tier of the consortium's total
   * @param alone its cost alone: its quantity at its own tier plus the surcharge, rounded half-up
   *     to the penny
   * @param benefit the benefit of membership, {@code alone - inside}: a benefit line for an appraisal
   */
  public record MemberCost(String item, OdsCode member, long quantity, Money inside, Money alone, Money benefit) {
    /**
     * Checks no part is null.
     *
     * @param item item
     * @param member member
     * @param quantity quantity
     * @param inside inside
     * @param alone alone
     * @param benefit benefit
     */
    public MemberCost {
      java.util.Objects.requireNonNull(item, "item");
      java.util.Objects.requireNonNull(member, "member");
      java.util.Objects.requireNonNull(inside, "inside");
      java.util.Objects.requireNonNull(alone, "alone");
      java.util.Objects.requireNonNull(benefit, "benefit");
    }
}

  /**
   * What a remaining member pays for an item if another member leaves.
   *
   * @param item the item
   * @param leaver the member that leaves
   * @param member a remaining member
   * @param before its cost with the leaver inside
   * @param after its cost once the leaver has left
   * @param increase {@code after - before}
   */
  public record Departure(String item, OdsCode leaver, OdsCode member, Money before, Money after, Money increase) {
    /**
     * Checks no part is null.
     *
     * @param item item
     * @param leaver leaver
     * @param member member
     * @param before before
     * @param after after
     * @param increase increase
     */
    public Departure {
      java.util.Objects.requireNonNull(item, "item");
      java.util.Objects.requireNonNull(leaver, "leaver");
      java.util.Objects.requireNonNull(member, "member");
      java.util.Objects.requireNonNull(before, "before");
      java.util.Objects.requireNonNull(after, "after");
      java.util.Objects.requireNonNull(increase, "increase");
    }
}

  /** {@return every member's cost of every item, inside and alone, in item then member order} */
  public List<MemberCost> costs() {
    List<MemberCost> costs = new ArrayList<>();
    for (Item item : items) {
      Money consortiumPrice = item.unitPrice(item.total());
      BigDecimal factor = BigDecimal.ONE.add(item.optOutSurchargePercent().movePointLeft(2));
      for (Quantity q : item.quantities()) {
        Money inside = consortiumPrice.times(q.quantity());
        Money alone = item.unitPrice(q.quantity()).times(q.quantity()).times(factor, RoundingMode.HALF_UP);
        costs.add(new MemberCost(item.id(), q.member(), q.quantity(), inside, alone, alone.minus(inside)));
      }
    }
    return costs;
  }

  /** {@return the total benefit of membership over every member and item} */
  public Money totalBenefit() {
    return costs().stream().map(MemberCost::benefit).reduce(Money.zero(), Money::plus);
  }

  /** {@return for each member that might leave, what each remaining member would pay} */
  public List<Departure> departures() {
    List<Departure> departures = new ArrayList<>();
    for (Item item : items) {
      Money price = item.unitPrice(item.total());
      for (Quantity leaver : item.quantities()) {
        Money after = item.unitPrice(item.total() - leaver.quantity());
        for (Quantity q : item.quantities()) {
          if (!q.member().equals(leaver.member())) {
            Money b = price.times(q.quantity());
            Money a = after.times(q.quantity());
            departures.add(new Departure(item.id(), leaver.member(), q.member(), b, a, a.minus(b)));
          }
        }
      }
    }
    return departures;
  }

  /**
   * {@return a consortium read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Consortium> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> supplier = o.required("supplier", JsonValue::nonBlankText);
          List<OdsCode> members = o.list("members", OdsCode::fromJson);
          List<Item> items =
              o.list(
                  "items",
                  v ->
                      v.object(
                          it -> {
                            Optional<String> iid = it.required("id", JsonValue::nonBlankText);
                            Optional<String> name = it.required("name", JsonValue::nonBlankText);
                            List<Tier> tiers =
                                it.list(
                                    "tiers",
                                    t ->
                                        t.object(
                                            to -> {
                                              Optional<Long> min = to.required("minimum", JsonValue::wholeLong);
                                              Optional<Money> price = to.required("unitPrice", Money::fromJson);
                                              if (min.isEmpty()) {
                                                return Optional.empty();
                                              }
                                              return to.buildAll(() -> new Tier(min.get(), price.orElse(null)));
                                            }));
                            Optional<BigDecimal> surcharge = it.required("optOutSurchargePercent", JsonValue::decimal);
                            List<Quantity> quantities =
                                it.list(
                                    "quantities",
                                    q ->
                                        q.object(
                                            qo -> {
                                              Optional<OdsCode> member = qo.required("member", OdsCode::fromJson);
                                              Optional<Long> quantity = qo.required("quantity", JsonValue::wholeLong);
                                              if (quantity.isEmpty()) {
                                                return Optional.empty();
                                              }
                                              return qo.buildAll(() -> new Quantity(member.orElse(null), quantity.get()));
                                            }));
                            return it.buildAll(() -> new Item(iid.orElse(null), name.orElse(null), tiers, surcharge.orElse(null), quantities));
                          }));
          return o.buildAll(() -> new Consortium(id.orElse(null), supplier.orElse(null), members, items));
        });
  }

  /** {@return the consortium as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("supplier", supplier);
    var m = node.putArray("members");
    members.forEach(x -> m.add(x.value()));
    var array = node.putArray("items");
    for (Item item : items) {
      ObjectNode o = array.addObject();
      o.put("id", item.id());
      o.put("name", item.name());
      var tiers = o.putArray("tiers");
      item.tiers().forEach(t -> tiers.addObject().put("minimum", t.minimum()).set("unitPrice", t.unitPrice().toJson()));
      o.put("optOutSurchargePercent", item.optOutSurchargePercent());
      var q = o.putArray("quantities");
      item.quantities().forEach(x -> q.addObject().put("member", x.member().value()).put("quantity", x.quantity()));
    }
    return node;
  }
}
