package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.decision.Decision;
import org.networkedcare.governance.decision.DecisionAction;
import org.networkedcare.governance.decision.DecisionMaker;
import org.networkedcare.governance.decision.DecisionOutcome;
import org.networkedcare.governance.decision.ItemRef;
import org.networkedcare.governance.decision.Waiver;

/**
 * The JSON form of decisions and waivers (schema {@code governance-document.schema.json}, {@code
 * decisions} and {@code waivers}); problems are recorded at their JSON pointers, every one at once.
 * Stateless and thread-safe.
 *
 * <p>Decision: {@code {"id": "DEC-1", "decidedBy": {"organisation": "RCE", "role": "network board",
 * "body": "board"} | {"post": "medical-director"}, "date": "2025-03-25", "about": {"kind":
 * "red-line", "agreement": "A2", "trigger": "R1", "site": "RHB01"} | {"kind": "risk", "id":
 * "RISK-1"}, "outcome": "act", "actions": [{"id": "1", "description": "...", "owner": Actor (with
 * "post", the owning post's id, if named), "due": "2025-04-30", "status": "done", "completed":
 * "2025-04-28"}], "note": "..."}}.
 *
 * <p>Waiver: {@code {"id": "W1", "rule": "baseline-before-transfer", "agreement": "A1", "measure":
 * "rtt-18wk", "site": "RHA01", "approvedBy": ..., "reason": "...", "from": "2025-01-01", "until":
 * "2025-12-31"}}; a grid cell's local variation names "guidance" and "recommendation" instead of
 * the measure.
 */
final class DecisionJson {

  private DecisionJson() {}

