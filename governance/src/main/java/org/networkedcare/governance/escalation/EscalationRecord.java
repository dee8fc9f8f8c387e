package org.networkedcare.governance.escalation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * A record that a trigger's episode at a site was resolved on a date. It applies to the episode of
 * that trigger at that site that was open on the resolution date; a resolution dated after the
 * evaluation date is not known at that date.
 *
 * <p>JSON: {@code {"agreement": "A1", "trigger": "T2", "site": "RHA01", "resolvedOn": "2024-07-05",
 * "note": "..."}}.
 *
 * @param agreement the agreement's identifier
 * @param trigger the trigger's identifier
 * @param site the site
 * @param resolvedOn the date of resolution
 * @param note what was done
 */
public record EscalationRecord(
    String agreement, String trigger, OdsCode site, LocalDate resolvedOn, Optional<String> note) {

  /**
   * Checks the parts are present.
   *
   * @param agreement the agreement
   * @param trigger the trigger
   * @param site the site
   * @param resolvedOn the resolution date
   * @param note a note, if any
   */
  public EscalationRecord {
    Problems problems = Problems.collector();
    problems.at("agreement").required(agreement);
    problems.at("trigger").required(trigger);
    problems.at("site").required(site);
    problems.at("resolvedOn").required(resolvedOn);
    problems.at("note").required(note);
    problems.throwIfAny();
  }

  /**
   * {@return a record read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<EscalationRecord> fromJson(JsonValue value) {
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

  /** {@return the record as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("agreement", agreement);
    node.put("trigger", trigger);
    node.put("site", site.value());
    node.put("resolvedOn", resolvedOn.toString());
    note.ifPresent(n -> node.put("note", n));
    return node;
  }
}
