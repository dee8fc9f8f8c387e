package org.networkedcare.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.reference.Term;
import org.networkedcare.core.reference.Vocabulary;

/**
 * The JSON forms of the reference package's data: vocabularies and their terms. The values
 * themselves know nothing of JSON; a reader records each problem at the value's path and returns
 * empty, a writer returns a new tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReferenceJson {

  private ReferenceJson() {}

  /**
   * Reads a vocabulary: {@code {"id": "network-roles", "version": "2026.1", "terms": [{"id": ...,
   * "name": ...}, ...]}}. Every problem is recorded at its path: missing members ({@code
   * required}), malformed identifiers ({@code id.format}), blank names and versions ({@code
   * blank}), repeated term identifiers ({@code id.duplicate}).
   *
   * @param value the JSON value
   * @return the vocabulary, or empty when a problem was recorded
   */
  public static Optional<Vocabulary> vocabulary(JsonValue value) {
    return value.object(ReferenceJson::vocabulary);
  }

  private static Optional<Vocabulary> vocabulary(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<Term>> terms = object.required("terms", v -> v.list(ReferenceJson::term));
    return object.buildAll(
        () ->
            new Vocabulary(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(terms)));
  }

  /**
   * {@return a vocabulary as JSON: {@code id}, {@code version} and its {@code terms} in order}
   *
   * @param vocabulary the vocabulary
   */
  public static JsonNode write(Vocabulary vocabulary) {
    ObjectNode node = Json.object();
    node.put("id", vocabulary.id());
    node.put("version", vocabulary.version());
    ArrayNode array = node.putArray("terms");
    vocabulary.terms().forEach(t -> array.add(write(t)));
    return node;
  }

  static Optional<Term> term(JsonValue value) {
    return value.object(ReferenceJson::term);
  }

  private static Optional<Term> term(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> name = object.required("name", JsonValue::text);
    return object.buildAll(() -> new Term(JsonObject.orMissing(id), JsonObject.orMissing(name)));
  }

  static JsonNode write(Term term) {
    ObjectNode node = Json.object();
    node.put("id", term.id());
    node.put("name", term.name());
    return node;
  }
}
