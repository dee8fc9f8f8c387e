package org.networkedcare.core.reference;

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
 * One entry of a reference vocabulary: a stable identifier and a readable name.
 *
 * <p>JSON: {@code {"id": "host", "name": "host"}}.
 *
 * @param id the stable identifier, such as {@code host}
 * @param name the readable name
 */
public record Term(String id, String name) {

  /**
   * Checks the entry: an identifier ({@code id.format}) and a non-blank name.
   *
   * @param id the stable identifier
   * @param name the readable name
   * @throws ValidationException with every problem, at {@code /id} and {@code /name}
   */
  public Term {
    Problems problems = Problems.collector();
    Checks.id(problems.at("id"), id);
    Checks.name(problems.at("name"), name);
    problems.throwIfAny();
  }

  /**
   * {@return an entry read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Term> fromJson(JsonValue value) {
    return value.object(Term::read);
  }

  private static Optional<Term> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    return object.buildAll(() -> new Term(JsonObject.orMissing(id), JsonObject.orMissing(name)));
  }

  /** {@return the entry as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("name", name);
    return node;
  }

  /** {@return the identifier and the name} */
  @Override
  public String toString() {
    return id + " (" + name + ")";
  }
}