  /**
   * {@return a decision read from JSON}
   *
   * @param value the JSON value
   */
  static Optional<Decision> decision(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<DecisionMaker> by = o.required("decidedBy", DecisionJson::maker);
          Optional<LocalDate> date = o.required("date", JsonValue::date);
          Optional<ItemRef> about = o.required("about", DecisionJson::item);
          Optional<DecisionOutcome> outcome =
              o.required("outcome", v -> v.oneOf(DecisionOutcome.byId()));
          List<DecisionAction> actions = o.list("actions", DecisionJson::action);
          Optional<String> note = o.optional("note", JsonValue::text);
          return o.buildAll(
              () ->
                  new Decision(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(by),
                      JsonObject.orMissing(date),
                      JsonObject.orMissing(about),
                      JsonObject.orMissing(outcome),
                      actions,
                      note));
        });
  }

  /**
   * {@return a waiver read from JSON}
   *
   * @param value the JSON value
   */
  static Optional<Waiver> waiver(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<Waiver.Rule> rule = o.required("rule", v -> v.oneOf(Waiver.Rule.byId()));
          Optional<String> agreement = o.required("agreement", JsonValue::nonBlankText);
          Optional<String> measure = o.optional("measure", JsonValue::nonBlankText);
          Optional<OdsCode> site = o.optional("site", OrganisationJson::odsCode);
          Optional<String> guidance = o.optional("guidance", JsonValue::nonBlankText);
          Optional<String> recommendation = o.optional("recommendation", JsonValue::nonBlankText);
          Optional<DecisionMaker> by = o.required("approvedBy", DecisionJson::maker);
          Optional<String> reason = o.required("reason", JsonValue::nonBlankText);
          Optional<LocalDate> from = o.required("from", JsonValue::date);
          Optional<LocalDate> until = o.required("until", JsonValue::date);
          return o.buildAll(
              () ->
                  new Waiver(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(rule),
                      JsonObject.orMissing(agreement),
                      measure,
                      site,
                      guidance,
                      recommendation,
                      JsonObject.orMissing(by),
                      JsonObject.orMissing(reason),
                      JsonObject.orMissing(from),
                      JsonObject.orMissing(until)));
        });
  }

  private static Optional<DecisionMaker> maker(JsonValue value) {
    if (value.node().isObject() && value.node().has("post")) {
      return value.object(
          o -> {
            Optional<String> post = o.required("post", JsonValue::nonBlankText);
            return post.flatMap(p -> o.build(() -> DecisionMaker.post(p)));
          });
    }
    if (value.node().isObject() && value.node().has("body")) {
      return value.object(
          o -> {
            Optional<OdsCode> org = o.required("organisation", OrganisationJson::odsCode);
            Optional<String> role = o.required("role", JsonValue::nonBlankText);
            Optional<String> body = o.required("body", JsonValue::nonBlankText);
            return o.buildAll(
                () ->
                    new DecisionMaker(
                        Optional.of(
                            new Actor(JsonObject.orMissing(org), JsonObject.orMissing(role))),
                        Optional.empty(),
                        body));
          });
    }
    return GovernanceJson.actor(value).map(DecisionMaker::body);
  }

  private static Optional<ItemRef> item(JsonValue value) {
    return value.object(
        o -> {
          Optional<ItemRef.Kind> kind = o.required("kind", v -> v.oneOf(ItemRef.Kind.byId()));
          Optional<String> agreement = o.optional("agreement", JsonValue::nonBlankText);
          Optional<String> trigger = o.optional("trigger", JsonValue::nonBlankText);
          Optional<OdsCode> site = o.optional("site", OrganisationJson::odsCode);
          Optional<String> id = o.optional("id", JsonValue::nonBlankText);
          return o.buildAll(
              () -> new ItemRef(JsonObject.orMissing(kind), agreement, trigger, site, id));
        });
  }

  private static Optional<DecisionAction> action(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> description = o.optional("description", JsonValue::text);
          Optional<Actor> owner = o.required("owner", DecisionJson::owner);
          Optional<String> post =
              value.node().path("owner").isObject() && value.node().path("owner").has("post")
                  ? Optional.ofNullable(value.node().path("owner").path("post").textValue())
                  : Optional.empty();
          Optional<LocalDate> due = o.required("due", JsonValue::date);
          Optional<DecisionAction.Status> status =
              o.required("status", v -> v.oneOf(DecisionAction.Status.byId()));
          Optional<LocalDate> completed = o.optional("completed", JsonValue::date);
          return o.buildAll(
              () ->
                  new DecisionAction(
                      JsonObject.orMissing(id),
                      description.orElse(""),
                      JsonObject.orMissing(owner),
                      JsonObject.orMissing(due),
                      JsonObject.orMissing(status),
                      completed,
                      post));
        });
  }

  /** An action's owner: a role at an organisation, with the owning post's id if named. */
  private static Optional<Actor> owner(JsonValue value) {
    if (value.node().isObject() && value.node().has("post")) {
      return value.object(
          o -> {
            Optional<OdsCode> org = o.required("organisation", OrganisationJson::odsCode);
            Optional<String> role = o.required("role", JsonValue::nonBlankText);
            o.required("post", JsonValue::nonBlankText);
            return o.buildAll(
                () -> new Actor(JsonObject.orMissing(org), JsonObject.orMissing(role)));
          });
    }
    return GovernanceJson.actor(value);
  }

  /**
   * {@return a decision as JSON; read back, it gives an equal decision}
   *
   * @param d the decision
   */
  static JsonNode write(Decision d) {
    ObjectNode node = Json.object();
    node.put("id", d.id());
    node.set("decidedBy", write(d.decidedBy()));
    node.put("date", d.date().toString());
    ObjectNode about = node.putObject("about");
    about.put("kind", d.about().kind().id());
    d.about().agreement().ifPresent(a -> about.put("agreement", a));
    d.about().trigger().ifPresent(t -> about.put("trigger", t));
    d.about().site().ifPresent(s -> about.put("site", s.value()));
    d.about().id().ifPresent(i -> about.put("id", i));
    node.put("outcome", d.outcome().id());
    ArrayNode actions = node.putArray("actions");
    for (DecisionAction a : d.actions()) {
      ObjectNode x = actions.addObject();
      x.put("id", a.id());
      x.put("description", a.description());
      ObjectNode owner = (ObjectNode) GovernanceJson.write(a.owner());
      a.ownerPost().ifPresent(p -> owner.put("post", p));
      x.set("owner", owner);
      x.put("due", a.due().toString());
      x.put("status", a.status().id());
      a.completed().ifPresent(c -> x.put("completed", c.toString()));
    }
    d.note().ifPresent(n -> node.put("note", n));
    return node;
  }

  /**
   * {@return a waiver as JSON; read back, it gives an equal waiver}
   *
   * @param w the waiver
   */
  static JsonNode write(Waiver w) {
    ObjectNode node = Json.object();
    node.put("id", w.id());
    node.put("rule", w.rule().id());
    node.put("agreement", w.agreement());
    w.measure().ifPresent(m -> node.put("measure", m));
    w.site().ifPresent(s -> node.put("site", s.value()));
    w.guidance().ifPresent(g -> node.put("guidance", g));
    w.recommendation().ifPresent(r -> node.put("recommendation", r));
    node.set("approvedBy", write(w.approvedBy()));
    node.put("reason", w.reason());
    node.put("from", w.from().toString());
    node.put("until", w.until().toString());
    return node;
  }

  private static JsonNode write(DecisionMaker m) {
    if (m.body().isPresent()) {
      ObjectNode node = (ObjectNode) GovernanceJson.write(m.body().get());
      m.bodyId().ifPresent(b -> node.put("body", b));
      return node;
    }
    ObjectNode node = Json.object();
    node.put("post", m.post().orElseThrow());
    return node;
  }
}
