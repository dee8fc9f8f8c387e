package org.networkedcare.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * Reference data {@code network-types}: the types a network may have.
 *
 * <p>JSON: {@code {"id": "network-types", "version": "...", "types": [NetworkTypeDefinition,
 * ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param types the types, identifiers distinct
 */
public record NetworkTypes(String id, String version, List<NetworkTypeDefinition> types) {

  /**
   * Checks the data: distinct identifiers ({@code id.duplicate}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param types the types
   * @throws ValidationException with every problem
   */
  public NetworkTypes {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("types").required(types)) {
      types = List.copyOf(types);
      ReferenceChecks.distinct(problems.at("types"), types, NetworkTypeDefinition::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return the definition of a type, if known}
   *
   * @param typeId the type's identifier
   */
  public Optional<NetworkTypeDefinition> type(String typeId) {
    return types.stream().filter(t -> t.id().equals(typeId)).findFirst();
  }

  /** {@return the identifiers of the types, in order} */
  public List<String> ids() {
    return types.stream().map(NetworkTypeDefinition::id).toList();
  }

  /**
   * {@return network types read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<NetworkTypes> fromJson(JsonValue value) {
    return value.object(NetworkTypes::read);
  }

  private static Optional<NetworkTypes> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<NetworkTypeDefinition>> types =
        object.required("types", v -> v.list(NetworkTypeDefinition::fromJson));
    return object.buildAll(
        () ->
            new NetworkTypes(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(types)));
  }

  /** {@return the data as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("version", version);
    ArrayNode array = node.putArray("types");
    types.forEach(t -> array.add(t.toJson()));
    return node;
  }

  /** {@return the identifier, version and types} */
  @Override
  public String toString() {
    return id + "@" + version + " " + ids();
  }
}
