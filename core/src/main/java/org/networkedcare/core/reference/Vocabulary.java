package org.networkedcare.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/**
 * A versioned reference list of terms, such as {@code network-roles} or {@code
 * health-service-body-roles}.
 *
 * <p>JSON: {@code {"id": "network-roles", "version": "2026.1", "terms": [Term, ...]}}.
 *
 * @param id the reference data's identifier
 * @param version the version of this data
 * @param terms the terms, in order, with distinct identifiers
 */
public record Vocabulary(String id, String version, List<Term> terms) {

  /**
   * Checks the list: identifier, non-blank version, terms with distinct identifiers ({@code
   * id.duplicate} at {@code /terms/i/id}).
   *
   * @param id the reference data's identifier
   * @param version the version of this data
   * @param terms the terms
   * @throws ValidationException with every problem
   */
  public Vocabulary {
    Problems problems = Problems.collector();
    ReferenceChecks.header(problems, id, version);
    if (problems.at("terms").required(terms)) {
      terms = List.copyOf(terms);
      ReferenceChecks.distinct(problems.at("terms"), terms, Term::id, "id");
    }
    problems.throwIfAny();
  }

  /**
   * {@return whether a term has this identifier}
   *
   * @param termId the identifier
   */
  public boolean contains(String termId) {
    return terms.stream().anyMatch(t -> t.id().equals(termId));
  }

  /** {@return the identifiers of the terms, in order} */
  public List<String> ids() {
    return terms.stream().map(Term::id).toList();
  }

  /**
   * {@return a vocabulary read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<Vocabulary> fromJson(JsonValue value) {
    return value.object(Vocabulary::read);
  }

  private static Optional<Vocabulary> read(JsonObject object) {
    Optional<String> id = object.required("id", JsonValue::text);
    Optional<String> version = object.required("version", JsonValue::text);
    Optional<List<Term>> terms = object.required("terms", v -> v.list(Term::fromJson));
    return object.buildAll(
        () ->
            new Vocabulary(
                JsonObject.orMissing(id),
                JsonObject.orMissing(version),
                JsonObject.orMissing(terms)));
  }

  /** {@return the vocabulary as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("version", version);
    ArrayNode array = node.putArray("terms");
    terms.forEach(t -> array.add(t.toJson()));
    return node;
  }

  /** {@return the identifier, version and term identifiers} */
  @Override
  public String toString() {
    return id
        + "@"
        + version
        + terms.stream().map(Term::id).collect(Collectors.joining(", ", " [", "]"));
  }
}
