package org.networkedcare.core.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Checks;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A clinical service: a specialty or sub-specialty such as {@code cataract} or {@code
 * medical-retina}.
 *
 * <p>JSON fields: {@code id}, {@code name}.
 *
 * @param id the service's identifier
 * @param name the service's name
 */
public record Service(String id, String name) {

  /**
   * Checks the service: an identifier ({@code id.format}) and a non-blank name ({@code blank}).
   *
   * @param id the service's identifier
   * @param name the service's name
   * @throws ValidationException with every problem, at {@code /id} and {@code /name}
   */
  public Service {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    problems.throwIfAny();
  }

  /**
   * {@return a service read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Service> fromJson(JsonValue value) {
    return value.object(Service::read);
  }

  private static Optional<Service> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    return object.buildAll(() -> new Service(JsonObject.orMissing(id), JsonObject.orMissing(name)));
  }

  /** {@return the service as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    return node;
  }

  /** {@return identifier and name} */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
