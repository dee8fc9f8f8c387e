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
import org.networkedcare.governance.dispute.Dispute;
import org.networkedcare.governance.dispute.Dispute.StageRecord;

/**
 * The JSON form of a dispute under an agreement and the stages it has been through.
 *
 * <p>Stateless and thread-safe.
 */
final class DisputeJson {

  private DisputeJson() {}

  /**
   * Reads a dispute: {@code id}, {@code agreement}, {@code raisedBy}, {@code raisedOn}, optional
   * {@code issue} and {@code stages}. Every problem is recorded at its path.
   *
   * @param value the JSON value
   * @return the dispute, or empty when a problem was recorded
   */
  static Optional<Dispute> dispute(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> id = o.required("id", JsonValue::nonBlankText);
          Optional<String> agreement = o.required("agreement", JsonValue::nonBlankText);
          Optional<OdsCode> raisedBy = o.required("raisedBy", OrganisationJson::odsCode);
          Optional<LocalDate> raisedOn = o.required("raisedOn", JsonValue::date);
          Optional<String> issue = o.optional("issue", JsonValue::text);
          List<StageRecord> stages =
              o.list(
                  "stages",
                  v ->
                      v.object(
                          s -> {
                            Optional<String> stage = s.required("stage", JsonValue::nonBlankText);
                            Optional<LocalDate> start = s.required("start", JsonValue::date);
                            Optional<LocalDate> end = s.optional("end", JsonValue::date);
                            Optional<String> outcome = s.optional("outcome", JsonValue::text);
                            return s.buildAll(
                                () ->
                                    new StageRecord(
                                        JsonObject.orMissing(stage),
                                        JsonObject.orMissing(start),
                                        end,
                                        outcome));
                          }));
          return o.buildAll(
              () ->
                  new Dispute(
                      JsonObject.orMissing(id),
                      JsonObject.orMissing(agreement),
                      JsonObject.orMissing(raisedBy),
                      JsonObject.orMissing(raisedOn),
                      issue.orElse(""),
                      stages));
        });
  }

  /**
   * {@return a dispute as JSON}
   *
   * @param dispute the dispute
   */
  static JsonNode write(Dispute dispute) {
    ObjectNode node = Json.object();
    node.put("id", dispute.id());
    node.put("agreement", dispute.agreement());
    node.put("raisedBy", dispute.raisedBy().value());
    node.put("raisedOn", dispute.raisedOn().toString());
    node.put("issue", dispute.issue());
    var array = node.putArray("stages");
    for (StageRecord s : dispute.stages()) {
      ObjectNode o = array.addObject();
      o.put("stage", s.stage());
      o.put("start", s.start().toString());
      s.end().ifPresent(e -> o.put("end", e.toString()));
      s.outcome().ifPresent(x -> o.put("outcome", x));
    }
    return node;
  }
}
