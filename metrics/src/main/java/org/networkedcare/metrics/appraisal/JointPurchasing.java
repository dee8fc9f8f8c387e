package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.Money;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
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

  private static final Map<String, PriceSchedule.Pricing> PRICING =
      Map.of(
          "all-units",
          PriceSchedule.Pricing.ALL_UNITS,
          "incremental",
          PriceSchedule.Pricing.INCREMENTAL);

  /**
   * {@return joint purchasing read from JSON, every problem at its JSON pointer}
   *
   * @param value the JSON value
   */
  public static Optional<JointPurchasing> fromJson(JsonValue value) {
    return value.object(JointPurchasing::read);
  }

  private static Optional<JointPurchasing> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> option = o.required("option", JsonValue::nonBlankText);
    Optional<Integer> grade = o.required("dataQuality", JsonValue::integer);
    int first = o.optional("firstYear", JsonValue::integer).orElse(1);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    PriceSchedule.Pricing pricing =
        o.optional("pricing", x -> x.oneOf(PRICING)).orElse(PriceSchedule.Pricing.ALL_UNITS);
    Optional<BigDecimal> surcharge = o.optional("optOutSurchargePercent", JsonValue::decimal);
    surcharge.ifPresent(
        s ->
            o.problems()
                .at("optOutSurchargePercent")
                .check(s.signum() >= 0, "range", "a surcharge is not negative"));
    Problems p = o.problems();
    List<PriceSchedule.Tier> tiers =
        o.list(
            "tiers",
            v ->
                v.object(
                    t -> {
                      Optional<BigDecimal> from = t.required("fromVolume", JsonValue::decimal);
                      Optional<BigDecimal> price = t.required("unitPrice", JsonValue::decimal);
                      if (from.isEmpty() || price.isEmpty()) {
                        return Optional.empty();
                      }
                      boolean ok =
                          t.problems()
                              .at("fromVolume")
                              .check(from.get().signum() >= 0, "range", "a volume is from 0");
                      ok &=
                          t.problems()
                              .at("unitPrice")
                              .check(price.get().signum() >= 0, "range", "a price is from 0");
                      return ok
                          ? t.build(() -> new PriceSchedule.Tier(from.get(), price.get()))
                          : Optional.empty();
                    }));
    boolean tiersOk =
        p.at("tiers")
            .check(!tiers.isEmpty(), "required", "a consortium has at least one price tier");
    if (tiersOk) {
      tiersOk =
          p.at("tiers")
              .at(0)
              .at("fromVolume")
              .check(
                  tiers.get(0).minimum().signum() == 0,
                  "consortium.first-tier",
                  "the first tier starts at volume 0");
      for (int i = 1; i < tiers.size(); i++) {
        tiersOk &=
            p.at("tiers")
                .at(i)
                .at("fromVolume")
                .check(
                    tiers.get(i).minimum().compareTo(tiers.get(i - 1).minimum()) > 0,
                    "consortium.tier-order",
                    "tiers are in increasing order of volume");
      }
    }
    List<Consortium.Volume> members =
        o.list(
            "members",
            v ->
                v.object(
                    m -> {
                      Optional<String> org = m.required("organisation", JsonValue::nonBlankText);
                      Optional<BigDecimal> volume = m.required("volume", JsonValue::decimal);
                      if (org.isEmpty() || volume.isEmpty()) {
                        return Optional.empty();
                      }
                      if (!m.problems()
                          .at("volume")
                          .check(volume.get().signum() >= 0, "range", "a volume is from 0")) {
                        return Optional.empty();
                      }
                      return m.build(() -> new Consortium.Volume(org.get(), volume.get()));
                    }));
    boolean membersOk =
        p.at("members")
            .check(!members.isEmpty(), "required", "a consortium has at least one member");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      membersOk &=
          p.at("members")
              .at(i)
              .at("organisation")
              .check(seen.add(members.get(i).member()), "duplicate", "a member is listed once");
    }
    if (id.isEmpty()
        || option.isEmpty()
        || grade.isEmpty()
        || !tiersOk
        || !membersOk
        || surcharge.map(s -> s.signum() < 0).orElse(false)) {
      return Optional.empty();
    }
    List<String> ids = members.stream().map(Consortium.Volume::member).toList();
    return o.build(
        () ->
            new JointPurchasing(
                option.get(),
                grade.get(),
                first,
                last,
                new Consortium(
                    id.get(),
                    Optional.empty(),
                    ids,
                    List.of(
                        new Consortium.Item(
                            id.get(),
                            id.get(),
                            new PriceSchedule(tiers, pricing, surcharge.orElse(BigDecimal.ZERO)),
                            members)))));
  }

  /** {@return joint purchasing in its JSON form} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id());
    node.put("option", option);
    node.put("dataQuality", dataQuality);
    node.put("firstYear", firstYear);
    lastYear.ifPresent(l -> node.put("lastYear", l));
    PriceSchedule s = item().schedule();
    node.put(
        "pricing", s.pricing() == PriceSchedule.Pricing.ALL_UNITS ? "all-units" : "incremental");
    node.put("optOutSurchargePercent", s.optOutSurchargePercent());
    ArrayNode t = node.putArray("tiers");
    s.tiers()
        .forEach(x -> t.addObject().put("fromVolume", x.minimum()).put("unitPrice", x.unitPrice()));
    ArrayNode m = node.putArray("members");
    item()
        .quantities()
        .forEach(x -> m.addObject().put("organisation", x.member()).put("volume", x.quantity()));
    return node;
  }
}
