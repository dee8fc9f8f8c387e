package org.networkedcare.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.Examples;

/**
 * The evaluation document is read through the hardened reader like every other document (issue 15,
 * item 5): each defect the adversarial run found is refused with its JSON pointer; parts are read
 * inside the document's folder only; a pack's work is bounded before it grows (item 4).
 */
class EvaluationDocumentTest {

  @TempDir Path dir;

  /** A copy of the BBMK example in a folder of its own, the evaluation document edited. */
  private Path copy(Consumer<ObjectNode> edit) throws IOException {
    for (String part : List.of("bbmk-governance.json", "bbmk-appraisal.json", "bbmk-data.csv")) {
      Files.write(dir.resolve(part), Documents.resource(Examples.FOLDER + part));
    }
    ObjectNode tree = (ObjectNode) Json.parse(Documents.resource(Examples.BBMK));
    edit.accept(tree);
    Path file = dir.resolve("evaluation.json");
    Files.writeString(file, Json.write(tree));
    return file;
  }

  private static List<String> problems(Path file) {
    ValidationException e =
        assertThrows(ValidationException.class, () -> EvaluationDocuments.read(file));
    return e.problems().stream().map(p -> p.path() + " " + p.code()).toList();
  }

  private static List<Problem> problemsOf(byte[] json) {
    return assertThrows(
            ValidationException.class,
            () ->
                EvaluationDocuments.parse(
                    json,
                    (n, l) -> {
                      throw new IOException("no parts");
                    }))
        .problems();
  }

  @Test
  void duplicateKeysTrailingGarbageAndTooLargeAreRefused() {
    assertEquals(
        "json.duplicate-key",
        problemsOf(
                "{\"schemaVersion\": 2, \"title\": \"a\", \"title\": \"b\"}"
                    .getBytes(StandardCharsets.UTF_8))
            .get(0)
            .code());
    assertEquals(
        "json.syntax",
        problemsOf("{\"schemaVersion\": 2} {\"more\": 1}".getBytes(StandardCharsets.UTF_8))
            .get(0)
            .code());
    byte[] huge = new byte[Json.MAX_DOCUMENT_BYTES + 10];
    java.util.Arrays.fill(huge, (byte) ' ');
    Problem tooLarge = problemsOf(huge).get(0);
    assertEquals("json.too-large", tooLarge.code());
    assertTrue(
        tooLarge.message().contains(Integer.toString(Json.MAX_DOCUMENT_BYTES)), tooLarge.message());
  }

  @Test
  void mistypedFieldsAreRefusedAtTheirPointersNotReadAsZero() throws IOException {
    Path file =
        copy(
            tree -> {
              tree.put("schemaVersion", new java.math.BigDecimal("1.9"));
              ((ObjectNode) tree.path("spc").path("measures").get(0)).put("target", "abc");
              ((ObjectNode) tree.path("psa"))
                  .put("seed", new java.math.BigInteger("1180591620717411303424")); // 2^70
              ArrayNode orgs = tree.putArray("organisations");
              orgs.add(1);
              orgs.addNull();
              orgs.addObject();
            });
    List<String> p = problems(file);
    assertTrue(p.contains("/schemaVersion type"), p.toString());
    assertTrue(p.contains("/spc/measures/0/target type"), p.toString());
    assertTrue(p.contains("/psa/seed range"), p.toString());
    assertTrue(p.contains("/organisations/0 type"), p.toString());
    assertTrue(p.contains("/organisations/1 type"), p.toString());
    assertTrue(p.contains("/organisations/2 type"), p.toString());
  }

  @Test
  void anOlderSchemaVersionAndUnknownFieldsAreNamed() throws IOException {
    List<String> p =
        problems(
            copy(
                tree -> {
                  tree.put("schemaVersion", 1);
                  ((ObjectNode) tree.path("spc").path("measures").get(0))
                      .put("column", "four-hour");
                }));
    assertEquals(
        List.of("/schemaVersion schema-version", "/spc/measures/0/column unknown-field"), p);
  }

