package org.networkedcare.governance.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonObject;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problems;

/**
 * A meeting a body held, with the posts whose holders attended. It is quorate when at least the
 * body's quorum of its member posts attended. Immutable and thread-safe.
 *
 * @param body the body's identifier
 * @param date the day it met
 * @param attended the posts present, each once
 * @param decisions the decision records (their ids) the meeting took, each dated the meeting's day
 */
public record Meeting(String body, LocalDate date, List<String> attended, List<String> decisions) {

  /**
   * Checks the parts ({@code meeting.attended} for a post listed twice).
   *
   * @param body the body
   * @param date the day
   * @param attended the posts present
   * @param decisions the decisions taken
   */
  public Meeting {
    Problems problems = Problems.collector();
    Vocabulary.id(problems.at("body"), body);
    problems.at("date").required(date);
    if (problems.at("attended").required(attended)) {
      problems
          .at("attended")
          .check(
              new HashSet<>(attended).size() == attended.size(),
              "meeting.attended",
              "a post attends once");
    }
    problems.at("decisions").required(decisions);
    problems.throwIfAny();
    attended = List.copyOf(attended);
    decisions = List.copyOf(decisions);
  }

  /**
   * {@return how many of the body's member posts attended}
   *
   * @param of the body whose meeting it was
   */
  public long membersPresent(Body of) {
    return attended.stream().filter(of.members()::contains).count();
  }

  /**
   * {@return whether the meeting was quorate for its body}
   *
   * @param of the body whose meeting it was
   */
  public boolean quorate(Body of) {
    return membersPresent(of) >= of.quorum();
  }

  /**
   * {@return a meeting read from JSON, every problem recorded at its path}
   *
   * @param value the JSON value
   */
  public static Optional<Meeting> fromJson(JsonValue value) {
    return value.object(Meeting::read);
  }

  private static Optional<Meeting> read(JsonObject o) {
    Optional<String> body = o.required("body", JsonValue::nonBlankText);
    Optional<LocalDate> date = o.required("date", JsonValue::date);
    Optional<List<String>> attended = o.required("attended", v -> v.list(JsonValue::nonBlankText));
    List<String> decisions = o.list("decisions", JsonValue::nonBlankText);
    return o.buildAll(
        () ->
            new Meeting(
                JsonObject.orMissing(body),
                JsonObject.orMissing(date),
                JsonObject.orMissing(attended),
                decisions));
  }

  /** {@return the meeting as JSON} */
  public JsonNode toJson() {
    ObjectNode node = Json.object();
    node.put("body", body);
    node.put("date", date.toString());
    Body.strings(node.putArray("attended"), attended);
    if (!decisions.isEmpty()) {
      Body.strings(node.putArray("decisions"), decisions);
    }
    return node;
  }
}
