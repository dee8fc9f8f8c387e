package org.networkedcare.examples.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.validation.Problem;
import org.networkedcare.core.validation.ValidationException;
import org.networkedcare.examples.cli.Invocation;
import org.networkedcare.metrics.json.AppraisalJson;

/**
 * The service on an ephemeral loopback port: every endpoint with good and bad input, answering what
 * the command line answers, every answer checked against the OpenAPI document.
 */
class ServiceTest {

  static final String JSON = "application/json";
  static final String CSV = "text/csv";

  @TempDir static Path work;
  static NetworkedCareService service;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    service = NetworkedCareService.start("127.0.0.1", 0, work, ServiceLimits.defaults(), false);
    http = new Http(service);
  }

  @AfterAll
  static void stop() {
    service.stop();
    assertTrue(service.stopped());
  }

  static byte[] example(String name) {
    try (InputStream in =
        ServiceTest.class.getResourceAsStream("/org/networkedcare/examples/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String SPC = spcCsv();

  /** Two years of a monthly count, made up for the test, unlike any example. */
  private static String spcCsv() {
    StringBuilder b = new StringBuilder("month,value,site\n");
    for (int i = 0; i < 24; i++) {
      b.append(
          String.format(
              "%d-%02d-01,%d,%s%n",
              2023 + i / 12,
              i % 12 + 1,
              40 + (i * 7) % 11 + (i > 18 ? 9 : 0),
              i % 2 == 0 ? "A" : "B"));
    }
    return b.toString();
  }

  private static List<Map<String, String>> rows(String csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = null;
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(csv)) {
      if (header == null) {
        header = r.getFields();
        continue;
      }
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.getField(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<Map<String, String>> rows(JsonNode array) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode row : array) {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      row.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
      rows.add(m);
    }
    return rows;
  }

  private static void assertProblem(Http.Answer a, int status, String type) {
    assertEquals(status, a.status(), a::text);
    assertEquals("application/problem+json", a.type());
    JsonNode p = a.json();
    assertEquals("urn:networkedcare:problem:" + type, p.get("type").asText(), a::text);
    assertEquals(status, p.get("status").asInt());
    assertFalse(a.text().contains("\tat "), "no stack trace");
  }

  /** The problems of a 400 answer as the command line prints them: {@code message [code]}. */
  private static List<String> printed(Http.Answer a) {
    assertProblem(a, 400, "invalid-input");
    List<String> out = new ArrayList<>();
    a.json()
        .get("problems")
        .forEach(p -> out.add(p.get("message").asText() + " [" + p.get("code").asText() + "]"));
    return out;
  }

  @Test
  void openApiDocumentParsesAndHoldsTheProjectsSchemas() {
    JsonNode doc = http.openApi();
    JsonNode schemas = doc.get("components").get("schemas");
    for (String name : OpenApi.SCHEMAS.keySet()) {
      assertTrue(schemas.has(name), name);
    }
    Set<String> paths = new HashSet<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertEquals(
        Set.of(
            "/v1/appraise",
            "/v1/assure",
            "/v1/spc",
            "/v1/funnel",
            "/v1/cea",
            "/v1/psa",
            "/v1/cohort",
            "/v1/data/check",
            "/v1/report",
            "/v1/health",
            "/v1/metrics",
            "/openapi.json"),
        paths);
  }

  @Test
  void health() {
    Http.Answer a = http.get("/v1/health");
    assertEquals(200, a.status());
    assertEquals("ok", a.json().get("status").asText());
  }

  @Test
  void appraiseAnswersWhatTheCalculatorAnswers() {
    byte[] doc = example("bbmk-appraisal.json");
    Http.Answer a = http.post("/v1/appraise", "application/json; charset=utf-8", doc);
    assertEquals(200, a.status(), a::text);
    assertArrayEquals(AppraisalJson.evaluate(doc), a.body());
  }

  @Test
  void appraiseAnswersEveryProblemWithItsPointerInTheCalculatorsOrder() {
    String bad =
        "{\"schemaVersion\": 1, \"title\": \"t\", \"yearZero\": \"2025/26\", \"horizonYears\": -3, \"nope\": 1}";
    List<Problem> expected =
        assertThrows(ValidationException.class, () -> AppraisalJson.evaluate(bad)).problems();
    Http.Answer a = http.post("/v1/appraise", JSON, bad);
    assertEquals(
        expected.stream().map(p -> p.message() + " [" + p.code() + "]").toList(), printed(a));
    List<String> pointers = new ArrayList<>();
    a.json().get("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
    assertEquals(expected.stream().map(Problem::path).toList(), pointers);
    assertEquals("/v1/appraise", a.json().get("instance").asText());
  }

  /** {@return whether a python3 runs here} The client's test is skipped where none does. */
  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private record Run(int exit, String out, String err) {}

  private static Run client(Path document) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "python3",
                Path.of("client", "appraise.py").toString(),
                document.toString(),
                "--url",
                "http://127.0.0.1:" + service.port())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  /**
   * The Python example client (standard library only) against the real server: each option's NPSV
   * from the calculator's own result, and on bad input every problem as the calculator reports it.
   */
  @Test
  void thePythonClientAppraisesAndPrintsEveryProblem(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(python(), "no python3 here");
    byte[] doc = example("bbmk-appraisal.json");
    Run good = client(Files.write(dir.resolve("a.json"), doc));
    assertEquals(0, good.exit(), good::err);
    JsonNode result = Http.MAPPER.readTree(AppraisalJson.evaluate(doc));
    List<String> lines = good.out().lines().toList();
    assertEquals(result.get("title").asText(), lines.get(0));
    assertEquals(result.get("options").size() + 1, lines.size(), good::out);
    for (int i = 0; i < result.get("options").size(); i++) {
      JsonNode option = result.get("options").get(i);
      String line = lines.get(i + 1);
      assertTrue(
          line.startsWith(option.get("option").asText())
              && line.contains("NPSV " + option.get("totals").get("npsv").asText()),
          line);
    }
    String bad =
        "{\"schemaVersion\": 1, \"title\": \"t\", \"yearZero\": \"2025/26\", \"horizonYears\": -3}";
    List<Problem> expected =
        assertThrows(ValidationException.class, () -> AppraisalJson.evaluate(bad)).problems();
    Run refused = client(Files.writeString(dir.resolve("bad.json"), bad));
    assertEquals(1, refused.exit(), refused::err);
    assertEquals(
        expected.stream()
            .map(
                p ->
                    (p.path().isEmpty() ? "(document)" : p.path())
                        + ": "
                        + p.message()
                        + " ["
                        + p.code()
                        + "]")
            .toList(),
        refused.err().lines().toList());
  }

  @Test
  void malformedJsonIsAProblemWithItsPlace() {
    Http.Answer a = http.post("/v1/appraise", JSON, "{\"schemaVersion\": 1,");
    assertEquals(1, printed(a).size());
    assertTrue(a.json().get("problems").get(0).has("pointer"));
  }

  @Test
  void wrongMediaTypeMethodAndPath() {
    assertProblem(http.post("/v1/appraise", "text/plain", "{}"), 415, "unsupported-media-type");
    assertProblem(http.post("/v1/appraise", null, "{}"), 415, "unsupported-media-type");
    assertProblem(
        http.post("/v1/spc?dateColumn=month", "application/xml", "<a/>"),
        415,
        "unsupported-media-type");
    assertProblem(http.get("/v1/appraise"), 405, "method-not-allowed");
    assertProblem(http.post("/v1/health", JSON, "{}"), 405, "method-not-allowed");
    assertProblem(http.get("/v2/nothing"), 404, "not-found");
    assertProblem(http.post("/v1/appraise?x=1", JSON, "{}"), 400, "invalid-input");
  }

  @Test
  void spcAnswersTheCommandsFiles(@TempDir Path dir) throws IOException {
    Http.Answer a =
        http.post(
            "/v1/spc?dateColumn=month&valueColumn=value&improvement=decrease&target=45", CSV, SPC);
    assertEquals(200, a.status(), a::text);
    Path input = Files.writeString(dir.resolve("in.csv"), SPC);
    Invocation cli =
        Invocation.run(
            List.of(
                "spc",
                "--input",
                input.toString(),
                "--date-column",
                "month",
                "--value-column",
                "value",
                "--improvement",
                "decrease",
                "--target",
                "45",
                "--points",
                dir.resolve("p.csv").toString(),
                "--summary",
                dir.resolve("s.csv").toString()));
    assertEquals(0, cli.exitCode(), cli.err());
    JsonNode files = a.json().get("files");
    assertEquals(rows(Files.readString(dir.resolve("p.csv"))), rows(files.get("points.csv")));
    assertEquals(rows(Files.readString(dir.resolve("s.csv"))), rows(files.get("summary.csv")));
    assertEquals(24, files.get("points.csv").size());
    try (Stream<Path> left = Files.list(work)) {
      assertEquals(
          0,
          left.filter(p -> p.getFileName().toString().startsWith("request-")).count(),
          "every request's folder is removed");
    }
  }

  @Test
  void spcFacetsFiltersAndSwitches() {
    Http.Answer a =
        http.post(
            "/v1/spc?dateColumn=month&valueColumn=value&facetColumn=site&noScreening=true",
            CSV,
            SPC);
    assertEquals(200, a.status(), a::text);
    Set<String> facets = new HashSet<>();
    a.json().get("files").get("summary.csv").forEach(r -> facets.add(r.get("facet").asText()));
    assertEquals(Set.of("A", "B"), facets);
    Http.Answer filtered =
        http.post("/v1/spc?dateColumn=month&valueColumn=value&filter=site%3DA", CSV, SPC);
    assertEquals(12, filtered.json().get("files").get("points.csv").size());
  }

  @Test
  void spcAnswersEveryCsvProblemWithItsLineAsTheCommandPrintsThem(@TempDir Path dir)
      throws IOException {
    String bad = "month,value\n2024-01-01,x\n2024-13-01,3\n2024-03-01,1e\n";
    Http.Answer a = http.post("/v1/spc?dateColumn=month&valueColumn=value", CSV, bad);
    Path input = Files.writeString(dir.resolve("input.csv"), bad);
    Invocation cli =
        Invocation.run(
            List.of(
                "spc",
                "--input",
                input.toString(),
                "--date-column",
                "month",
                "--value-column",
                "value",
                "--points",
                dir.resolve("p.csv").toString(),
                "--summary",
                dir.resolve("s.csv").toString()));
    assertEquals(
        cli.lines().stream()
            .map(l -> l.substring(l.indexOf("input.csv: ") + "input.csv: ".length()))
            .toList(),
        printed(a));
    List<Long> lines = new ArrayList<>();
    a.json().get("problems").forEach(p -> lines.add(p.get("line").asLong()));
    assertEquals(List.of(2L, 3L, 4L), lines);
    assertTrue(a.json().get("problems").get(0).get("pointer").asText().startsWith("/rows/2/"));
  }

  @Test
  void spcParametersAreChecked() {
    List<String> unknown =
        printed(
            http.post("/v1/spc?dateColumn=month&valueColumn=value&points=/etc/passwd", CSV, SPC));
    assertTrue(
        unknown.get(0).contains("'points' is not one of this endpoint's")
            && unknown.get(0).endsWith("[unknown-parameter]"),
        unknown::toString);
    assertEquals(
        List.of("query parameter 'dateColumn' is required [required]"),
        printed(http.post("/v1/spc?valueColumn=value", CSV, SPC)));
    assertEquals(
        List.of("option --chart: 'zz' is not xmr, g, t, p, pp, u or up [usage]"),
        printed(http.post("/v1/spc?dateColumn=month&valueColumn=value&chart=zz", CSV, SPC)));
    assertEquals(
        List.of("query parameter 'noScreening' is true or false, not 'maybe' [parameter.value]"),
        printed(
            http.post("/v1/spc?dateColumn=month&valueColumn=value&noScreening=maybe", CSV, SPC)));
  }

  private static final String FUNNEL =
      "site,events,people\nP,12,140\nQ,30,260\nR,9,75\nS,41,310\nT,5,90\n";

  @Test
  void funnel() {
    Http.Answer a =
        http.post(
            "/v1/funnel?siteColumn=site&numeratorColumn=events&denominatorColumn=people&overdispersion=none",
            CSV,
            FUNNEL);
    assertEquals(200, a.status(), a::text);
    JsonNode files = a.json().get("files");
    assertEquals(5, files.get("sites.csv").size());
    assertTrue(files.get("funnel.svg").asText().startsWith("<?xml"));
    List<String> bad =
        printed(
            http.post(
                "/v1/funnel?siteColumn=site&numeratorColumn=events&denominatorColumn=people",
                CSV,
                "site,events,people\nP,x,140\n"));
    assertEquals(1, bad.size());
    assertTrue(bad.get(0).contains("x"), bad::toString);
    // funnel --filter: one month of a longer table
    Http.Answer may =
        http.post(
            "/v1/funnel?siteColumn=site&numeratorColumn=events&denominatorColumn=people"
                + "&overdispersion=none&filter=month%3D2024-05",
            CSV,
            "month,site,events,people\n2024-04,P,1,10\n2024-05,P,12,140\n2024-04,Q,2,20\n"
                + "2024-05,Q,30,260\n2024-05,R,9,75\n");
    assertEquals(200, may.status(), may::text);
    List<Map<String, String>> sites = rows(may.json().get("files").get("sites.csv"));
    assertEquals(List.of("P", "Q", "R"), sites.stream().map(r -> r.get("site")).toList());
    assertEquals("260", sites.get(1).get("denominator"));
  }

  private static byte[] files(Map<String, Object> files) {
    ObjectNode o = Http.MAPPER.createObjectNode();
    files.forEach(
        (k, v) -> o.set(k, v instanceof byte[] b ? parse(b) : Http.MAPPER.valueToTree(v)));
    return o.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode parse(byte[] json) {
    try {
      return Http.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void cea() {
    byte[] body =
        files(
            Map.of(
                "costs.csv",
                "usual,new\n100,160\n120,150\n",
                "effects.csv",
                "usual,new\n1.0,1.2\n0.9,1.1\n"));
    Http.Answer a = http.post("/v1/cea?wtp=0:20000:10000&reference=usual", JSON, body);
    assertEquals(200, a.status(), a::text);
    assertEquals(3, a.json().get("files").get("evpi.csv").size());
    List<String> missing =
        printed(http.post("/v1/cea?wtp=100", JSON, files(Map.of("costs.csv", "a\n1\n"))));
    assertEquals(List.of("the body has no file effects.csv (for --effects) [required]"), missing);
    List<String> names =
        printed(http.post("/v1/cea?wtp=100", JSON, files(Map.of("../x.csv", "a\n1\n"))));
    assertTrue(names.get(0).endsWith("[file.name]"), names::toString);
    List<String> differ =
        printed(
            http.post(
                "/v1/cea?wtp=100",
                JSON,
                files(Map.of("costs.csv", "a,b\n1,2\n", "effects.csv", "a,c\n1,2\n"))));
    assertEquals(1, differ.size(), differ::toString);
  }

  @Test
  void psaAndItsDrawLimit() {
    Http.Answer a = http.post("/v1/psa?seed=7&draws=200", JSON, example("bbmk-appraisal.json"));
    assertEquals(200, a.status(), a::text);
    assertFalse(a.json().get("files").isEmpty());
    Http.Answer again = http.post("/v1/psa?seed=7&draws=200", JSON, example("bbmk-appraisal.json"));
    assertArrayEquals(a.body(), again.body(), "seeded: the same answer every time");
    assertProblem(
        http.post("/v1/psa?seed=7&draws=10001", JSON, example("bbmk-appraisal.json")),
        413,
        "too-large");
    assertEquals(
        1,
        printed(http.post("/v1/psa?seed=x&draws=10", JSON, example("bbmk-appraisal.json"))).size());
  }

  /** {@code {"appraisal": A, "governance": G}} as one JSON body. */
  private static byte[] envelope(byte[] appraisal, byte[] governance) {
    try {
      ObjectNode o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
      o.set("appraisal", org.networkedcare.core.json.Json.parse(appraisal));
      o.set("governance", org.networkedcare.core.json.Json.parse(governance));
      return org.networkedcare.core.json.Json.write(o).getBytes(StandardCharsets.UTF_8);
    } catch (ValidationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The hub's rent names its host agreement's money flow and gives no amount of its own: alone the
   * appraisal cannot be evaluated (the flow is unresolved at its pointer); with the governance
   * document in the envelope the answer is byte for byte what {@code appraise --governance} writes.
   */
  @Test
  void appraiseResolvesTransfersFromTheGovernanceDocument(@TempDir Path dir) throws IOException {
    byte[] appraisal = example("hub/hub-appraisal.json");
    byte[] governance = example("hub/hub-governance.json");
    Http.Answer alone = http.post("/v1/appraise", JSON, appraisal);
    assertProblem(alone, 400, "invalid-input");
    assertTrue(alone.text().contains("transfer.flow-unresolved"), alone::text);

    Http.Answer a = http.post("/v1/appraise", JSON, envelope(appraisal, governance));
    assertEquals(200, a.status(), a::text);
    Path in = Files.write(dir.resolve("a.json"), appraisal);
    Path g = Files.write(dir.resolve("g.json"), governance);
    Path out = dir.resolve("r.json");
    Invocation cli =
        Invocation.run(
            List.of(
                "appraise",
                "--input",
                in.toString(),
                "--governance",
                g.toString(),
                "--output",
                out.toString()));
    assertEquals(0, cli.exitCode(), cli.err());
    assertArrayEquals(Files.readAllBytes(out), a.body());

    Http.Answer psa = http.post("/v1/psa?seed=7&draws=200", JSON, envelope(appraisal, governance));
    assertEquals(200, psa.status(), psa::text);
    assertFalse(psa.json().get("files").isEmpty());
  }

  /**
   * Problems of both members come at once, placed under /appraisal and /governance, on appraise and
   * on psa alike; an envelope with an unknown member or a member that is not an object is refused.
   */
  @Test
  void anAppraisalEnvelopesProblemsArePlacedInTheBody() throws IOException {
    ObjectNode appraisal =
        (ObjectNode) org.networkedcare.core.json.Json.parse(example("hub/hub-appraisal.json"));
    appraisal.put("horizonYears", -3);
    ObjectNode governance =
        (ObjectNode) org.networkedcare.core.json.Json.parse(example("hub/hub-governance.json"));
    ((ObjectNode) governance.get("agreements").get(0)).put("colour", "blue");
    byte[] both =
        envelope(
            org.networkedcare.core.json.Json.write(appraisal).getBytes(StandardCharsets.UTF_8),
            org.networkedcare.core.json.Json.write(governance).getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/v1/appraise", "/v1/psa?seed=7&draws=20")) {
      Http.Answer a = http.post(path, JSON, both);
      assertProblem(a, 400, "invalid-input");
      List<String> pointers = new ArrayList<>();
      a.json().get("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
      assertTrue(pointers.contains("/appraisal/horizonYears"), path + " " + pointers);
      assertTrue(pointers.contains("/governance/agreements/0/colour"), path + " " + pointers);
    }
    Http.Answer extra =
        http.post("/v1/appraise", JSON, "{\"appraisal\": {}, \"governance\": 3, \"notes\": \"x\"}");
    assertProblem(extra, 400, "invalid-input");
    List<String> pointers = new ArrayList<>();
    extra.json().get("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
    assertEquals(List.of("/notes", "/governance"), pointers);
  }

  @Test
  void cohort() {
    Http.Answer a = http.post("/v1/cohort", JSON, example("cohort/small-service.json"));
    assertEquals(200, a.status(), a::text);
    assertTrue(a.json().get("files").has("counts.csv"));
    assertFalse(a.json().get("output").asText().isEmpty());
    Http.Answer bad = http.post("/v1/cohort", JSON, "{\"schemaVersion\": 1}");
    assertTrue(printed(bad).size() > 1, bad::text);
  }

  @Test
  void assureAnswersTheAssessment() {
    Http.Answer a = http.post("/v1/assure?asOf=2024-09-20", JSON, example("eastern-eye.json"));
    assertEquals(200, a.status(), a::text);
    assertEquals("2024-09-20", a.json().get("asOf").asText());
    assertEquals(
        List.of("query parameter 'asOf' is required [required]"),
        printed(http.post("/v1/assure", JSON, example("eastern-eye.json"))));
    assertEquals(
        1,
        printed(http.post("/v1/assure?asOf=2024-99-01", JSON, example("eastern-eye.json"))).size());
    assertFalse(
        printed(http.post("/v1/assure?asOf=2024-09-20", JSON, "{\"schemaVersion\": 1}")).isEmpty());
  }

  @Test
  void dataCheck() {
    Http.Answer a =
        http.post(
            "/v1/data/check",
            JSON,
            files(
                Map.of(
                    "network.json",
                    example("bbmk-network.json"),
                    "data.csv",
                    new String(example("bbmk-data.csv"), StandardCharsets.UTF_8))));
    assertEquals(200, a.status(), a::text);
    assertFalse(a.json().get("output").asText().isEmpty());
    String data = new String(example("bbmk-data.csv"), StandardCharsets.UTF_8);
    String header = data.substring(0, data.indexOf('\n') + 1);
    String firstRow = data.substring(header.length(), data.indexOf('\n', header.length()) + 1);
    Http.Answer bad =
        http.post(
            "/v1/data/check",
            JSON,
            files(
                Map.of(
                    "network.json",
                    example("bbmk-network.json"),
                    "data.csv",
                    header + firstRow.replaceFirst("^[^,]*", "no-such-measure") + firstRow)));
    assertEquals(400, bad.status(), bad::text);
    JsonNode first = bad.json().get("problems").get(0);
    assertEquals(2, first.get("line").asInt(), bad::text);
  }

  @Test
  void reportAnswersTheHtmlOrTheZip() throws IOException {
    Map<String, Object> parts =
        Map.of(
            "evaluation.json",
            example("bbmk-evaluation.json"),
            "bbmk-governance.json",
            example("bbmk-governance.json"),
            "bbmk-appraisal.json",
            example("bbmk-appraisal.json"),
            "bbmk-data.csv",
            new String(example("bbmk-data.csv"), StandardCharsets.UTF_8));
    Http.Answer html = http.post("/v1/report", JSON, files(parts));
    assertEquals(200, html.status(), html::text);
    assertTrue(html.type().startsWith("text/html"));
    assertTrue(html.text().contains("<html"));
    Http.Answer zip =
        http.post("/v1/report", JSON, files(parts), Map.of("Accept", "application/zip"));
    assertEquals("application/zip", zip.type());
    Set<String> names = new HashSet<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertTrue(names.contains("index.html"), names::toString);
    Http.Answer missing =
        http.post(
            "/v1/report", JSON, files(Map.of("evaluation.json", example("bbmk-evaluation.json"))));
    assertEquals(400, missing.status(), missing::text);
  }

  @Test
  void metricsCountRequestsProblemsAndLatency() {
    http.get("/v1/health");
    http.post("/v1/appraise", JSON, "{}");
    Http.Answer a = http.get("/v1/metrics");
    assertEquals(200, a.status());
    assertTrue(a.type().startsWith("text/plain"));
    String text = a.text();
    assertTrue(
        text.contains("networkedcare_requests_total{route=\"/v1/health\",status=\"200\"}"), text);
    assertTrue(text.contains("networkedcare_problems_total{route=\"/v1/appraise\"}"), text);
    assertTrue(
        text.contains(
            "networkedcare_request_duration_seconds_bucket{route=\"/v1/appraise\",le=\"+Inf\"}"),
        text);
    assertTrue(text.contains("# TYPE networkedcare_request_duration_seconds histogram"), text);
    for (Iterator<String> it = text.lines().iterator(); it.hasNext(); ) {
      String line = it.next();
      assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*\\})? [0-9.E+-]+"), line);
    }
  }
}
