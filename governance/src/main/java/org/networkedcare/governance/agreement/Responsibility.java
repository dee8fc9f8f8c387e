package org.networkedcare.governance.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.core.validation.Problems;

/**
 * Who is responsible for one area (reference data {@code responsibility-areas}), and optionally who
 * is consulted.
 *
 * <p>JSON: {@code {"area": "incidents", "responsible": "RCE", "consulted": "RHA"}}.
 *
 * @param area the area's identifier
 * @param responsible the responsible party
 * @param consulted the party consulted, if any
 */
public record Responsibility(String area, OdsCode responsible, Optional<OdsCode> consulted) {

  /**
   * Checks the parts are present.
   *
   * @param area the area
   * @param responsible the responsible party
   * @param consulted the party consulted, if any
   */
  public Responsibility {
    Problems problems = Problems.collector();
    problems.at("area").required(area);
    problems.at("responsible").required(responsible);
    problems.at("consulted").required(consulted);
    problems.throwIfAny();
  }

  /**
   * {@return a responsibility read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Responsibility> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> area = o.required("area", JsonValue::nonBlankText);
          Optional<OdsCode> responsible = o.required("responsible", OrganisationJson::odsCode);
          Optional<OdsCode> consulted = o.optional("consulted", OrganisationJson::odsCode);
          return o.buildAll(
              () ->
                  new Responsibility(
                      JsonObject.orMissing(area), JsonObject.orMissing(responsible), consulted));
        });
  }

  /** {@return the responsibility as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("area", area);
    node.put("responsible", responsible.value());
    consulted.ifPresent(c -> node.put("consulted", c.value()));
    return node;
  }
}
