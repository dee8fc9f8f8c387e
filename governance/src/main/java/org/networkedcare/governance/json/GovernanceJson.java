package org.networkedcare.governance.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.json.OrganisationJson;
import org.networkedcare.core.organisation.OdsCode;
import org.networkedcare.governance.Actor;

/**
 * The JSON form of the governance package's own values: an {@link Actor}, {@code {"organisation":
 * "RCE", "role": "chief executive"}}.
 *
 * <p>Stateless and thread-safe.
 */
final class GovernanceJson {

  private GovernanceJson() {}

  /**
   * Reads an actor: {@code organisation} (an ODS code) and {@code role} (non-blank text), both
   * required; each problem is recorded at its member's path.
   *
   * @param value the JSON value
   * @return the actor, or empty when a problem was recorded
   */
  static Optional<Actor> actor(JsonValue value) {
    return value.object(GovernanceJson::readActor);
  }

  private static Optional<Actor> readActor(JsonObject o) {
    Optional<OdsCode> org = o.required("organisation", OrganisationJson::odsCode);
    Optional<String> role = o.required("role", JsonValue::nonBlankText);
    return o.buildAll(() -> new Actor(JsonObject.orMissing(org), JsonObject.orMissing(role)));
  }

  /**
   * {@return an actor as JSON: {@code organisation} and {@code role}}
   *
   * @param actor the actor
   */
  static JsonNode write(Actor actor) {
    ObjectNode node = Json.object();
    node.put("organisation", actor.organisation().value());
    node.put("role", actor.role());
    return node;
  }
}
