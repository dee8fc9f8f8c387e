package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.risk.RiskEntry;
import org.networkedcare.governance.risk.RiskEntry.Objective;
import org.networkedcare.governance.risk.RiskEntry.Owner;
import org.networkedcare.governance.risk.RiskScore;

/**
 * The JSON forms of the risk register: an entry and its scores ({@code {"consequence": 4,
 * "likelihood": 3}}).
 *
 * <p>Stateless and thread-safe.
 */
final class RiskJson {

  private RiskJson() {}

  /**
   * Reads a score: {@code consequence} and {@code likelihood}, integers 1 to 5 ({@code
   * risk.score}).
   *
   * @param value the JSON value
   * @return the score, or empty when a problem was recorded
   */
  static Optional<RiskScore> riskScore(JsonValue value) {
    return value.object(
        o -> {
          Optional<Integer> c = o.required("consequence", JsonValue::integer);
          Optional<Integer> l = o.required("likelihood", JsonValue::integer);
          if (c.isEmpty() || l.isEmpty()) {
            return Optional.empty();
          }
          return o.build(() -> new RiskScore(c.get(), l.get()));
        });
  }

  /**
   * {@return a score as JSON: {@code consequence} and {@code likelihood}}
   *
   * @param score the score
   */
  static JsonNode write(RiskScore score) {
    ObjectNode node = Json.object();
    node.put("consequence", score.consequence());
    node.put("likelihood", score.likelihood());
    return node;
  }

  /**
   * Reads an entry of the register; {@code owner} and {@code owners} (with shares) are exclusive
   * ({@code risk.shares}). Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the entry, or empty when a problem was recorded
   */
  static Optional<RiskEntry> riskEntry(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> title = o.required("title", JsonValue::nonBlankText);
          Optional<Objective> objective =
              o.required(
                  "objective",
                  v ->
                      v.object(
                          ob -> {
                            Optional<String> oid = ob.required("id", JsonValue::nonBlankText);
                            Optional<String> kind = ob.required("kind", JsonValue::nonBlankText);
                            Optional<Integer> appetite =
                                ob.optional("appetite", JsonValue::integer);
                            return ob.buildAll(
                                () ->
                                    new Objective(
                                        JsonObject.orMissing(oid),
                                        JsonObject.orMissing(kind),
                                        appetite.map(OptionalInt::of).orElse(OptionalInt.empty())));
                          }));
          Optional<String> domain = o.required("domain", JsonValue::nonBlankText);
          List<Owner> owners = new ArrayList<>();
          if (o.has("owners")) {
            o.problems()
                .at("owner")
                .check(!o.has("owner"), "risk.shares", "give owner or owners, not both");
            owners.addAll(
                o.list(
                    "owners",
                    v ->
                        v.object(
                            w -> {
                              Optional<BigDecimal> share = w.required("share", JsonValue::decimal);
                              Optional<OdsCode> org =
                                  w.required("organisation", OrganisationJson::odsCode);
                              Optional<String> role = w.required("role", JsonValue::nonBlankText);
                              return w.buildAll(
                                  () ->
                                      new Owner(
                                          new Actor(
                                              JsonObject.orMissing(org),
                                              JsonObject.orMissing(role)),
                                          JsonObject.orMissing(share)));
                            })));
          } else {
            o.required("owner", GovernanceJson::actor)
                .ifPresent(a -> owners.add(new Owner(a, BigDecimal.ONE)));
          }
          List<String> controls = o.list("controls", JsonValue::text);
          List<String> assurances = o.list("assurances", JsonValue::text);
          List<String> gaps = o.list("gaps", JsonValue::text);
          Optional<RiskScore> initial = o.required("initial", RiskJson::riskScore);
          Optional<RiskScore> current = o.required("current", RiskJson::riskScore);
          Optional<RiskScore> target = o.required("target", RiskJson::riskScore);
          Optional<LocalDate> reviewed = o.required("lastReviewed", JsonValue::date);
          return o.buildAll(
              () ->
                  new RiskEntry(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(title),
                      JsonObject.orMissing(objective),
                      JsonObject.orMissing(domain),
                      owners,
                      controls,
                      assurances,
                      gaps,
                      JsonObject.orMissing(initial),
                      JsonObject.orMissing(current),
                      JsonObject.orMissing(target),
                      JsonObject.orMissing(reviewed)));
        });
  }

  /**
   * {@return an entry as JSON; a sole owner with the whole share is written as {@code owner}}
   *
   * @param entry the entry
   */
  static JsonNode write(RiskEntry entry) {
    ObjectNode node = Json.object();
    node.put("id", entry.id());
    node.put("title", entry.title());
    ObjectNode o = node.putObject("objective");
    o.put("id", entry.objective().id());
    o.put("kind", entry.objective().kind());
    entry.objective().appetite().ifPresent(a -> o.put("appetite", a));
    node.put("domain", entry.domain());
    List<Owner> owners = entry.owners();
    if (owners.size() == 1 && owners.get(0).share().compareTo(BigDecimal.ONE) == 0) {
      node.set("owner", GovernanceJson.write(entry.owner()));
    } else {
      var list = node.putArray("owners");
      for (Owner w : owners) {
        ObjectNode n = (ObjectNode) GovernanceJson.write(w.actor());
        n.put("share", w.share());
        list.add(n);
      }
    }
    entry.controls().forEach(node.putArray("controls")::add);
    entry.assurances().forEach(node.putArray("assurances")::add);
    entry.gaps().forEach(node.putArray("gaps")::add);
    node.set("initial", write(entry.initial()));
    node.set("current", write(entry.current()));
    node.set("target", write(entry.target()));
    node.put("lastReviewed", entry.lastReviewed().toString());
    return node;
  }
}
