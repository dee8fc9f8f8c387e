package org.networkedcare.governance;

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
 * Who must act: a role at an organisation, such as the chief executive of {@code RCE}.
 *
 * <p>JSON: {@code {"organisation": "RCE", "role": "chief executive"}}.
 *
 * @param organisation the organisation's ODS code
 * @param role the role at the organisation
 */
public record Actor(OdsCode organisation, String role) {

  /**
   * Checks the parts are present and the role is not blank.
   *
   * @param organisation the organisation
   * @param role the role
   */
  public Actor {
    Problems problems = Problems.collector();
    problems.at("organisation").required(organisation);
    if (problems.at("role").required(role)) {
      problems.at("role").check(!role.isBlank(), "blank", "a role is named");
    }
    problems.throwIfAny();
  }

  /**
   * {@return an actor read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Actor> fromJson(JsonValue value) {
    return value.object(Actor::read);
  }

  private static Optional<Actor> read(JsonObject o) {
    Optional<OdsCode> org = o.required("organisation", OrganisationJson::odsCode);
    Optional<String> role = o.required("role", JsonValue::nonBlankText);
    return o.buildAll(() -> new Actor(JsonObject.orMissing(org), JsonObject.orMissing(role)));
  }

  /** {@return the actor as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("organisation", organisation.value());
    node.put("role", role);
    return node;
  }

  /** {@return the role and the organisation, such as {@code chief executive at RCE}} */
  @Override
  public String toString() {
    return role + " at " + organisation;
  }
}