  @Test
  void partsAreReadInsideTheDocumentsFolderOnly() throws IOException {
    List<Problem> absolute =
        assertThrows(
                ValidationException.class,
                () -> EvaluationDocuments.read(copy(t -> t.put("governance", "/etc/passwd"))))
            .problems();
    assertEquals("part.unreadable", absolute.get(0).code());
    assertTrue(
        absolute.get(0).message().contains("outside the evaluation document's folder"),
        absolute.get(0).message());
    assertFalse(absolute.get(0).message().contains("root:"), "nothing of the file is read");
    List<Problem> up =
        assertThrows(
                ValidationException.class,
                () ->
                    EvaluationDocuments.read(copy(t -> t.put("appraisal", "../../../etc/passwd"))))
            .problems();
    assertTrue(
        up.get(0).message().contains("outside the evaluation document's folder"),
        up.get(0).message());
    Path outside = Files.createTempDirectory("outside");
    Files.writeString(outside.resolve("secret.json"), "{}");
    Path file = copy(t -> t.put("governance", "link.json"));
    Files.createSymbolicLink(dir.resolve("link.json"), outside.resolve("secret.json"));
    List<Problem> link =
        assertThrows(ValidationException.class, () -> EvaluationDocuments.read(file)).problems();
    assertTrue(
        link.get(0).message().contains("leads outside the evaluation document's folder"),
        link.get(0).message());
    Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"));
    List<Problem> zero =
        assertThrows(
                ValidationException.class,
                () ->
                    EvaluationDocuments.read(
                        copy(t -> ((ObjectNode) t.path("data")).put("file", "zero.csv"))))
            .problems();
    assertEquals("part.unreadable", zero.get(0).code());
  }

  @Test
  void aMissingPartIsNamed() throws IOException {
    List<Problem> p =
        assertThrows(
                ValidationException.class,
                () -> EvaluationDocuments.read(copy(t -> t.put("appraisal", "none.json"))))
            .problems();
    assertEquals("part.missing", p.get(0).code());
    assertEquals("none.json: no such file (named by /appraisal)", p.get(0).message());
  }

  @Test
  void aProblemInAPartIsNamedWithItsFileAndPlace() throws IOException {
    Path file = copy(t -> {});
    Files.writeString(
        dir.resolve("bbmk-data.csv"),
        "period,organisation,site,service,measure,numerator,denominator,value\n"
            + "2018-01,RC1,RC101,,ae-4h,7000,6000,\n");
    List<Problem> p =
        assertThrows(ValidationException.class, () -> EvaluationDocuments.read(file)).problems();
    assertEquals(
        List.of(
            "bbmk-data.csv:2: numerator: the numerator 7000 is more than the denominator 6000: a proportion is at most 1"),
        p.stream().map(Problem::message).toList());
  }

  @Test
  void fortyCopiesOfOneMeasureAreRefused() throws IOException {
    List<String> p =
        problems(
            copy(
                tree -> {
                  ArrayNode measures = ((ObjectNode) tree.path("spc")).putArray("measures");
                  for (int i = 0; i < 40; i++) {
                    measures.addObject().put("measure", "ae-4h");
                  }
                }));
    assertEquals(39, p.size(), p.toString());
    assertEquals("/spc/measures/1/measure duplicate", p.get(0));
    List<String> many =
        problems(
            copy(
                tree -> {
                  ArrayNode measures = ((ObjectNode) tree.path("spc")).putArray("measures");
                  for (int i = 0; i < EvaluationCodec.MAX_MEASURES + 1; i++) {
                    measures.addObject().put("measure", "m" + i);
                  }
                }));
    assertEquals("/spc/measures range", many.get(0));
  }

  @Test
  void aDateFarInTheFutureIsRefusedBeforeTheWorkGrowsWithTheFigure() {
    EvaluationDocument doc = Examples.bbmk();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BoardPack.evaluate(doc, LocalDate.of(9999, 12, 31)));
    assertTrue(
        e.getMessage().contains("outside the financial years")
            || e.getMessage().contains("points; at most 40,000 are charted"),
        e.getMessage());
    // 3 measures at 5 organisations from April 2016 to November 9998 (the last month ending by
    // 9998-12-31)
    IllegalArgumentException bound =
        assertThrows(
            IllegalArgumentException.class,
            () -> BoardPack.evaluate(doc, LocalDate.of(9998, 12, 31)));
    long months = (9998 - 2016) * 12L + 11 - 4 + 1;
    assertTrue(
        bound
            .getMessage()
            .contains(
                String.format(
                    java.util.Locale.ROOT,
                    "3 measures at 15 units over up to %,d periods: %,d points; at most 40,000",
                    months,
                    months * 15)),
        bound.getMessage());
  }
}
