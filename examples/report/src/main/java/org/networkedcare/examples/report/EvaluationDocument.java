package org.networkedcare.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.examples.data.AeMonth;

/**
 * The evaluation document (schema {@code evaluation.schema.json}): a small JSON document naming a
 * governance document, an appraisal document and an A&amp;E data file by paths relative to itself,
 * with the SPC settings (baseline months and the measures charted) and the probabilistic analysis
 * (draws, seed, willingness-to-pay grid). See docs/board-pack.md.
 *
 * @param title the pack's title
 * @param asOf the default evaluation date
 * @param governanceName the governance document's relative path
 * @param governance the governance document's bytes
 * @param appraisalName the appraisal document's relative path
 * @param appraisal the appraisal document's bytes
 * @param dataName the data file's relative path
 * @param dataSource the data's source, in words
 * @param rows the type 1 A&amp;E rows of the data file
 * @param organisations the organisations charted, in order
 * @param baselineFrom the first month of the SPC baseline (the first month charted)
 * @param baselineTo the last month of the SPC baseline
 * @param rebase the months from which the SPC limits are recalculated (none by default)
 * @param measures the measures charted
 * @param draws the number of PSA draws
 * @param seed the PSA seed
 * @param wtpFrom the first willingness to pay per QALY of the acceptability curve
 * @param wtpTo the last willingness to pay
 * @param wtpStep the step
 */
