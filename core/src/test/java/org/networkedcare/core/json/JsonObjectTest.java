package org.networkedcare.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.Problems;

class JsonObjectTest {

  record Person(String name, LocalDate born, int visits) {}

  private static Optional<Person> person(JsonObject o) {
    Optional<String> name = o.required("name", JsonValue::nonBlankText);
    Optional<LocalDate> born = o.required("born", JsonValue::date);
    int visits = o.optional("visits", JsonValue::integer).orElse(0);
    if (name.isEmpty() || born.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Person(name.get(), born.get(), visits));
  }

  private static List<Problem> read(String json) {
    Problems problems = Problems.collector();
    JsonValue.root(Json.parse(json), problems)
        .object(o -> Optional.of(o.list("people", v -> v.object(JsonObjectTest::person))));
    return problems.list();
  }

  @Test
  void readsAValidDocument() {
    Problems problems = Problems.collector();
    var people =
        JsonValue.root(
                Json.parse(
                    "{\"people\": [{\"name\": \"A\", \"born\": \"2000-02-29\", \"visits\": 3}]}"),
                problems)
            .object(o -> Optional.of(o.list("people", v -> v.object(JsonObjectTest::person))));
    assertTrue(problems.isEmpty(), problems.list()::toString);
    assertEquals(List.of(new Person("A", LocalDate.of(2000, 2, 29), 3)), people.orElseThrow());
  }

  @Test
  void reportsEveryProblemAtOnceWithItsPath() {
    List<Problem> problems =
        read(
            "{\"people\": ["
                + "{\"name\": \"A\", \"born\": \"2000-02-30\"},"
                + "{\"born\": \"2001-01-01\", \"visits\": \"3\", \"nickname\": \"x\"},"
                + "{\"name\": \" \", \"born\": 20010101, \"visits\": 2.5}"
                + "], \"extra\": true}");
    assertEquals(
        List.of(
            "/people/0/born format",
            "/people/1/name required",
            "/people/1/visits type",
            "/people/1/nickname unknown-field",
            "/people/2/name blank",
            "/people/2/born type",
            "/people/2/visits type",
            "/extra unknown-field"),
        problems.stream().map(p -> p.path() + " " + p.code()).toList());
  }

  @Test
  void unknownFieldMessageNamesTheFieldAndTheAllowedOnes() {
    Problem p = read("{\"people\": [], \"peeple\": []}").get(0);
    assertEquals("/peeple", p.path());
    assertTrue(p.message().contains("'peeple'") && p.message().contains("people"), p.message());
  }

  @Test
  void wrongContainerTypesAreNamed() {
    assertEquals(
        List.of("/people type"),
        read("{\"people\": {}}").stream().map(p -> p.path() + " " + p.code()).toList());
    Problems problems = Problems.collector();
    JsonValue.root(Json.parse("[1]"), problems).object(o -> Optional.empty());
    assertEquals("", problems.list().get(0).path());
    assertTrue(problems.list().get(0).message().contains("an array"));
  }

  @Test
  void schemaVersionIsRequiredAndChecked() {
    Problems problems = Problems.collector();
    JsonValue.root(Json.parse("{\"schemaVersion\": 2}"), problems)
        .object(o -> Optional.of(o.schemaVersion(1)));
    assertEquals("schema-version", problems.list().get(0).code());
    Problems missing = Problems.collector();
    JsonValue.root(Json.parse("{}"), missing).object(o -> Optional.of(o.schemaVersion(1)));
    assertEquals("/schemaVersion", missing.list().get(0).path());
    assertEquals("required", missing.list().get(0).code());
  }

  @Test
  void fieldNamesWithSlashAndTildeAreEscapedInPointers() {
    List<Problem> problems = read("{\"a/b~c\": 1}");
    assertEquals("/a~1b~0c", problems.get(0).path());
  }

  @Test
  void oneOfListsTheAllowedNames() {
    Map<String, Integer> allowed = new LinkedHashMap<>();
    allowed.put("increase", 1);
    allowed.put("decrease", -1);
    Problems problems = Problems.collector();
    var value = JsonValue.root(Json.parse("\"up\""), problems).oneOf(allowed);
    assertTrue(value.isEmpty());
    assertEquals("'up' is not one of: increase, decrease", problems.list().get(0).message());
  }

  @Test
  void numbersAreReadExactlyAndWholeNumbersChecked() {
    Problems problems = Problems.collector();
    JsonValue.root(
            Json.parse(
                "{\"a\": 0.1, \"b\": 1e2, \"c\": 3000000000, \"d\": 2.0, \"m\": \"2024-13\"}"),
            problems)
        .object(
            o -> {
              assertEquals(
                  new BigDecimal("0.1"), o.required("a", JsonValue::decimal).orElseThrow());
              assertEquals(100, o.required("b", JsonValue::integer).orElseThrow());
              assertTrue(o.required("c", JsonValue::integer).isEmpty());
              assertEquals(
                  3_000_000_000L,
                  new JsonValue(Json.parse("3000000000"), Problems.collector())
                      .wholeLong()
                      .orElseThrow());
              assertEquals(2, o.required("d", JsonValue::integer).orElseThrow());
              assertTrue(o.required("m", JsonValue::month).isEmpty());
              return Optional.empty();
            });
    assertEquals(
        List.of("/c range", "/m format"),
        problems.list().stream().map(p -> p.path() + " " + p.code()).toList());
    Problems ok = Problems.collector();
    assertEquals(
        YearMonth.of(2024, 4), JsonValue.root(Json.parse("\"2024-04\""), ok).month().orElseThrow());
  }
}
