package org.networkedcare.governance.json;

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
import org.networkedcare.governance.Actor;
import org.networkedcare.governance.incident.Incident;
import org.networkedcare.governance.incident.Incident.Action;

/**
 * The JSON form of a patient safety incident and its learning actions.
 *
 * <p>Stateless and thread-safe.
 */
final class IncidentJson {

  private IncidentJson() {}

  /**
   * Reads an incident: {@code id}, {@code date}, {@code site}, {@code reportedBy}, {@code
   * response}, optional {@code plan} and {@code actions}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the incident, or empty when a problem was recorded
   */
  static Optional<Incident> incident(JsonValue value) {
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
                            Optional<Actor> owner = a.required("owner", GovernanceJson::actor);
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

  /**
   * {@return an incident as JSON}
   *
   * @param incident the incident
   */
  static JsonNode write(Incident incident) {
    ObjectNode node = Json.object();
    node.put("id", incident.id());
    node.put("date", incident.date().toString());
    node.put("site", incident.site().value());
    node.put("reportedBy", incident.reportedBy().value());
    node.put("response", incident.response());
    incident.plan().ifPresent(p -> node.put("plan", p.value()));
    var array = node.putArray("actions");
    for (Action a : incident.actions()) {
      ObjectNode o = array.addObject();
      o.put("id", a.id());
      o.put("description", a.description());
      o.set("owner", GovernanceJson.write(a.owner()));
      o.put("due", a.due().toString());
      a.completed().ifPresent(c -> o.put("completed", c.toString()));
    }
    return node;
  }
}
