package org.networkedcare.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.function.Executable;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonDecoder;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;
import org.networkedcare.core.validation.ValidationException;

/** Helpers shared by the value-type tests. */
final class JsonTesting {

  private JsonTesting() {}

  /** What a decoder made of a document, and the problems it recorded. */
  record Read<T>(Optional<T> value, List<Problem> problems) {}

  /** Writes a value's JSON to text and reads it back as a whole document. */
  static <T> T roundTrip(JsonNode written, JsonDecoder<T> decoder) {
    Read<T> read = read(Json.write(written), decoder);
    assertEquals(List.of(), read.problems());
    return read.value().orElseThrow();
  }

  /** Reads the field {@code value} of an object, so that paths are {@code /value}. */
  static <T> Read<T> readField(String fieldJson, JsonDecoder<T> decoder) {
    Problems problems = Problems.collector();
    JsonNode tree = Json.parse("{\"value\": " + fieldJson + "}");
    Optional<T> value = JsonValue.root(tree, problems).object(o -> o.required("value", decoder));
    return new Read<>(value, problems.list());
  }

  static <T> Read<T> read(String document, JsonDecoder<T> decoder) {
    Problems problems = Problems.collector();
    Optional<T> value = decoder.decode(JsonValue.root(Json.parse(document), problems));
    return new Read<>(value, problems.list());
  }

  /** Asserts that reading recorded exactly one problem, with this path and code, and no value. */
  static void assertOneProblem(Read<?> read, String path, String code) {
    assertTrue(read.value().isEmpty(), () -> "expected no value, got " + read.value());
    assertEquals(1, read.problems().size(), () -> "problems: " + read.problems());
    assertEquals(path, read.problems().get(0).path(), () -> "problems: " + read.problems());
    assertEquals(code, read.problems().get(0).code(), () -> "problems: " + read.problems());
  }

  /** Asserts that a step throws a ValidationException with exactly these codes, all at path "". */
  static void assertInvalid(Executable step, String... codes) {
    ValidationException e = assertThrows(ValidationException.class, step);
    assertEquals(List.of(codes), e.problems().stream().map(Problem::code).toList(), e::getMessage);
    for (Problem problem : e.problems()) {
      assertEquals("", problem.path(), e::getMessage);
    }
  }
}
