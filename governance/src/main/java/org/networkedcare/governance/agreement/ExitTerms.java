package org.networkedcare.governance.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/**
 * What happens at exit or opt-out: who keeps staff, equipment and activity, and the red-line
 * consequences (reference data {@code red-line-consequences}) the agreement allows.
 *
 * <p>JSON: {@code {"staff": "provider", "equipment": "provider", "activity": "host",
 * "allowedConsequences": ["review", "suspend-service", "terminate"], "notes": "..."}}.
 *
 * @param staff who keeps the staff
 * @param equipment who keeps the equipment
 * @param activity who keeps the activity
 * @param allowedConsequences the red-line consequences allowed
 * @param notes anything else agreed
 */
public record ExitTerms(
    String staff,
    String equipment,
    String activity,
    List<String> allowedConsequences,
    String notes) {

  /**
   * Checks the parts are present.
   *
   * @param staff who keeps the staff
   * @param equipment who keeps the equipment
   * @param activity who keeps the activity
   * @param allowedConsequences the consequences allowed
   * @param notes notes
   */
  public ExitTerms {
    Problems problems = Problems.collector();
    problems.at("staff").required(staff);
    problems.at("equipment").required(equipment);
    problems.at("activity").required(activity);
    if (problems.at("allowedConsequences").required(allowedConsequences)) {
      allowedConsequences = List.copyOf(allowedConsequences);
    }
    problems.at("notes").required(notes);
    problems.throwIfAny();
  }

  /**
   * {@return exit terms read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<ExitTerms> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> staff = o.required("staff", JsonValue::nonBlankText);
          Optional<String> equipment = o.required("equipment", JsonValue::nonBlankText);
          Optional<String> activity = o.required("activity", JsonValue::nonBlankText);
          List<String> allowed = o.list("allowedConsequences", JsonValue::nonBlankText);
          Optional<String> notes = o.optional("notes", JsonValue::text);
          return o.buildAll(
              () ->
                  new ExitTerms(
                      JsonObject.orMissing(staff),
                      JsonObject.orMissing(equipment),
                      JsonObject.orMissing(activity),
                      allowed,
                      notes.orElse("")));
        });
  }

  /** {@return the exit terms as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("staff", staff);
    node.put("equipment", equipment);
    node.put("activity", activity);
    var allowed = node.putArray("allowedConsequences");
    allowedConsequences.forEach(allowed::add);
    node.put("notes", notes);
    return node;
  }
}
