package org.networkedcare.governance.incident;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.governance.Actor;

/**
 * A patient safety incident under the Patient Safety Incident Response Framework (2022): there is
 * no "serious incident" category, only the response chosen (reference data {@code
 * psirf-responses}).
 *
 * <p>JSON: {@code {"id": "INC-1", "date": "2024-07-10", "site": "RHA01", "reportedBy": "RHA",
 * "response": "after-action-review", "plan": "RCE", "actions": [{"id": "1", "description": "...",
 * "owner": Actor, "due": "2024-09-01", "completed": "2024-08-30"}]}}; {@code plan} defaults to the
 * party responsible for {@code incidents} under the agreement covering the site.
 *
 * @param id the incident's identifier
 * @param date the date it happened
 * @param site the site
 * @param reportedBy the reporting organisation
 * @param response the response type
 * @param plan the organisation whose response plan governs it, if stated
 * @param actions the learning actions
 */
public record Incident(
    String id,
    LocalDate date,
    OdsCode site,
    OdsCode reportedBy,
    String response,
    Optional<OdsCode> plan,
    List<Action> actions) {

  /**
   * A learning action.
   *
   * @param id the action's identifier
   * @param description what is to be done
   * @param owner who owns it
   * @param due when it is due
   * @param completed when it was completed, if it was
   */
  public record Action(
      String id, String description, Actor owner, LocalDate due, Optional<LocalDate> completed) {

    /**
     * Checks the parts are present.
     *
     * @param id the identifier
     * @param description the description
     * @param owner the owner
     * @param due the due date
     * @param completed the completion, if any
     */
    public Action {
      Problems problems = Problems.collector();
      problems.at("id").required(id);
      problems.at("description").required(description);
      problems.at("owner").required(owner);
      problems.at("due").required(due);
      problems.at("completed").required(completed);
      problems.throwIfAny();
    }
  }

  /**
   * Checks the parts are present.
   *
   * @param id the identifier
   * @param date the date
   * @param site the site
   * @param reportedBy the reporting organisation
   * @param response the response type
   * @param plan the governing plan's organisation, if stated
   * @param actions the actions
   */
  public Incident {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    problems.at("date").required(date);
    problems.at("site").required(site);
    problems.at("reportedBy").required(reportedBy);
    problems.at("response").required(response);
    problems.at("plan").required(plan);
    if (problems.at("actions").required(actions)) {
      actions = List.copyOf(actions);
    }
    problems.throwIfAny();
  }

  /**
   * {@return an incident read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Incident> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<LocalDate> date = o.required("date", JsonValue::date);
          Optional<OdsCode> site = o.required("site", OrganisationJson::odsCode);
          Optional<OdsCode> reported = o.required("reportedBy", OrganisationJson::odsCode);
          Optional<String> response = o.required("response", JsonValue::nonBlankText);
          Optional<OdsCode> plan = o.optional("plan", OrganisationJson::odsCode);
          List<Action> actions =
              o.list(
                  "actions",
                  v ->
                      v.object(
                          a -> {
                            Optional<String> aid = a.required("id", JsonValue::nonBlankText);
                            Optional<String> description =
                                a.optional("description", JsonValue::text);
                            Optional<Actor> owner = a.required("owner", Actor::fromJson);
                            Optional<LocalDate> due = a.required("due", JsonValue::date);
                            Optional<LocalDate> completed =
                                a.optional("completed", JsonValue::date);
                            return a.buildAll(
                                () ->
                                    new Action(
                                        JsonObject.orMissing(aid),
                                        description.orElse(""),
                                        JsonObject.orMissing(owner),
                                        JsonObject.orMissing(due),
                                        completed));
                          }));
          return o.buildAll(
              () ->
                  new Incident(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(date),
                      JsonObject.orMissing(site),
                      JsonObject.orMissing(reported),
                      JsonObject.orMissing(response),
                      plan,
                      actions));
        });
  }

  /** {@return the incident as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("date", date.toString());
    node.put("site", site.value());
    node.put("reportedBy", reportedBy.value());
    node.put("response", response);
    plan.ifPresent(p -> node.put("plan", p.value()));
    var array = node.putArray("actions");
    for (Action a : actions) {
      ObjectNode o = array.addObject();
      o.put("id", a.id());
      o.put("description", a.description());
      o.set("owner", a.owner().toJson());
      o.put("due", a.due().toString());
      a.completed().ifPresent(c -> o.put("completed", c.toString()));
    }
    return node;
  }
}
