package org.networkedcare.metrics.json;

import static org.networkedcare.metrics.json.AppraisalPartsJson.putIfNotEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.networkedcare.core.DateRange;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.ValueJson;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.metrics.appraisal.BenefitObservation;
import org.networkedcare.metrics.appraisal.GainShare;
import org.networkedcare.metrics.appraisal.JointPurchasing;
import org.networkedcare.metrics.appraisal.Quantity;
import org.networkedcare.metrics.appraisal.Reward;
import org.networkedcare.metrics.appraisal.Transfer;
import org.networkedcare.metrics.purchasing.Consortium;
import org.networkedcare.metrics.purchasing.PriceSchedule;

/**
 * The JSON form of what an appraisal's partners agree and observe: benefits observed, transfers,
 * gain-shares, rewards and joint purchasing, in the form {@code docs/appraisal.md} describes. Each
 * reader reports every problem at its JSON pointer; each writer gives the form its reader reads.
 * Stateless and thread-safe.
 */
final class AppraisalTermsJson {
  private AppraisalTermsJson() {}

  /** The fields of a one-period gain-share that a gain-share with a schedule gives per period. */
  private static final String[] FLAT = {
    "shares", "threshold", "cap", "floor", "firstYear", "lastYear"
  };

  static Optional<BenefitObservation> observation(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> option = o.optional("option", JsonValue::nonBlankText);
          Optional<String> line = o.required("line", JsonValue::nonBlankText);
          Optional<DateRange> period = o.required("period", ValueJson::closedDateRange);
          Optional<BigDecimal> val = o.required("value", JsonValue::decimal);
          Optional<Long> count = o.optional("count", JsonValue::wholeLong);
          Optional<String> source = o.required("source", JsonValue::nonBlankText);
          Optional<LocalDate> captured = o.required("capturedOn", JsonValue::date);
          if (line.isEmpty()
              || period.isEmpty()
              || val.isEmpty()
              || source.isEmpty()
              || captured.isEmpty()) {
            return Optional.empty();
          }
          return o.build(
              () ->
                  new BenefitObservation(
                      option,
                      line.get(),
                      period.get(),
                      val.get(),
                      count,
                      source.get(),
                      captured.get()));
        });
  }

  static JsonNode write(BenefitObservation observation) {
    ObjectNode node = Json.object();
    observation.option().ifPresent(x -> node.put("option", x));
    node.put("line", observation.line());
    ObjectNode p = node.putObject("period");
    p.put("from", observation.period().from().toString());
    observation.period().to().ifPresent(t -> p.put("to", t.toString()));
    node.put("value", observation.value());
    observation.count().ifPresent(c -> node.put("count", c));
    node.put("source", observation.source());
    node.put("capturedOn", observation.capturedOn().toString());
    return node;
  }

  static Optional<Transfer> transfer(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> option = o.required("option", JsonValue::nonBlankText);
          Optional<String> payer = o.required("payer", JsonValue::nonBlankText);
          Optional<String> receiver = o.required("receiver", JsonValue::nonBlankText);
          Optional<Quantity> amount = o.optional("amount", AppraisalPartsJson::quantity);
          List<Quantity> profile = o.list("profile", AppraisalPartsJson::quantity);
          Optional<Integer> first = o.optional("firstYear", JsonValue::integer);
          Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
          Optional<String> prices = o.optional("prices", JsonValue::nonBlankText);
          Optional<Quantity> indexation = o.optional("indexation", AppraisalPartsJson::quantity);
          Optional<String> flow = o.optional("flow", JsonValue::nonBlankText);
          Optional<String> description = o.optional("description", JsonValue::text);
          if (id.isEmpty() || option.isEmpty() || payer.isEmpty() || receiver.isEmpty()) {
            return Optional.empty();
          }
          return o.build(
              () ->
                  new Transfer(
                      id.get(),
                      option.get(),
                      payer.get(),
                      receiver.get(),
                      amount,
                      profile,
                      optionalInt(first),
                      optionalInt(last),
                      prices.orElse("real"),
                      indexation,
                      flow,
                      description.orElse("")));
        });
  }

  static JsonNode write(Transfer transfer) {
    ObjectNode n = Json.object();
    n.put("id", transfer.id());
    n.put("option", transfer.option());
    n.put("payer", transfer.payer());
    n.put("receiver", transfer.receiver());
    transfer.amount().ifPresent(a -> n.set("amount", write(a)));
    if (!transfer.profile().isEmpty()) {
      ArrayNode a = n.putArray("profile");
      transfer.profile().forEach(q -> a.add(write(q)));
    }
    transfer.firstYear().ifPresent(f -> n.put("firstYear", f));
    transfer.lastYear().ifPresent(l -> n.put("lastYear", l));
    n.put("prices", transfer.prices());
    transfer.indexation().ifPresent(i -> n.set("indexation", write(i)));
    transfer.flow().ifPresent(f -> n.put("flow", f));
    putIfNotEmpty(n, "description", transfer.description());
    return n;
  }

  static Optional<GainShare> gainShare(JsonValue value) {
    return value.object(AppraisalTermsJson::readGainShare);
  }

  private static Optional<GainShare> readGainShare(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> option = o.required("option", JsonValue::nonBlankText);
    List<String> lines = o.list("lines", JsonValue::nonBlankText);
    if (!o.has("lines")) {
      o.problems().at("lines").add("required", "the field 'lines' is required");
    }
    Optional<String> holder = o.required("holder", JsonValue::nonBlankText);
    Optional<String> description = o.optional("description", JsonValue::text);
    Optional<List<GainShare.Period>> schedule;
    if (o.has("schedule")) {
      for (String name : FLAT) {
        if (o.has(name)) {
          o.problems()
              .at(name)
              .add(
                  "gain-share.form",
                  "a gain-share with a schedule gives '"
                      + name
                      + "' in each period of the schedule, not on the gain-share");
        }
      }
      schedule = o.required("schedule", v -> periods(v, holder));
    } else {
      schedule = period(o, holder).map(List::of);
    }
    if (id.isEmpty() || option.isEmpty() || holder.isEmpty() || schedule.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () ->
            new GainShare(
                id.get(),
                option.get(),
                lines,
                holder.get(),
                schedule.get(),
                description.orElse("")));
  }

  private static Optional<List<GainShare.Period>> periods(JsonValue v, Optional<String> holder) {
    Optional<List<GainShare.Period>> rows = v.list(x -> x.object(r -> period(r, holder)));
    if (rows.isEmpty() || rows.get().size() != v.node().size()) {
      return Optional.empty(); // not an array, or a period reported its problems
    }
    if (!v.problems()
        .check(
            rows.get().size() >= 2,
            "gain-share.schedule",
            "a schedule has at least two periods; one period is written flat on the gain-share"
                + " (shares, threshold, cap, floor, firstYear, lastYear)")) {
      return Optional.empty();
    }
    return rows;
  }

  private static Optional<GainShare.Period> period(JsonObject o, Optional<String> holder) {
    Optional<Map<String, Quantity>> shares =
        o.required("shares", v -> v.map((name, x) -> AppraisalPartsJson.quantity(x)));
    Optional<Quantity> threshold = o.optional("threshold", AppraisalPartsJson::quantity);
    Optional<Quantity> cap = o.optional("cap", AppraisalPartsJson::quantity);
    Optional<Quantity> floor = o.optional("floor", AppraisalPartsJson::quantity);
    Optional<Integer> first = o.optional("firstYear", JsonValue::integer);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    Problems holderProblems = Problems.collector();
    holder.ifPresent(h -> GainShare.checkHolder(holderProblems, h, shares.get()));
    o.problems().addAll(holderProblems.list());
    Optional<GainShare.Period> period =
        o.build(
            () ->
                new GainShare.Period(
                    optionalInt(first),
                    optionalInt(last),
                    shares.get(),
                    threshold.orElse(Quantity.of(0)),
                    cap,
                    floor));
    return holderProblems.isEmpty() ? period : Optional.empty();
  }

  /** Flat for one period, else with a {@code schedule}. */
  static JsonNode write(GainShare share) {
    ObjectNode n = Json.object();
    n.put("id", share.id());
    n.put("option", share.option());
    ArrayNode l = n.putArray("lines");
    share.lines().forEach(l::add);
    n.put("holder", share.holder());
    if (share.schedule().size() == 1) {
      write(share.schedule().get(0), n);
    } else {
      ArrayNode rows = n.putArray("schedule");
      share.schedule().forEach(r -> write(r, rows.addObject()));
    }
    putIfNotEmpty(n, "description", share.description());
    return n;
  }

  private static void write(GainShare.Period period, ObjectNode n) {
    period.firstYear().ifPresent(f -> n.put("firstYear", f));
    period.lastYear().ifPresent(x -> n.put("lastYear", x));
    ObjectNode s = n.putObject("shares");
    new TreeMap<>(period.shares()).forEach((k, v) -> s.set(k, write(v)));
    n.set("threshold", write(period.threshold()));
    period.cap().ifPresent(c -> n.set("cap", write(c)));
    period.floor().ifPresent(f -> n.set("floor", write(f)));
  }

  static Optional<Reward> reward(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> option = o.required("option", JsonValue::nonBlankText);
          Optional<String> payer = o.required("payer", JsonValue::nonBlankText);
          Optional<String> receiver = o.required("receiver", JsonValue::nonBlankText);
          Optional<String> line = o.required("line", JsonValue::nonBlankText);
          Optional<Quantity> target = o.required("target", AppraisalPartsJson::quantity);
          Optional<Quantity> amount = o.optional("amount", AppraisalPartsJson::quantity);
          Optional<Quantity> share = o.optional("shareOfBenefit", AppraisalPartsJson::quantity);
          Optional<Integer> first = o.optional("firstYear", JsonValue::integer);
          Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
          Optional<String> description = o.optional("description", JsonValue::text);
          if (id.isEmpty()
              || option.isEmpty()
              || payer.isEmpty()
              || receiver.isEmpty()
              || line.isEmpty()
              || target.isEmpty()) {
            return Optional.empty();
          }
          return o.build(
              () ->
                  new Reward(
                      id.get(),
                      option.get(),
                      payer.get(),
                      receiver.get(),
                      line.get(),
                      target.get(),
                      amount,
                      share,
                      optionalInt(first),
                      optionalInt(last),
                      description.orElse("")));
        });
  }

  static JsonNode write(Reward reward) {
    ObjectNode n = Json.object();
    n.put("id", reward.id());
    n.put("option", reward.option());
    n.put("payer", reward.payer());
    n.put("receiver", reward.receiver());
    n.put("line", reward.line());
    n.set("target", write(reward.target()));
    reward.amount().ifPresent(a -> n.set("amount", write(a)));
    reward.shareOfBenefit().ifPresent(s -> n.set("shareOfBenefit", write(s)));
    reward.firstYear().ifPresent(f -> n.put("firstYear", f));
    reward.lastYear().ifPresent(x -> n.put("lastYear", x));
    putIfNotEmpty(n, "description", reward.description());
    return n;
  }

  static Optional<JointPurchasing> jointPurchasing(JsonValue value) {
    return value.object(AppraisalTermsJson::readJointPurchasing);
  }

  private static Optional<JointPurchasing> readJointPurchasing(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> option = o.required("option", JsonValue::nonBlankText);
    Optional<Integer> grade = o.required("dataQuality", JsonValue::integer);
    int first = o.optional("firstYear", JsonValue::integer).orElse(1);
    Optional<Integer> last = o.optional("lastYear", JsonValue::integer);
    PriceSchedule.Pricing pricing =
        o.optional("pricing", x -> x.oneOf(PurchasingJson.PRICING))
            .orElse(PriceSchedule.Pricing.ALL_UNITS);
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

  static JsonNode write(JointPurchasing purchasing) {
    ObjectNode node = Json.object();
    node.put("id", purchasing.id());
    node.put("option", purchasing.option());
    node.put("dataQuality", purchasing.dataQuality());
    node.put("firstYear", purchasing.firstYear());
    purchasing.lastYear().ifPresent(l -> node.put("lastYear", l));
    PriceSchedule s = purchasing.item().schedule();
    node.put(
        "pricing", s.pricing() == PriceSchedule.Pricing.ALL_UNITS ? "all-units" : "incremental");
    node.put("optOutSurchargePercent", s.optOutSurchargePercent());
    ArrayNode t = node.putArray("tiers");
    s.tiers()
        .forEach(x -> t.addObject().put("fromVolume", x.minimum()).put("unitPrice", x.unitPrice()));
    ArrayNode m = node.putArray("members");
    purchasing
        .item()
        .quantities()
        .forEach(x -> m.addObject().put("organisation", x.member()).put("volume", x.quantity()));
    return node;
  }

  private static JsonNode write(Quantity quantity) {
    return AppraisalPartsJson.write(quantity);
  }

  private static OptionalInt optionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }
}
