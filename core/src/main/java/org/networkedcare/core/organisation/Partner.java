package org.networkedcare.core.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;

/**
 * A partner of a network that has no ODS code, identified by a {@link PartnerId} of the local
 * scheme: a charity, a patient group, a social care provider, a university, an independent-sector
 * provider not coded, or another body. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"id": "local:sight-support", "name": "Sight Support", "kind": "charity"}}.
 *
 * @param id the local identifier
 * @param name the partner's name
 * @param kind one of {@link #KINDS}
 */
public record Partner(PartnerId id, String name, String kind) {

  /** The kinds of partner, in the order they are listed. */
  public static final List<String> KINDS =
      List.of(
          "charity",
          "patient-group",
          "social-care",
          "university",
          "independent-sector",
          "local-authority",
          "other");

  /**
   * Checks every part ({@code partner.kind} for a kind not listed).
   *
   * @param id the identifier
   * @param name the name
   * @param kind the kind
   */
  public Partner {
    Problems problems = Problems.collector();
    problems.at("id").required(id);
    Checks.name(problems.at("name"), name);
    if (problems.at("kind").required(kind)) {
      problems
          .at("kind")
          .check(
              KINDS.contains(kind),
              "unknown-value",
              "'" + kind + "' is not one of: " + String.join(", ", KINDS));
    }
    problems.throwIfAny();
  }

  /**
   * {@return a partner read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<Partner> fromJson(JsonValue value) {
    return value.object(Partner::read);
  }

  private static Optional<Partner> read(JsonObject object) {
    Map<String, String> kinds = new LinkedHashMap<>();
    KINDS.forEach(k -> kinds.put(k, k));
    Optional<PartnerId> id = object.required("id", PartnerId::fromJson);
    Optional<String> name = object.required("name", JsonValue::text);
    Optional<String> kind = object.required("kind", v -> v.oneOf(kinds));
    return object.buildAll(
        () ->
            new Partner(
                JsonObject.orMissing(id), JsonObject.orMissing(name), JsonObject.orMissing(kind)));
  }

  /** {@return the partner as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.set("id", id.toJson());
    node.put("name", name);
    node.put("kind", kind);
    return node;
  }
}
