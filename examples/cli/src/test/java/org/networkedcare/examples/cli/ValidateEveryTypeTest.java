package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate} on every document type the library reads, detected from the document: the
 * shipped examples are valid, and a document with problems in several parts (and in the dataset it
 * names) gets all of them in one run, without follow-on problems.
 */
class ValidateEveryTypeTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The shipped examples, in the module's sources (the test's working directory is the module). */
  private static Path examples() {
    return Path.of("src/main/resources/org/networkedcare/examples");
  }

  @ParameterizedTest
  @CsvSource({
    "hub/hub-network.json, network document",
    "hub/hub-governance.json, governance document",
    "eastern-eye.json, governance document",
    "hub/hub-appraisal.json, appraisal document",
    "appraisal/hub-and-host.json, appraisal document",
    "cohort/small-service.json, cohort model",
    "hub/hub-evaluation.json, evaluation document",
    "bbmk-evaluation.json, evaluation document"
  })
  void detectsAndAcceptsEveryShippedDocument(String file, String type) {
    Run run = Run.of("validate", "--input", examples().resolve(file).toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("valid " + type + ": "), run.out());
  }

  @Test
  void aMeasureDatasetIsCheckedAgainstItsNetwork() {
    Path hub = examples().resolve("hub");
    Run run =
        Run.of(
            "validate",
            "--input",
            hub.resolve("hub-data.csv").toString(),
            "--network",
            hub.resolve("hub-network.json").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("valid measure dataset: ") && run.out().contains("505 rows"),
        run.out());
    Run alone = Run.of("validate", "--input", hub.resolve("hub-data.csv").toString());
    assertEquals(2, alone.code(), alone.err());
    assertTrue(alone.err().contains("--network"), alone.err());
    Run typed =
        Run.of(
            "validate",
            "--input",
            hub.resolve("hub-network.json").toString(),
            "--type",
            "appraisal");
    assertEquals(1, typed.code(), typed.err());
    assertEquals(
        2,
        Run.of("validate", "--input", hub.resolve("hub-network.json").toString(), "--type", "memo")
            .code());
  }

  /**
   * A governance document with a bad agreement and a bad row in the dataset it names: one run, both
   * problems (the dataset is checked against the document's network, which is valid).
   */
  @Test
  void everyStageOfAGovernanceDocumentInOneRun(@TempDir Path dir) throws IOException {
    Path hub = examples().resolve("hub");
    ObjectNode doc =
        (ObjectNode) MAPPER.readTree(Files.readAllBytes(hub.resolve("hub-governance.json")));
    ((ObjectNode) doc.get("agreements").get(0)).put("colour", "blue");
    Files.write(dir.resolve("governance.json"), MAPPER.writeValueAsBytes(doc));
    String data = Files.readString(hub.resolve("hub-data.csv"), StandardCharsets.UTF_8);
    String[] lines = data.split("\n", -1);
    lines[1] = lines[1].replaceFirst("^[^,]*,", "2024-13,");
    Files.writeString(dir.resolve(doc.get("data").textValue()), String.join("\n", lines));

    Run run = Run.of("validate", "--input", dir.resolve("governance.json").toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("/agreements/0/colour"), run.err());
    assertTrue(run.err().contains(doc.get("data").textValue() + ":2:"), run.err());
  }

  @Test
  void anUnknownFormOrLegalVehicleListsTheAllowedValues(@TempDir Path dir) throws IOException {
    ObjectNode doc =
        (ObjectNode)
            MAPPER.readTree(Files.readAllBytes(examples().resolve("hub/hub-network.json")));
    ((ObjectNode) doc.get("network").get("form")).put("form", "alliance");
    ((ObjectNode) doc.get("network").get("form")).put("legalVehicle", "handshake");
    Files.write(dir.resolve("network.json"), MAPPER.writeValueAsBytes(doc));
    Run run = Run.of("validate", "--input", dir.resolve("network.json").toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(
        run.err().contains("/network/form/form: 'alliance' is not a form of organisational-forms"),
        run.err());
    assertTrue(run.err().contains("the forms are: buddying (collaboration)"), run.err());
    assertTrue(
        run.err().contains("/network/form/legalVehicle: 'handshake' is not a legal vehicle"),
        run.err());
    assertTrue(
        run.err().contains("the legal vehicles are: memorandum-of-understanding"), run.err());
  }

  /** One unreadable parameter is one problem: its uses do not add "no parameter" problems. */
  @Test
  void anUnreadableParameterHasNoFollowOnProblems(@TempDir Path dir) throws IOException {
    ObjectNode doc =
        (ObjectNode)
            MAPPER.readTree(Files.readAllBytes(examples().resolve("hub/hub-appraisal.json")));
    String name = doc.get("parameters").fieldNames().next();
    ((ObjectNode) doc.get("parameters").get(name)).put("value", "lots");
    Files.write(dir.resolve("appraisal.json"), MAPPER.writeValueAsBytes(doc));
    Run run = Run.of("validate", "--input", dir.resolve("appraisal.json").toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("/parameters/" + name + "/value: "), run.err());
    assertFalse(run.err().contains("no parameter"), run.err());
    // a parameter that is simply absent is still reported where it is used
    JsonNode removed = ((ObjectNode) doc.get("parameters")).remove(name);
    assertTrue(removed != null);
    Files.write(dir.resolve("appraisal.json"), MAPPER.writeValueAsBytes(doc));
    Run absent = Run.of("validate", "--input", dir.resolve("appraisal.json").toString());
    assertEquals(1, absent.code(), absent.err());
    assertTrue(absent.err().contains("no parameter '" + name + "'"), absent.err());
  }

  /**
   * An unreadable measure, party or baseline is reported once, at itself: the baselines that
   * measure it and the lines that name them add no "no measure", "no party" or "no baseline"
   * problems, while a baseline's own other problems still come in the same run.
   */
  @Test
  void unreadableMeasuresPartiesAndBaselinesHaveNoFollowOnProblems(@TempDir Path dir)
      throws IOException {
    ObjectNode doc =
        (ObjectNode)
            MAPPER.readTree(Files.readAllBytes(examples().resolve("hub/hub-appraisal.json")));
    ((ObjectNode) doc.get("measures").get(0)).put("kind", "ratio-thing");
    ((ObjectNode) doc.get("baselines").get(0)).put("value", "high");
    String party = doc.get("parties").get(1).get("id").textValue();
    ((ObjectNode) doc.get("parties").get(1)).put("name", 42);
    Files.write(dir.resolve("appraisal.json"), MAPPER.writeValueAsBytes(doc));
    Run run = Run.of("validate", "--input", dir.resolve("appraisal.json").toString());
    assertEquals(1, run.code(), run.err());
    assertEquals(
        List.of("/parties/1/name", "/measures/0/kind", "/baselines/0/value"),
        run.err().lines().map(l -> l.substring(0, l.indexOf(':'))).sorted(ORDER).toList(),
        run.err());
    assertFalse(run.err().contains("no measure"), run.err());
    assertFalse(run.err().contains("no baseline"), run.err());
    assertFalse(run.err().contains("no party '" + party + "'"), run.err());
  }

  private static final java.util.Comparator<String> ORDER =
      java.util.Comparator.comparingInt(
          (String path) ->
              List.of("/parties", "/measures", "/baselines")
                  .indexOf(path.substring(0, path.indexOf('/', 1))));
}
