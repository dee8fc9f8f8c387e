package org.networkedcare.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;

class JsonTest {

  private static Problem onlyProblem(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> Json.parse(text));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  @Test
  void parsesAnObjectKeepingDecimalsExact() {
    JsonNode tree = Json.parse("{\"a\": 0.10, \"b\": [1, 2]}");
    assertEquals(new BigDecimal("0.10"), tree.get("a").decimalValue());
    assertEquals(2, tree.get("b").size());
  }

  @Test
  void duplicateKeyIsRejectedWithItsPath() {
    Problem p = onlyProblem("{\"network\": {\"id\": \"a\", \"id\": \"b\"}}");
    assertEquals("json.duplicate-key", p.code());
    assertEquals("/network/id", p.path());
    assertTrue(p.message().contains("id"), p.message());
  }

  @Test
  void trailingTokensAreRejected() {
    assertEquals("json.syntax", onlyProblem("{\"a\": 1} {\"b\": 2}").code());
    assertEquals("json.syntax", onlyProblem("[1] x").code());
  }

  @Test
  void nestingBeyondTheLimitIsRejected() {
    String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
    assertEquals("json.limit", onlyProblem(deep).code());
    String fine = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertTrue(Json.parse(fine).isArray());
  }

  @Test
  void overlongNumberIsRejected() {
    assertEquals(
        "json.limit",
        onlyProblem("{\"a\": " + "9".repeat(Json.MAX_NUMBER_LENGTH + 1) + "}").code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": NaN}",
        "{\"a\": Infinity}",
        "{'a': 1}",
        "{\"a\": 1,}",
        "{\"a\": 1 // c\n}",
        "{\"a\": 01}"
      })
  void nonStandardJsonIsRejected(String text) {
    assertEquals("json.syntax", onlyProblem(text).code());
  }

  @Test
  void emptyDocumentIsRejected() {
    assertEquals("json.empty", onlyProblem("  \n").code());
  }

  @Test
  void malformedUtf8IsRejectedBeforeParsing() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    ValidationException e = assertThrows(ValidationException.class, () -> Json.parse(bytes));
    assertEquals("json.encoding", e.problems().get(0).code());
  }

  @Test
  void utf8IsDecodedAndAByteOrderMarkSkipped() {
    byte[] bytes = "\uFEFF{\"name\": \"Ysbyty Gwynedd – Bangor\"}".getBytes(StandardCharsets.UTF_8);
    assertEquals("Ysbyty Gwynedd – Bangor", Json.parse(bytes).get("name").textValue());
  }

  @Test
  void documentLargerThanTheLimitIsRejectedBeforeDecoding() {
    byte[] bytes = new byte[Json.MAX_DOCUMENT_BYTES + 1];
    ValidationException e = assertThrows(ValidationException.class, () -> Json.parse(bytes));
    assertEquals("json.too-large", e.problems().get(0).code());
  }

  @Test
  void hugeExponentParsesQuicklyAndIsRefusedAsANumber() {
    // 1e-1000000 is 10 characters: it passes the length limit, so the exponent check must catch it
    // before any arithmetic; the whole read must be fast.
    long start = System.nanoTime();
    JsonNode tree = Json.parse("{\"rate\": 1e-1000000, \"big\": 1e1000000}");
    var problems = org.networkedcare.core.validation.Problems.collector();
    JsonValue root = JsonValue.root(tree, problems);
    root.object(
        o -> {
          o.required("rate", JsonValue::decimal);
          o.required("big", JsonValue::real);
          return java.util.Optional.empty();
        });
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
    assertEquals(2, problems.list().size());
    assertEquals("/rate", problems.list().get(0).path());
    assertEquals("range", problems.list().get(0).code());
    assertEquals("/big", problems.list().get(1).path());
  }

  @Test
  void writesDecimalsPlainAndKeepsFieldOrder() {
    var tree = Json.object();
    tree.put("z", new BigDecimal("1E+3"));
    tree.put("a", new BigDecimal("0.10"));
    String text = Json.write(tree);
    assertTrue(text.indexOf("\"z\"") < text.indexOf("\"a\""), text);
    assertTrue(text.contains("1000"), text);
    assertTrue(text.contains("0.10"), text);
    JsonNode back = Json.parse(text);
    assertEquals(1000, back.get("z").intValue());
    assertEquals(new BigDecimal("0.10"), back.get("a").decimalValue());
  }
}
