package org.networkedcare.core.validation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void viewsShareOneListAndBuildPointers() {
    Problems root = Problems.collector();
    root.at("network").at("sites").at(2).at("odsCode").add("ods.frame", "bad code");
    root.at("name").required(null);
    assertEquals(
        List.of(
            new Problem("/network/sites/2/odsCode", "ods.frame", "bad code"),
            new Problem("/name", "required", "a value is required")),
        root.list());
  }

  @Test
  void throwIfAnyCarriesEveryProblem() {
    Problems problems = Problems.collector();
    assertDoesNotThrow(problems::throwIfAny);
    problems.add("a", "first");
    problems.add("b", "second");
    ValidationException e = assertThrows(ValidationException.class, problems::throwIfAny);
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("2 problems"), e.getMessage());
  }

  @Test
  void attemptRebasesTheProblemsOfANestedValue() {
    Problems problems = Problems.collector();
    var made =
        problems
            .at("sites")
            .at(0)
            .attempt(
                () -> {
                  throw new ValidationException("/name", "blank", "the name is blank");
                });
    assertTrue(made.isEmpty());
    assertEquals("/sites/0/name", problems.list().get(0).path());
    assertEquals("ok", problems.attempt(() -> "ok").orElseThrow());
  }

  @Test
  void problemRejectsARelativePathAndEscapesTokens() {
    assertThrows(IllegalArgumentException.class, () -> new Problem("name", "c", "m"));
    assertThrows(IllegalArgumentException.class, () -> new ValidationException(List.of()));
    assertEquals("/a~1b~0", Problem.token("a/b~"));
    assertEquals(
        "(document): empty [json.empty]", new Problem("", "json.empty", "empty").toString());
  }
}
