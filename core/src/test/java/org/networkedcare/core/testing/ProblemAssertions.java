package org.networkedcare.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/** Asserts that a step fails with exactly the expected problems (path and code), all at once. */
public final class ProblemAssertions {

  private ProblemAssertions() {}

  /**
   * Asserts the step throws a ValidationException whose problems are exactly these, in any order.
   *
   * @param step the step
   * @param expected "path code" pairs, such as "/name blank"
   * @return the problems, for further checks of messages
   */
  public static List<Problem> assertProblems(Executable step, String... expected) {
    ValidationException e = assertThrows(ValidationException.class, step);
    assertEquals(
        Arrays.stream(expected).sorted().toList(),
        e.problems().stream().map(p -> p.path() + " " + p.code()).sorted().toList(),
        () -> "problems: " + e.problems());
    return e.problems();
  }

  /**
   * {@return "path code" strings of the problems, sorted}
   *
   * @param problems the problems
   */
  public static List<String> pathsAndCodes(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code()).sorted().toList();
  }

  /**
   * {@return a value decoded from JSON text (single quotes allowed), or a ValidationException with
   * every problem}
   *
   * @param <T> the type read
   * @param json the JSON text
   * @param decoder reads the value
   */
  public static <T> T decode(String json, JsonDecoder<T> decoder) {
    Problems problems = Problems.collector();
    Optional<T> value = decoder.decode(JsonValue.root(Json.parse(json(json)), problems));
    problems.throwIfAny();
    return value.orElseThrow();
  }

  /**
   * {@return a value written to JSON and read back}
   *
   * @param <T> the type
   * @param node the value's JSON
   * @param decoder reads the value
   */
  public static <T> T roundTrip(JsonNode node, JsonDecoder<T> decoder) {
    Problems problems = Problems.collector();
    Optional<T> value = decoder.decode(JsonValue.root(Json.parse(Json.write(node)), problems));
    problems.throwIfAny();
    return value.orElseThrow();
  }

  /**
   * {@return JSON with single quotes turned into double quotes, as UTF-8 bytes}
   *
   * @param json JSON written with single quotes
   */
  public static byte[] json(String json) {
    return json.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
  }
}
