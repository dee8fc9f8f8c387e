package org.networkedcare.governance.assurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/**
 * The board questions (reference data {@code board-questions}) a measure evidences.
 *
 * <p>JSON: {@code {"measure": "rtt-18wk", "questions": ["quality"]}}.
 *
 * @param measure the measure's identifier
 * @param questions the questions' identifiers
 */
public record EvidenceTag(String measure, List<String> questions) {

  /**
   * Checks the parts are present.
   *
   * @param measure the measure
   * @param questions the questions
   */
  public EvidenceTag {
    Problems problems = Problems.collector();
    problems.at("measure").required(measure);
    if (problems.at("questions").required(questions)) {
      questions = List.copyOf(questions);
    }
    problems.throwIfAny();
  }

  /**
   * {@return a tag read from JSON}
   *
   * @param value the JSON value
   */
  public static Optional<EvidenceTag> fromJson(JsonValue value) {
    return value.object(
        o -> {
          Optional<String> measure = o.required("measure", JsonValue::nonBlankText);
          List<String> questions = o.list("questions", JsonValue::nonBlankText);
          return o.buildAll(() -> new EvidenceTag(JsonObject.orMissing(measure), questions));
        });
  }

  /** {@return the tag as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("measure", measure);
    questions.forEach(node.putArray("questions")::add);
    return node;
  }
}
