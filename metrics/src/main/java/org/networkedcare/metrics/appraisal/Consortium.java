package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A purchasing consortium (specs/appraisal.md section 8): members of a network option buy as one
 * organisation at the price tier of their combined volume, where under the counterfactual each buys
 * alone at the tier of its own volume. The calculator turns a consortium into one cost line per
 * member under the counterfactual and under its option, both with the id {@code consortium-id/member},
 * so that each member's saving appears per organisation like any other benefit (a cost avoided).
 *
 * <p>Unit prices are real pounds at the price base; volumes are units a year; the lines run from
 * year 1 to the end of the horizon (or {@code firstYear} to {@code lastYear}).
 *
 * <p>JSON: {@code {"id": "consumables", "option": "hub-and-host", "dataQuality": 2, "tiers":
 * [{"fromVolume": 0, "unitPrice": 12.00}, {"fromVolume": 10000, "unitPrice": 10.80}], "members":
 * [{"organisation": "host-a", "volume": 7500}, {"organisation": "host-b", "volume": 5000}]}}.
 *
 * @param id the consortium's id
 * @param option the id of the network option in which the members buy together
 * @param dataQuality the data-quality grade of its prices and volumes, 1 to 5
 * @param firstYear the first year of buying
 * @param lastYear the last year of buying, if not the end of the horizon
 * @param tiers the price tiers, in increasing order of volume, the first from 0
 * @param members each member and its volume a year
 */
