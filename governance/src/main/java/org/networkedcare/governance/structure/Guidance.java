package org.networkedcare.governance.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/**
 * An entry of the network's register of standards, pathways and guidance (NICE guidance by its
 * reference, a network standard, a royal college standard) with its recommendations. Immutable and
 * thread-safe.
 *
 * @param id the reference, unique in the register (e.g. {@code NG82})
 * @param title the title
 * @param kind the kind (nice-guideline, nice-quality-standard, nice-technology-appraisal, pathway,
 *     network-standard, royal-college, other)
 * @param recommendations the recommendations, at least one, ids unique
 */
public record Guidance(String id, String title, String kind, List<Recommendation> recommendations) {

  /**
   * One recommendation of a guidance entry.
   *
   * @param id its number or identifier within the guidance (e.g. {@code 1.2.3})
   * @param text what it asks
   */
  public record Recommendation(String id, String text) {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param text the text
     */
    public Recommendation {
      Problems problems = Problems.collector();
      Vocabulary.id(problems.at("id"), id);
      Vocabulary.id(problems.at("text"), text);
      problems.throwIfAny();
    }

    static Optional<Recommendation> fromJson(JsonValue value) {
      return value.object(
          o -> {
            Optional<String> id = o.required("id", JsonValue::nonBlankText);
            Optional<String> text = o.required("text", JsonValue::nonBlankText);
            return o.buildAll(
                () -> new Recommendation(JsonObject.orMissing(id), JsonObject.orMissing(text)));
          });
    }
  }

  /**
   * Checks the parts ({@code guidance.recommendations}: none, or an id twice).
   *
   * @param id the reference
   * @param title the title
   * @param kind the kind
   * @param recommendations the recommendations
   */
  public Guidance {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("id"), id);
    Vocabulary.id(problems.at("title"), title);
    Vocabulary.member(problems.at("kind"), kind, Vocabulary.GUIDANCE_KINDS);
    if (problems.at("recommendations").required(recommendations)) {
      Set<String> ids = new HashSet<>();
      problems
          .at("recommendations")
          .check(
              !recommendations.isEmpty(),
              "guidance.recommendations",
              "guidance has at least one recommendation");
      for (int i = 0; i < recommendations.size(); i++) {
        String r = recommendations.get(i).id();
        problems
            .at("recommendations")
            .at(i)
            .at("id")
            .check(
                ids.add(r),
                "guidance.recommendations",
                "recommendation '" + r + "' is listed once");
      }
    }
    problems.throwIfAny();
    recommendations = List.copyOf(recommendations);
  }

  /**
   * {@return whether the guidance has the recommendation}
   *
   * @param recommendation the recommendation's identifier
   */
  public boolean has(String recommendation) {
    return recommendations.stream().anyMatch(r -> r.id().equals(recommendation));
  }

  /**
   * {@return an entry read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<Guidance> fromJson(JsonValue value) {
    return value.object(Guidance::read);
  }

  private static Optional<Guidance> read(JsonObject o) {
    Optional<String> id = o.required("id", JsonValue::nonBlankText);
    Optional<String> title = o.required("title", JsonValue::nonBlankText);
    Optional<String> kind = o.required("kind", v -> Vocabulary.oneOf(v, Vocabulary.GUIDANCE_KINDS));
    Optional<List<Recommendation>> recs =
        o.required("recommendations", v -> v.list(Recommendation::fromJson));
    return o.buildAll(
        () ->
            new Guidance(
                JsonObject.orMissing(id),
                JsonObject.orMissing(title),
                JsonObject.orMissing(kind),
                JsonObject.orMissing(recs)));
  }

  /** {@return the entry as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("title", title);
    node.put("kind", kind);
    ArrayNode recs = node.putArray("recommendations");
    recommendations.forEach(r -> recs.addObject().put("id", r.id()).put("text", r.text()));
    return node;
  }
}
