package org.networkedcare.governance.risk;

import org.networkedcare.core.json.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * An entry of the risk register.
 *
 * <p>JSON: {@code {"id": "RISK-1", "title": "...", "objective": {"id": "access", "kind":
 * "operational", "appetite": 10}, "domain": "service delivery", "owner": Actor, "controls": [...],
 * "assurances": [...], "gaps": [...], "initial": RiskScore, "current": RiskScore, "target":
 * RiskScore, "lastReviewed": "2024-07-31"}}.
 *
 * @param id the risk's identifier
 * @param title what the risk is
 * @param objective the objective it threatens
 * @param domain the consequence domain
 * @param owner who owns it
 * @param controls the controls in place
 * @param assurances the assurances on the controls
 * @param gaps the gaps in control or assurance
 * @param initial the initial score
 * @param current the current score
 * @param target the target score, not above the current
 * @param lastReviewed the last review
 */
public record RiskEntry(
    String id,
    String title,
    Objective objective,
    String domain,
    Actor owner,
    List<String> controls,
    List<String> assurances,
    List<String> gaps,
    RiskScore initial,
    RiskScore current,
    RiskScore target,
    LocalDate lastReviewed) {

  /**
   * The objective a risk threatens, with its appetite when one is set.
   *
   * @param id the objective's identifier
   * @param kind {@code strategic} or {@code operational}
   * @param appetite the greatest score accepted, if set
   */
  public record Objective(String id, String kind, OptionalInt appetite) {

    /**
     * Checks the objective: the kind is strategic or operational ({@code risk.objective}).
     *
     * @param id the identifier
     * @param kind the kind
     * @param appetite the appetite, if set
     */
    public Objective {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      if (problems.at("kind").required(kind)) {
        problems.at("kind").check(kind.equals("strategic") || kind.equals("operational"), "risk.objective", "an objective is strategic or operational");
      }
      problems.at("appetite").required(appetite);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the entry: parts present; the target score not above the current ({@code risk.target}).
   *
   * @param id the identifier
   * @param title the title
   * @param objective the objective
   * @param domain the domain
   * @param owner the owner
   * @param controls the controls
   * @param assurances the assurances
   * @param gaps the gaps
   * @param initial the initial score
   * @param current the current score
   * @param target the target score
   * @param lastReviewed the last review
   */
  public RiskEntry {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("title").required(title);
    problems.at("objective").required(objective);
    problems.at("domain").required(domain);
    problems.at("owner").required(owner);
    controls = problems.at("controls").required(controls) ? List.copyOf(controls) : controls;
    assurances = problems.at("assurances").required(assurances) ? List.copyOf(assurances) : assurances;
    gaps = problems.at("gaps").required(gaps) ? List.copyOf(gaps) : gaps;
    problems.at("initial").required(initial);
    boolean scores = problems.at("current").required(current) & problems.at("target").required(target);
    if (scores) {
      problems
          .at("target")
          .check(target.score() <= current.score(), "risk.target", "the target score " + target.score() + " is above the current score " + current.score());
    }
    problems.at("lastReviewed").required(lastReviewed);
    problems.throwIfAny();
  }

  /**
   * {@return an entry read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<RiskEntry> fromJson(JsonValue value) {
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
                            Optional<Integer> appetite = ob.optional("appetite", JsonValue::integer);
                            return ob.buildAll(
                                () -> new Objective(oid.orElse(null), kind.orElse(null), appetite.map(OptionalInt::of).orElse(OptionalInt.empty())));
                          }));
          Optional<String> domain = o.required("domain", JsonValue::nonBlankText);
          Optional<Actor> owner = o.required("owner", Actor::fromJson);
          List<String> controls = o.list("controls", JsonValue::text);
          List<String> assurances = o.list("assurances", JsonValue::text);
          List<String> gaps = o.list("gaps", JsonValue::text);
          Optional<RiskScore> initial = o.required("initial", RiskScore::fromJson);
          Optional<RiskScore> current = o.required("current", RiskScore::fromJson);
          Optional<RiskScore> target = o.required("target", RiskScore::fromJson);
          Optional<LocalDate> reviewed = o.required("lastReviewed", JsonValue::date);
          return o.buildAll(
              () ->
                  new RiskEntry(
                      id.orElse(null), title.orElse(null), objective.orElse(null), domain.orElse(null), owner.orElse(null),
                      controls, assurances, gaps, initial.orElse(null), current.orElse(null), target.orElse(null), reviewed.orElse(null)));
        });
  }

  /** {@return the entry as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("title", title);
    ObjectNode o = node.putObject("objective");
    o.put("id", objective.id());
    o.put("kind", objective.kind());
    objective.appetite().ifPresent(a -> o.put("appetite", a));
    node.put("domain", domain);
    node.set("owner", owner.toJson());
    controls.forEach(node.putArray("controls")::add);
    assurances.forEach(node.putArray("assurances")::add);
    gaps.forEach(node.putArray("gaps")::add);
    node.set("initial", initial.toJson());
    node.set("current", current.toJson());
    node.set("target", target.toJson());
    node.put("lastReviewed", lastReviewed.toString());
    return node;
  }
}
