package org.networkedcare.metrics.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.json.JsonValue;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;

/** The distribution codec's problems. */
class UncertaintyJsonTest {

  private static List<String> problems(String json) {
    Problems problems = Problems.collector();
    UncertaintyJson.distribution(JsonValue.root(Json.parse(json), problems));
    return problems.list().stream().map(Problem::toString).toList();
  }

  /**
   * An unknown field names the form's fields in the order they are written, the same on every run
   * (they were listed in the iteration order of {@code Set.of}, which changes from one JVM to the
   * next, so the same document gave different messages).
   */
  @Test
  void anUnknownFieldListsTheFieldsInTheirWrittenOrder() {
    List<String> triangular =
        problems("{\"type\": \"triangular\", \"min\": 1, \"mode\": 2, \"max\": 3, \"bogus\": 1}");
    assertEquals(1, triangular.size(), triangular.toString());
    assertTrue(
        triangular.get(0).contains("the fields are: type, min, mode, max"), triangular.toString());
    List<String> gamma = problems("{\"type\": \"gamma\", \"mean\": 1, \"sd\": 2, \"bogus\": 1}");
    assertTrue(
        gamma.get(0).contains("the fields are: type, mean, sd, shape, scale, rate"),
        gamma.toString());
  }
}