public record EvaluationDocument(
    String title, LocalDate asOf, String governanceName, byte[] governance, String appraisalName, byte[] appraisal,
    String dataName, String dataSource, List<AeMonth> rows, List<String> organisations, YearMonth baselineFrom,
    YearMonth baselineTo, List<YearMonth> rebase, List<Measure> measures, int draws, long seed, double wtpFrom, double wtpTo, double wtpStep) {

  /** The shipped example evaluation document. */
  public static final String RESOURCE = "/org/networkedcare/examples/bbmk-evaluation.json";

  /**
   * One charted measure.
   *
   * @param id the measure's identifier (as in the governance document)
   * @param name its name for the page
   * @param column the data column: {@code four-hour}, {@code attendances} or {@code admissions}
   * @param direction the improvement direction
   * @param target the target, if any
   * @param percent whether values are shown as percentages
   */
  public record Measure(String id, String name, String column, ImprovementDirection direction, OptionalDouble target, boolean percent) {

    /**
     * {@return the measure's value in a month}
     *
     * @param m the month's row
     */
    public double value(AeMonth m) {
      return switch (column) {
        case "four-hour" -> m.fourHourPerformance();
        case "attendances" -> m.attendances();
        case "admissions" -> m.admissions();
        default -> throw new IllegalStateException(column);
      };
    }
  }

  /**
   * Copies the lists; the byte arrays are the caller's.
   *
   * @param title the title
   * @param asOf the asOf
   * @param governanceName the governanceName
   * @param governance the governance
   * @param appraisalName the appraisalName
   * @param appraisal the appraisal
   * @param dataName the dataName
   * @param dataSource the dataSource
   * @param rows the rows
   * @param organisations the organisations
   * @param baselineFrom the baselineFrom
   * @param baselineTo the baselineTo
   * @param rebase the rebase
   * @param measures the measures
   * @param draws the draws
   * @param seed the seed
   * @param wtpFrom the wtpFrom
   * @param wtpTo the wtpTo
   * @param wtpStep the wtpStep
   */
  public EvaluationDocument {
    rows = List.copyOf(rows);
    organisations = List.copyOf(organisations);
    rebase = List.copyOf(rebase);
    measures = List.copyOf(measures);
  }

  /** {@return the shipped example, its parts read from the class path} */
  public static EvaluationDocument shipped() {
    String dir = RESOURCE.substring(0, RESOURCE.lastIndexOf('/') + 1);
    return parse(resource(RESOURCE), name -> resource(dir + name));
  }

  /**
   * {@return the document in a file, its parts read relative to the file's directory}
   *
   * @param file the evaluation document
   * @throws IllegalArgumentException when the document or a part is missing or invalid
   */
  public static EvaluationDocument read(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    return parse(bytes(file), name -> bytes(dir.resolve(name)));
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = EvaluationDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the document, its parts read by name}
   *
   * @param json the document's bytes
   * @param parts reads a part by its relative path
   * @throws IllegalArgumentException when the document is invalid
   */
  public static EvaluationDocument parse(byte[] json, Function<String, byte[]> parts) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the evaluation document is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the evaluation document must be a JSON object");
    }
    if (root.path("schemaVersion").asInt(0) != 1) {
      throw new IllegalArgumentException("/schemaVersion: must be 1");
    }
    String governanceName = text(root, "/governance");
    String appraisalName = text(root, "/appraisal");
    String dataName = text(root, "/data/file");
    List<AeMonth> rows = AeAttendances.read(new ByteArrayInputStream(parts.apply(dataName)));
    List<String> orgs = new ArrayList<>();
    root.at("/data/organisations").forEach(n -> orgs.add(n.asText()));
    if (orgs.isEmpty()) {
      throw new IllegalArgumentException("/data/organisations: name at least one organisation");
    }
    List<Measure> measures = new ArrayList<>();
    int i = 0;
    for (JsonNode m : root.at("/spc/measures")) {
      String at = "/spc/measures/" + i++;
      String column = text(m, "/column", at);
      if (!List.of("four-hour", "attendances", "admissions").contains(column)) {
        throw new IllegalArgumentException(at + "/column: four-hour, attendances or admissions, not " + column);
      }
      ImprovementDirection direction = ImprovementDirection.byId().get(text(m, "/direction", at));
      if (direction == null) {
        throw new IllegalArgumentException(at + "/direction: increase, decrease or neutral");
      }
      OptionalDouble target = m.has("target") ? OptionalDouble.of(m.get("target").asDouble()) : OptionalDouble.empty();
      measures.add(new Measure(text(m, "/measure", at), text(m, "/name", at), column, direction, target,
          "percent".equals(m.path("unit").asText())));
    }
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("/spc/measures: name at least one measure");
    }
    YearMonth from = month(root, "/spc/baseline/from");
    YearMonth to = month(root, "/spc/baseline/to");
    if (to.isBefore(from.plusMonths(11))) {
      throw new IllegalArgumentException("/spc/baseline: at least 12 months");
    }
    List<YearMonth> rebase = new ArrayList<>();
    for (int r = 0; r < root.at("/spc/rebase").size(); r++) {
      YearMonth month = month(root, "/spc/rebase/" + r);
      if (!month.isAfter(to)) {
        throw new IllegalArgumentException("/spc/rebase: " + month + " is not after the baseline");
      }
      rebase.add(month);
    }
    JsonNode psa = root.path("psa");
    int draws = psa.path("draws").asInt(0);
    if (draws < 1 || draws > 1_000_000) {
      throw new IllegalArgumentException("/psa/draws: 1 to 1,000,000");
    }
    if (!psa.path("seed").isIntegralNumber()) {
      throw new IllegalArgumentException("/psa/seed: a whole number");
    }
    JsonNode wtp = psa.path("wtp");
    return new EvaluationDocument(text(root, "/title"), date(root, "/asOf"), governanceName, parts.apply(governanceName),
        appraisalName, parts.apply(appraisalName), dataName, Optional.ofNullable(root.at("/data/source").textValue()).orElse(dataName),
        rows, orgs, from, to, rebase, measures, draws, psa.path("seed").asLong(),
        wtp.path("from").asDouble(0), wtp.path("to").asDouble(100_000), wtp.path("step").asDouble(1000));
  }

  private static String text(JsonNode node, String pointer) {
    return text(node, pointer, "");
  }

  private static String text(JsonNode node, String pointer, String prefix) {
    JsonNode n = node.at(pointer);
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException(prefix + pointer + ": required text");
    }
    return n.asText();
  }

  private static YearMonth month(JsonNode node, String pointer) {
    try {
      return YearMonth.parse(text(node, pointer));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(pointer + ": a month YYYY-MM", e);
    }
  }

  private static LocalDate date(JsonNode node, String pointer) {
    try {
      return LocalDate.parse(text(node, pointer));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(pointer + ": a date YYYY-MM-DD", e);
    }
  }
}
