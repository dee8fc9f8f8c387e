package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.escalation.EscalationRecord;
import org.networkedcare.governance.escalation.EscalationRoute;
import org.networkedcare.governance.escalation.EscalationRoute.Level;
import org.networkedcare.governance.escalation.Holder;
import org.networkedcare.governance.escalation.Holder.Party;
import org.networkedcare.governance.escalation.Trigger;
import org.networkedcare.governance.escalation.Trigger.Condition;
import org.networkedcare.governance.escalation.Trigger.Kind;
import org.networkedcare.governance.escalation.Trigger.Side;
import org.networkedcare.governance.escalation.Trigger.Signal;

/**
 * The JSON forms of escalation: routes and their levels' holders, triggers and red lines with their
 * conditions, and records of resolved escalations.
 *
 * <p>Stateless and thread-safe.
 */
final class EscalationJson {

  private EscalationJson() {}

  /**
   * Reads a route: {@code id} and {@code levels} (each {@code name}, {@code holder}, {@code
   * limitWorkingDays} and optional {@code mayDecide}). Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the route, or empty when a problem was recorded
   */
  static Optional<EscalationRoute> escalationRoute(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          List<Level> levels = o.list("levels", v -> v.object(EscalationJson::level));
          return o.buildAll(() -> new EscalationRoute(JsonObject.orMissing(id), levels));
        });
  }

  private static Optional<Level> level(JsonObject o) {
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<Holder> holder = o.required("holder", v -> v.object(EscalationJson::holder));
    Optional<Integer> limit = o.required("limitWorkingDays", JsonValue::integer);
    Optional<String> decide = o.optional("mayDecide", JsonValue::text);
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    return o.buildAll(
        () ->
            new Level(
                JsonObject.orMissing(name),
                JsonObject.orMissing(holder),
                limit.get(),
                decide.orElse("")));
  }

  private static Optional<Holder> holder(JsonObject o) {
    if (o.has("post") && !o.has("party")) {
      Optional<String> post = o.required("post", JsonValue::nonBlankText);
      return post.flatMap(p -> o.buildAll(() -> Holder.post(p)));
    }
    Optional<Party> party =
        o.required("party", v -> v.oneOf(Identifiers.of(Party.values(), Party::id)));
    Optional<String> role = o.required("role", JsonValue::nonBlankText);
    Optional<OdsCode> org = o.optional("organisation", OrganisationJson::odsCode);
    return o.buildAll(
        () -> new Holder(JsonObject.orMissing(party), JsonObject.orMissing(role), org));
  }

  /**
   * {@return a holder as JSON: a post by its identifier, any other by party, role and organisation}
   *
   * @param holder the holder
   */
  static JsonNode write(Holder holder) {
    ObjectNode node = Json.object();
    if (holder.party() == Party.POST) {
      node.put("post", holder.post().orElseThrow());
      return node;
    }
    node.put("party", holder.party().id());
    node.put("role", holder.role());
    holder.organisation().ifPresent(o -> node.put("organisation", o.value()));
    return node;
  }

  /**
   * {@return a route as JSON}
   *
   * @param route the route
   */
  static JsonNode write(EscalationRoute route) {
    ObjectNode node = Json.object();
    node.put("id", route.id());
    var array = node.putArray("levels");
    for (Level l : route.levels()) {
      ObjectNode o = array.addObject();
      o.put("name", l.name());
      o.set("holder", write(l.holder()));
      o.put("limitWorkingDays", l.limitWorkingDays());
      o.put("mayDecide", l.mayDecide());
    }
    return node;
  }

  /**
   * Reads a record of a resolved escalation: {@code agreement}, {@code trigger}, {@code site},
   * {@code resolvedOn} and optional {@code note}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the record, or empty when a problem was recorded
   */
  static Optional<EscalationRecord> escalationRecord(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> agreement = o.required("agreement", JsonValue::nonBlankText);
          Optional<String> trigger = o.required("trigger", JsonValue::nonBlankText);
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          Optional<LocalDate> resolved = o.required("resolvedOn", JsonValue::date);
          Optional<String> note = o.optional("note", JsonValue::text);
          return o.buildAll(
              () ->
                  new EscalationRecord(
                      JsonObject.orMissing(agreement),
                      JsonObject.orMissing(trigger),
                      JsonObject.orMissing(site),
                      JsonObject.orMissing(resolved),
                      note));
        });
  }

  /**
   * {@return a record as JSON}
   *
   * @param record the record
   */
  static JsonNode write(EscalationRecord record) {
    ObjectNode node = Json.object();
    node.put("agreement", record.agreement());
    node.put("trigger", record.trigger());
    node.put("site", record.site().value());
    node.put("resolvedOn", record.resolvedOn().toString());
    record.note().ifPresent(n -> node.put("note", n));
    return node;
  }

  /**
   * Reads a trigger, or a red line from an agreement's {@code redLines} list: a red line names a
   * {@code consequence} and no {@code severity}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @param redLine whether it is read from the {@code redLines} list
   * @return the trigger, or empty when a problem was recorded
   */
  static Optional<Trigger> trigger(JsonValue value, boolean redLine) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
          List<OdsCode> sites = o.list("sites", OrganisationJson::odsCode);
          Optional<Condition> condition =
              o.required("condition", v -> v.object(EscalationJson::condition));
          Optional<String> severity =
              redLine ? Optional.empty() : o.required("severity", JsonValue::nonBlankText);
          Optional<Integer> level = o.optional("level", JsonValue::integer);
          Optional<String> consequence =
              redLine ? o.required("consequence", JsonValue::nonBlankText) : Optional.empty();
          Optional<Integer> clear = o.optional("clearAfter", JsonValue::integer);
          if (redLine && consequence.isEmpty()) {
            return Optional.empty();
          }
          return o.buildAll(
              () ->
                  new Trigger(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(measure),
                      sites,
                      JsonObject.orMissing(condition),
                      severity,
                      level.map(OptionalInt::of).orElse(OptionalInt.empty()),
                      consequence,
                      clear.map(OptionalInt::of).orElse(OptionalInt.empty())));
        });
  }

  private static Optional<Condition> condition(JsonObject o) {
    Optional<Kind> kind = o.required("type", v -> v.oneOf(Identifiers.of(Kind.values(), Kind::id)));
    Optional<Side> side = o.optional("side", v -> v.oneOf(Identifiers.of(Side.values(), Side::id)));
    Optional<BigDecimal> value = o.optional("value", JsonValue::decimal);
    Optional<Integer> periods = o.optional("periods", JsonValue::integer);
    Optional<Signal> signal =
        o.optional("signal", v -> v.oneOf(Identifiers.of(Signal.values(), Signal::id)));
    return o.buildAll(
        () -> new Condition(JsonObject.orMissing(kind), side, value, periods.orElse(1), signal));
  }

  /**
   * {@return a trigger or red line as JSON}
   *
   * @param trigger the trigger
   */
  static JsonNode write(Trigger trigger) {
    ObjectNode node = Json.object();
    node.put("id", trigger.id());
    node.put("measure", trigger.measure());
    var s = node.putArray("sites");
    trigger.sites().forEach(x -> s.add(x.value()));
    node.set("condition", write(trigger.condition()));
    trigger.severity().ifPresent(x -> node.put("severity", x));
    trigger.level().ifPresent(x -> node.put("level", x));
    trigger.consequence().ifPresent(x -> node.put("consequence", x));
    trigger.clearAfter().ifPresent(x -> node.put("clearAfter", x));
    return node;
  }

  private static JsonNode write(Condition condition) {
    ObjectNode node = Json.object();
    node.put("type", condition.kind().id());
    condition.side().ifPresent(s -> node.put("side", s.id()));
    condition.threshold().ifPresent(v -> node.put("value", v));
    node.put("periods", condition.periods());
    condition.signal().ifPresent(s -> node.put("signal", s.id()));
    return node;
  }
}
