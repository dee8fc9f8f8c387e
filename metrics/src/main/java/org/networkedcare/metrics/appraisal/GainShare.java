package org.networkedcare.metrics.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A gain-share (and, with a floor, risk-share) schedule: how a named saving of a network option is
 * split, year by year, between the party that holds it and its partners.
 *
 * <p>The <b>saving</b> in year t, {@code s_t}, is the net of the named lines under the option
 * against the counterfactual: benefits less costs, in real pounds after every adjustment,
 * undiscounted (a cost line the option avoids is a saving; an overspend is a negative saving). The
 * lines are money lines of the option or of the counterfactual (a consortium's generated lines
 * included), by id.
 *
 * <p>The <b>shared amount</b> in year t is {@code x_t = min(cap, max(floor, e_t))} with {@code e_t
 * = sign(s_t) × max(|s_t| − threshold, 0)}: savings up to the threshold, and overspends up to it,
 * stay with the holder; above it, at most {@code cap} a year is shared (no cap when absent); an
 * overspend beyond the threshold is shared down to {@code floor} (a non-positive amount a year;
 * default 0, a pure gain-share). Each partner i receives {@code share_i × x_t} from the holder in
 * year t (pays it, when {@code x_t} is negative); the holder keeps {@code 1 − Σ share_i}. Payments
 * run in the schedule's years ({@code firstYear} default 0, {@code lastYear} default the last year
 * of the horizon).
 *
 * <p>Like a {@link Transfer}, a gain-share moves money between parties: it changes no network
 * total, and is a cost to one party and income to another in their positions, their draws in the
 * probabilistic analysis (shares, thresholds, caps and floors may be parameters, and the saving is
 * drawn with its lines) and the budget impact.
 *
 * <p>JSON: {@code {"id": "dna-gain-share", "option": "hub-and-host", "lines": ["dna-reduction"],
 * "holder": "host-a", "shares": {"centre": 0.5}, "threshold": 100000, "cap": 80000, "floor":
 * -40000, "firstYear": 1, "lastYear": 3}}.
 *
 * @param id the schedule's id, unique among the appraisal's transfers, gain-shares and rewards
 * @param option the id of the network option
 * @param lines the ids of the lines whose net is the saving
 * @param holder the party whose saving it is, who pays the partners their shares
 * @param shares each partner's share of the shared amount, in [0, 1], summing to at most 1
 * @param threshold the saving (and overspend) a year the holder keeps before any sharing, pounds,
 *     at least 0
 * @param cap the most shared a year, pounds, at least 0; none when empty
 * @param floor the most overspend shared a year, as a non-positive amount; 0 when empty
 * @param firstYear the first year of payments; default 0
 * @param lastYear the last year of payments; default the last year of the horizon
 * @param description what the schedule is
 */