public record Consortium(
    String id, String option, int dataQuality, int firstYear, Optional<Integer> lastYear, List<Tier> tiers,
    List<Member> members) {

  /**
   * A unit price that applies from a volume a year upwards.
   *
   * @param fromVolume the smallest combined volume a year the price applies to
   * @param unitPrice the price of one unit, pounds
   */
  public record Tier(BigDecimal fromVolume, BigDecimal unitPrice) {

    /**
     * Checks the parts: a volume from 0 and a price from 0.
     *
     * @param fromVolume the volume from which it applies
     * @param unitPrice the unit price
     */
    public Tier {
      Problems p = Problems.collector();
      if (p.at("fromVolume").required(fromVolume)) {
        p.at("fromVolume").check(fromVolume.signum() >= 0, "range", "a volume is from 0");
      }
      if (p.at("unitPrice").required(unitPrice)) {
        p.at("unitPrice").check(unitPrice.signum() >= 0, "range", "a price is from 0");
      }
      p.throwIfAny();
    }
  }

  /**
   * A member and the volume it buys a year.
   *
   * @param organisation the member's party id
   * @param volume units a year
   */
  public record Member(String organisation, BigDecimal volume) {

    /**
     * Checks the parts.
     *
     * @param organisation the party id
     * @param volume units a year, from 0
     */
    public Member {
      Problems p = Problems.collector();
      p.at("organisation").required(organisation);
      if (p.at("volume").required(volume)) {
        p.at("volume").check(volume.signum() >= 0, "range", "a volume is from 0");
      }
      p.throwIfAny();
    }
  }

  /**
   * One member's position: buying alone, together, and what leaving would cost it and the others.
   *
   * @param organisation the member
   * @param volume its volume a year
   * @param priceAlone its unit price buying alone
   * @param costAlone its cost a year buying alone
   * @param costTogether its cost a year in the consortium
   * @param saving costAlone − costTogether
   * @param leavingSurcharge what it would pay more a year if it left (the saving it gives up)
   * @param othersLose what the remaining members would pay more a year if it left
   */
  public record Position(
      String organisation, BigDecimal volume, BigDecimal priceAlone, Money costAlone, Money costTogether,
      Money saving, Money leavingSurcharge, Money othersLose) {

    /**
     * Checks the parts are present.
     *
     * @param organisation the member
     * @param volume its volume
     * @param priceAlone its price alone
     * @param costAlone its cost alone
     * @param costTogether its cost together
     * @param saving its saving
     * @param leavingSurcharge its surcharge for leaving
     * @param othersLose what the others lose
     */
    public Position {
      Objects.requireNonNull(organisation, "organisation");
      Objects.requireNonNull(saving, "saving");
      Objects.requireNonNull(othersLose, "othersLose");
    }
  }

  /**
   * Checks the consortium: ids present, a grade 1 to 5, tiers starting at 0 in increasing order,
   * at least one member, members distinct.
   *
   * @param id the id
   * @param option the option
   * @param dataQuality the grade
   * @param firstYear the first year
   * @param lastYear the last year, if any
   * @param tiers the tiers
   * @param members the members
   * @throws ValidationException with every problem
   */
  public Consortium {
    Problems p = Problems.collector();
    p.at("id").check(id != null && !id.isBlank(), "required", "an id is required");
    p.at("option").check(option != null && !option.isBlank(), "required", "an option is required");
    p.at("dataQuality").check(dataQuality >= 1 && dataQuality <= 5, "range", "the grade is 1 to 5");
    p.at("firstYear").check(firstYear >= 0, "range", "the first year is from 0");
    p.at("lastYear").required(lastYear);
    tiers = List.copyOf(tiers);
    members = List.copyOf(members);
    if (p.at("tiers").check(!tiers.isEmpty(), "required", "a consortium has at least one price tier")) {
      p.at("tiers").at(0).at("fromVolume").check(tiers.get(0).fromVolume().signum() == 0, "consortium.first-tier",
          "the first tier starts at volume 0");
      for (int i = 1; i < tiers.size(); i++) {
        p.at("tiers").at(i).at("fromVolume").check(tiers.get(i).fromVolume().compareTo(tiers.get(i - 1).fromVolume()) > 0,
            "consortium.tier-order", "tiers are in increasing order of volume");
      }
    }
    p.at("members").check(!members.isEmpty(), "required", "a consortium has at least one member");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      p.at("members").at(i).at("organisation").check(seen.add(members.get(i).organisation()), "duplicate",
          "a member is listed once");
    }
    p.throwIfAny();
  }

  /**
   * {@return the unit price at a volume a year: the price of the highest tier it reaches}
   *
   * @param volume units a year
   */
  public BigDecimal price(BigDecimal volume) {
    BigDecimal price = tiers.get(0).unitPrice();
    for (Tier tier : tiers) {
      if (volume.compareTo(tier.fromVolume()) >= 0) {
        price = tier.unitPrice();
      }
    }
    return price;
  }

  /** {@return the members' combined volume a year} */
  public BigDecimal combinedVolume() {
    return members.stream().map(Member::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static Money cost(BigDecimal volume, BigDecimal price) {
    return Money.of(volume.multiply(price).setScale(2, RoundingMode.HALF_EVEN));
  }

  /** {@return each member's position, in the order given; money rounded half-even to pence} */
  public List<Position> positions() {
    BigDecimal total = combinedVolume();
    BigDecimal together = price(total);
    List<Position> list = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Member m = members.get(i);
      BigDecimal alone = price(m.volume());
      Money costAlone = cost(m.volume(), alone);
      Money costTogether = cost(m.volume(), together);
      BigDecimal without = price(total.subtract(m.volume()));
      Money othersLose = Money.zero();
      for (int j = 0; j < members.size(); j++) {
        Member o = members.get(j);
        if (j != i) {
          othersLose = othersLose.plus(cost(o.volume(), without).minus(cost(o.volume(), together)));
        }
      }
      list.add(new Position(m.organisation(), m.volume(), alone, costAlone, costTogether,
          costAlone.minus(costTogether), costAlone.minus(costTogether), othersLose));
    }
    return list;
  }

  /**
   * {@return the cost line of a member: buying alone (for the counterfactual) or together (for the
   * option)}
   *
   * @param member the member
   * @param together whether at the consortium's price
   */
  public Line line(Member member, boolean together) {
    BigDecimal price = together ? price(combinedVolume()) : price(member.volume());
    ImmutableLine.Builder b = Line.builder().id(id + "/" + member.organisation()).type(LineType.COST)
        .organisation(member.organisation()).category(Category.PURCHASING).valueType(ValueType.FISCAL)
        .cashReleasing(true).dataQuality(dataQuality).amount(Quantity.of(member.volume().multiply(price)))
        .firstYear(firstYear)
        .description((together ? "bought through consortium '" : "bought alone instead of through consortium '") + id
            + "' at " + price.toPlainString() + " a unit");
    lastYear.ifPresent(b::lastYear);
    return b.build();
  }

  /**
   * {@return a consortium read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Consortium> fromJson(JsonValue value) {
    return value.object(Consortium::read);
  }

  private static Optional<Consortium> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> option = o.required("option", JsonValue::nonBlankText);
    Optional<Integer> grade = o.required("dataQuality", JsonValue::integer);
    int first = o.optional("firstYear", JsonValue::integer).orElse(1);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    List<Tier> tiers = o.list("tiers", v -> v.object(t -> {
      Optional<BigDecimal> from = t.required("fromVolume", JsonValue::decimal);
      Optional<BigDecimal> price = t.required("unitPrice", JsonValue::decimal);
      if (from.isEmpty() || price.isEmpty()) {
        return Optional.empty();
      }
      return t.build(() -> new Tier(from.get(), price.get()));
    }));
    List<Member> members = o.list("members", v -> v.object(m -> {
      Optional<String> org = m.required("organisation", JsonValue::nonBlankText);
      Optional<BigDecimal> volume = m.required("volume", JsonValue::decimal);
      if (org.isEmpty() || volume.isEmpty()) {
        return Optional.empty();
      }
      return m.build(() -> new Member(org.get(), volume.get()));
    }));
    if (id.isEmpty() || option.isEmpty() || grade.isEmpty()) {
      return Optional.empty();
    }
    return o.build(() -> new Consortium(id.get(), option.get(), grade.get(), first, last, tiers, members));
  }

  /** {@return the consortium as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("option", option);
    node.put("dataQuality", dataQuality);
    node.put("firstYear", firstYear);
    lastYear.ifPresent(l -> node.put("lastYear", l));
    ArrayNode t = node.putArray("tiers");
    tiers.forEach(x -> t.addObject().put("fromVolume", x.fromVolume()).put("unitPrice", x.unitPrice()));
    ArrayNode m = node.putArray("members");
    members.forEach(x -> m.addObject().put("organisation", x.organisation()).put("volume", x.volume()));
    return node;
  }
}