public record GainShare(
    String id,
    String option,
    List<String> lines,
    String holder,
    Map<String, Quantity> shares,
    Quantity threshold,
    Optional<Quantity> cap,
    Optional<Quantity> floor,
    OptionalInt firstYear,
    OptionalInt lastYear,
    String description) {

  /**
   * Checks what can be checked without the rest of the appraisal.
   *
   * @param id the id
   * @param option the option
   * @param lines the lines of the saving
   * @param holder the holder
   * @param shares the partners' shares
   * @param threshold the threshold
   * @param cap the cap, if any
   * @param floor the floor, if any
   * @param firstYear the first year, if given
   * @param lastYear the last year, if given
   * @param description the description
   * @throws ValidationException with every problem, paths relative to the schedule
   */
  public GainShare {
    Problems p = Problems.collector();
    Settlement.checkNames(p, id, option);
    if (p.at("holder").required(holder)) {
      p.at("holder").check(!holder.isBlank(), "blank", "a holder is named");
    }
    if (p.at("lines").required(lines)) {
      lines = List.copyOf(lines);
      p.at("lines")
          .check(
              !lines.isEmpty(),
              "required",
              "a gain-share names at least one line whose net is the saving");
      p.at("lines")
          .check(
              lines.stream().distinct().count() == lines.size(),
              "duplicate",
              "a line is named twice");
    }
    if (p.at("shares").required(shares)) {
      shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
      p.at("shares")
          .check(
              !shares.isEmpty(),
              "required",
              "a gain-share names at least one partner and its share");
      BigDecimal fixed = BigDecimal.ZERO;
      for (Map.Entry<String, Quantity> e : shares.entrySet()) {
        if (holder != null) {
          p.at("shares")
              .at(e.getKey())
              .check(
                  !e.getKey().equals(holder),
                  "gain-share.holder",
                  "the holder keeps what the partners are not given; it has no share of its own");
        }
        Line.checkFraction(p.at("shares").at(e.getKey()), Optional.of(e.getValue()));
        if (e.getValue() instanceof Quantity.Fixed f) {
          fixed = fixed.add(f.value());
        }
      }
      p.at("shares")
          .check(
              fixed.compareTo(BigDecimal.ONE) <= 0,
              "range",
              "the partners' shares sum to at most 1, not " + fixed.toPlainString());
    }
    if (p.at("threshold").required(threshold) && threshold instanceof Quantity.Fixed f) {
      p.at("threshold")
          .check(
              f.value().signum() >= 0,
              "range",
              "the threshold is at least 0, not " + f.value().toPlainString());
    }
    if (p.at("cap").required(cap) && cap.isPresent() && cap.get() instanceof Quantity.Fixed f) {
      p.at("cap")
          .check(
              f.value().signum() >= 0,
              "range",
              "the cap is at least 0, not " + f.value().toPlainString());
    }
    if (p.at("floor").required(floor)
        && floor.isPresent()
        && floor.get() instanceof Quantity.Fixed f) {
      p.at("floor")
          .check(
              f.value().signum() <= 0,
              "range",
              "the floor is the most overspend shared a year, as an amount at most 0, not "
                  + f.value().toPlainString());
    }
    p.at("firstYear").required(firstYear);
    p.at("lastYear").required(lastYear);
    p.at("description").required(description);
    Settlement.checkYears(p, firstYear, lastYear);
    p.throwIfAny();
  }

  /**
   * {@return a gain-share read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<GainShare> fromJson(JsonValue value) {
    return value.object(GainShare::read);
  }

  private static Optional<GainShare> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> option = o.required("option", JsonValue::nonBlankText);
    List<String> lines = o.list("lines", JsonValue::nonBlankText);
    if (!o.has("lines")) {
      o.problems().at("lines").add("required", "the field 'lines' is required");
    }
    Optional<String> holder = o.required("holder", JsonValue::nonBlankText);
    Optional<Map<String, Quantity>> shares =
        o.required("shares", v -> v.map((name, x) -> Quantity.fromJson(x)));
    Optional<Quantity> threshold = o.optional("threshold", Quantity::fromJson);
    Optional<Quantity> cap = o.optional("cap", Quantity::fromJson);
    Optional<Quantity> floor = o.optional("floor", Quantity::fromJson);
    Optional<Integer> first = o.optional("firstYear", JsonValue::integer);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    Optional<String> description = o.optional("description", JsonValue::text);
    if (id.isEmpty() || option.isEmpty() || holder.isEmpty() || shares.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () ->
            new GainShare(
                id.get(),
                option.get(),
                lines,
                holder.get(),
                shares.get(),
                threshold.orElse(Quantity.of(0)),
                cap,
                floor,
                first.map(OptionalInt::of).orElse(OptionalInt.empty()),
                last.map(OptionalInt::of).orElse(OptionalInt.empty()),
                description.orElse("")));
  }

  /** {@return the schedule as JSON, in the form {@link #fromJson} reads} */
  public JsonNode toJson() {
    ObjectNode n = Json.object();
    n.put("id", id);
    n.put("option", option);
    ArrayNode l = n.putArray("lines");
    lines.forEach(l::add);
    n.put("holder", holder);
    ObjectNode s = n.putObject("shares");
    new TreeMap<>(shares).forEach((k, v) -> s.set(k, v.toJson()));
    n.set("threshold", threshold.toJson());
    cap.ifPresent(c -> n.set("cap", c.toJson()));
    floor.ifPresent(f -> n.set("floor", f.toJson()));
    firstYear.ifPresent(f -> n.put("firstYear", f));
    lastYear.ifPresent(x -> n.put("lastYear", x));
    if (!description.isEmpty()) {
      n.put("description", description);
    }
    return n;
  }
}
