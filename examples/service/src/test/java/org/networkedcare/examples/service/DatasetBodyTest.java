package org.networkedcare.examples.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.examples.cli.Invocation;

/**
 * {@code /v1/spc} and {@code /v1/funnel} on a measure dataset sent as JSON with its network
 * document, and {@code /v1/assure} with the governance document and its dataset: on a small network
 * of its own (two invented trusts, three dermatology clinics, fourteen months), each answer
 * compared with the command line's on the same figures written out by hand, and each bad body
 * answered with exactly the problems the command line prints for the same file.
 */
class DatasetBodyTest {

  static final String JSON = "application/json";

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
  }

  /** Tarn Valley dermatology (invented): ZTA runs clinics ZTA01 and ZTA02, ZTB runs ZTB01. */
  static final String NETWORK =
      """
      {"schemaVersion": 1,
       "organisations": [
         {"odsCode": "ZTA", "name": "Tarn Valley Hospitals NHS Foundation Trust (invented)", "primaryRole": "nhs-foundation-trust", "openDate": "2015-04-01"},
         {"odsCode": "ZTB", "name": "Ousel Community NHS Trust (invented)", "primaryRole": "nhs-trust", "openDate": "2015-04-01"}],
       "sites": [
         {"code": "ZTA01", "name": "Tarn General (invented)", "organisation": "ZTA"},
         {"code": "ZTA02", "name": "Tarn Riverside clinic (invented)", "organisation": "ZTA"},
         {"code": "ZTB01", "name": "Ousel health centre (invented)", "organisation": "ZTB"}],
       "services": [{"id": "dermatology", "name": "adult dermatology outpatients"}],
       "provisions": [
         {"organisation": "ZTA", "service": "dermatology", "site": "ZTA01", "period": {"from": "2015-04-01"}},
         {"organisation": "ZTA", "service": "dermatology", "site": "ZTA02", "period": {"from": "2015-04-01"}},
         {"organisation": "ZTB", "service": "dermatology", "site": "ZTB01", "period": {"from": "2015-04-01"}}],
       "measures": [
         {"id": "derm-dna", "name": "appointments not attended", "unit": "proportion", "kind": "proportion", "direction": "decrease"},
         {"id": "derm-waiting", "name": "patients waiting over 52 weeks", "unit": "patients", "kind": "count", "direction": "decrease"}],
       "network": {"id": "tarn-dermatology", "name": "Tarn Valley dermatology network (invented)",
         "type": "single-specialty-network", "footprint": "ics",
         "memberships": [
           {"organisation": "ZTA", "role": "centre", "validity": {"from": "2023-04-01"}},
           {"organisation": "ZTB", "role": "host", "validity": {"from": "2023-04-01"}}],
         "form": {"family": "contractual", "form": "service-level-chain", "legalVehicle": "collaboration-agreement", "boards": 2,
           "pooling": {"accountability": "stays", "budget": "stays", "staff": "shared", "estates": "stays", "equipment": "stays", "brand": "stays", "backOffice": "stays"}}}}
      """;

  static final List<String> SITES = List.of("ZTA01", "ZTA02", "ZTB01");

  /** Appointments at a clinic in month m (0 = April 2024): made up, different at each clinic. */
  static int appointments(int site, int m) {
    return 180 + 40 * site + (m * 13 + site * 7) % 23;
  }

  /** Appointments not attended at a clinic in month m. */
  static int missed(int site, int m) {
    return 12 + (m * 5 + site * 3) % 9 + (m > 10 && site == 1 ? 6 : 0);
  }

  static int waiting(int site, int m) {
    return (m * 3 + site) % 5;
  }

  /** A clinic as the dataset names a unit: its organisation, then the site. */
  static String unit(int site) {
    return SITES.get(site).substring(0, 3) + "/" + SITES.get(site);
  }

  static String month(int m) {
    return String.format("%d-%02d", 2024 + (m + 3) / 12, (m + 3) % 12 + 1);
  }

  /** The dataset's JSON form: 14 months at each clinic of both measures (84 rows). */
  static ObjectNode dataset() {
    ObjectNode d = Http.MAPPER.createObjectNode();
    d.put("schemaVersion", 1);
    ArrayNode rows = d.putArray("rows");
    for (int m = 0; m < 14; m++) {
      for (int s = 0; s < 3; s++) {
        String site = SITES.get(s);
        rows.addObject()
            .put("period", month(m))
            .put("organisation", site.substring(0, 3))
            .put("site", site)
            .put("measure", "derm-dna")
            .put("numerator", missed(s, m))
            .put("denominator", appointments(s, m));
        rows.addObject()
            .put("period", month(m))
            .put("organisation", site.substring(0, 3))
            .put("site", site)
            .put("measure", "derm-waiting")
            .put("value", waiting(s, m));
      }
    }
    return d;
  }

  static JsonNode parse(String json) {
    try {
      return Http.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body that fits the OpenAPI document's schema (checked), whatever its figures. */
  static byte[] body(JsonNode network, JsonNode data) {
    ObjectNode b = Http.MAPPER.createObjectNode();
    b.set("network", network);
    b.set("data", data);
    http.validateRequest("DatasetSeriesRequest", b);
    return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A body whose dataset need not fit the schema (a value that is not a number). */
  static byte[] unchecked(JsonNode network, JsonNode data) {
    ObjectNode b = Http.MAPPER.createObjectNode();
    b.set("network", network);
    b.set("data", data);
    return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  static List<Map<String, String>> rows(String csv) {
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> header = null;
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(csv)) {
      if (header == null) {
        header = r.getFields();
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.getField(i));
      }
      rows.add(row);
    }
    return rows;
  }

  static List<Map<String, String>> rows(JsonNode array) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode row : array) {
      Map<String, String> m = new LinkedHashMap<>();
      row.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
      rows.add(m);
    }
    return rows;
  }

  static Invocation cli(String... args) {
    return Invocation.run(List.of(args));
  }

  /** The problems of a 400 answer as the command line prints a JSON dataset's. */
  static List<String> printed(Http.Answer a, String file) {
    assertEquals(400, a.status(), a::text);
    assertEquals("application/problem+json", a.type());
    List<String> out = new ArrayList<>();
    for (JsonNode p : a.json().get("problems")) {
      String pointer = p.path("pointer").asText();
      String place =
          p.has("line")
              ? ":" + p.get("line").asInt()
              : pointer.startsWith("/data/") ? ":" + pointer.substring("/data".length()) : "";
      out.add(
          file + place + ": " + p.get("message").asText() + " [" + p.get("code").asText() + "]");
    }
    return out;
  }

  /** The lines a command printed on standard error, without the folder of their files. */
  static List<String> errLines(Invocation run, Path dir) {
    return run.err().replace(dir + java.io.File.separator, "").lines().toList();
  }

  /**
   * The p chart of every unit: the clinics, ZTA (its two clinics added up: numerators over
   * denominators, never a mean of ratios) and the network, written out here by hand and charted by
   * the command line, is what the service answers; the improvement direction is the measure's.
   */
  @Test
  void spcChartsEveryUnitOfTheMeasureAsTheCommandLineChartsTheSameFigures(@TempDir Path dir)
      throws IOException {
    Http.Answer a =
        http.post("/v1/spc?measure=derm-dna&chart=p", JSON, body(parse(NETWORK), dataset()));
    assertEquals(200, a.status(), a::text);

    StringBuilder csv = new StringBuilder("date,unit,numerator,denominator\n");
    for (int s = 0; s < 3; s++) {
      for (int m = 0; m < 14; m++) {
        csv.append(month(m) + "-01," + unit(s) + "," + missed(s, m) + "," + appointments(s, m))
            .append('\n');
      }
    }
    for (int m = 0; m < 14; m++) {
      csv.append(
              month(m)
                  + "-01,ZTA,"
                  + (missed(0, m) + missed(1, m))
                  + ","
                  + (appointments(0, m) + appointments(1, m)))
          .append('\n');
    }
    for (int m = 0; m < 14; m++) {
      csv.append(month(m) + "-01,ZTB," + missed(2, m) + "," + appointments(2, m)).append('\n');
    }
    for (int m = 0; m < 14; m++) {
      csv.append(
              month(m)
                  + "-01,network,"
                  + (missed(0, m) + missed(1, m) + missed(2, m))
                  + ","
                  + (appointments(0, m) + appointments(1, m) + appointments(2, m)))
          .append('\n');
    }
    Path input = Files.writeString(dir.resolve("in.csv"), csv);
    Invocation run =
        cli(
            "spc",
            "--input=" + input,
            "--date-column=date",
            "--facet-column=unit",
            "--numerator-column=numerator",
            "--denominator-column=denominator",
            "--chart=p",
            "--improvement=decrease",
            "--points=" + dir.resolve("p.csv"),
            "--summary=" + dir.resolve("s.csv"));
    assertEquals(0, run.exitCode(), run::err);
    JsonNode files = a.json().get("files");
    assertEquals(rows(Files.readString(dir.resolve("p.csv"))), rows(files.get("points.csv")));
    assertEquals(rows(Files.readString(dir.resolve("s.csv"))), rows(files.get("summary.csv")));
    assertEquals(6 * 14, files.get("points.csv").size());
  }

  /** A count measure at one level: an XmR chart of its values, one per clinic. */
  @Test
  void spcOfACountAtTheClinics() {
    Http.Answer a =
        http.post(
            "/v1/spc?measure=derm-waiting&level=site&improvement=neutral",
            JSON,
            body(parse(NETWORK), dataset()));
    assertEquals(200, a.status(), a::text);
    List<Map<String, String>> points = rows(a.json().get("files").get("points.csv"));
    assertEquals(3 * 14, points.size());
    assertEquals("ZTA/ZTA01", points.get(0).get("facet"));
    assertEquals("2024-04-01", points.get(0).get("date"));
    assertEquals(Integer.toString(waiting(0, 0)), points.get(0).get("value"));
    assertEquals("ZTB/ZTB01", points.get(3 * 14 - 1).get("facet"));
  }

  /** The funnel of the clinics in one month, as the command line plots the same three rows. */
  @Test
  void funnelOfTheClinicsInOneMonth(@TempDir Path dir) throws IOException {
    Http.Answer a =
        http.post(
            "/v1/funnel?measure=derm-dna&period=2025-03&level=site&overdispersion=none",
            JSON,
            body(parse(NETWORK), dataset()));
    assertEquals(200, a.status(), a::text);
    int m = 11; // 2025-03
    StringBuilder csv = new StringBuilder("unit,numerator,denominator\n");
    for (int s = 0; s < 3; s++) {
      csv.append(unit(s) + "," + missed(s, m) + "," + appointments(s, m) + "\n");
    }
    Path input = Files.writeString(dir.resolve("in.csv"), csv);
    Invocation run =
        cli(
            "funnel",
            "--input=" + input,
            "--site-column=unit",
            "--numerator-column=numerator",
            "--denominator-column=denominator",
            "--type=proportion",
            "--overdispersion=none",
            "--title=appointments not attended, 2025-03",
            "--output=" + dir.resolve("out"));
    assertEquals(0, run.exitCode(), run::err);
    JsonNode files = a.json().get("files");
    for (String f : List.of("sites.csv", "parameters.csv")) {
      assertEquals(rows(Files.readString(dir.resolve("out").resolve(f))), rows(files.get(f)), f);
    }
    assertEquals(
        Files.readString(dir.resolve("out").resolve("funnel.svg")),
        files.get("funnel.svg").asText());
    // By default the organisations are compared: ZTA's clinics added up, and ZTB.
    Http.Answer orgs =
        http.post(
            "/v1/funnel?measure=derm-dna&period=2025-03&overdispersion=none",
            JSON,
            body(parse(NETWORK), dataset()));
    assertEquals(200, orgs.status(), orgs::text);
    List<Map<String, String>> sites = rows(orgs.json().get("files").get("sites.csv"));
    assertEquals(
        List.of("ZTA", "ZTB"), sites.stream().map(r -> r.values().iterator().next()).toList());
  }

  /**
   * A dataset with five bad rows answers 400 with every problem at its pointer under /data: the
   * problems {@code networkedcare data check} prints for the same file, in its order.
   */
  @Test
  void aBadJsonDatasetIsEveryProblemTheCommandLinePrints(@TempDir Path dir) throws IOException {
    ObjectNode data = dataset();
    ArrayNode rows = (ArrayNode) data.get("rows");
    ((ObjectNode) rows.get(0)).put("numerator", 900); // above its denominator
    ((ObjectNode) rows.get(2)).put("organisation", "ZZZ"); // not the network's
    ((ObjectNode) rows.get(4)).put("period", "2024-13");
    ((ObjectNode) rows.get(5)).put("value", "many");
    rows.add(rows.get(7).deepCopy()); // a duplicate
    Http.Answer a = http.post("/v1/spc?measure=derm-dna", JSON, unchecked(parse(NETWORK), data));

    Path network = Files.writeString(dir.resolve("network.json"), NETWORK);
    Path file = Files.writeString(dir.resolve("data.json"), data.toString());
    Invocation run = cli("data", "check", "--network=" + network, "--data=" + file);
    assertEquals(1, run.exitCode());
    List<String> expected = errLines(run, dir);
    assertTrue(expected.size() >= 5, expected::toString);
    assertEquals(expected, printed(a, "data.json"));
    for (JsonNode p : a.json().get("problems")) {
      assertTrue(p.get("pointer").asText().startsWith("/data/rows/"), p::toString);
    }
  }

  /** The same dataset as CSV text: its problems carry their line, as the command line's do. */
  @Test
  void aBadCsvDatasetIsEveryProblemWithItsLine(@TempDir Path dir) throws IOException {
    String csv =
        "period,organisation,site,service,measure,numerator,denominator,value\n"
            + "2024-04,ZTA,ZTA01,,derm-dna,20,200,\n"
            + "2024-04,ZTA,ZTB01,,derm-dna,20,200,\n"
            + "2024-05,ZTA,ZTA01,,derm-dna,20,0,\n"
            + "2024-04,ZTA,ZTA01,,derm-dna,21,200,\n";
    Http.Answer a =
        http.post(
            "/v1/spc?measure=derm-dna",
            JSON,
            body(parse(NETWORK), Http.MAPPER.getNodeFactory().textNode(csv)));
    Path network = Files.writeString(dir.resolve("network.json"), NETWORK);
    Path file = Files.writeString(dir.resolve("data.csv"), csv);
    Invocation run = cli("data", "check", "--network=" + network, "--data=" + file);
    List<String> expected = errLines(run, dir);
    assertEquals(3, expected.size(), expected::toString);
    assertEquals(expected, printed(a, "data.csv"));
    List<Integer> lines = new ArrayList<>();
    a.json().get("problems").forEach(p -> lines.add(p.get("line").asInt()));
    assertEquals(List.of(3, 4, 5), lines);
  }

  /** The body and the query: every problem at once, each named. */
  @Test
  void aBadBodyOrQueryIsNamed() {
    Http.Answer envelope =
        http.post(
            "/v1/spc?measure=derm-dna",
            JSON,
            "{\"network\": [], \"extra\": 1, \"schemaVersion\": 1}");
    List<String> pointers = new ArrayList<>();
    envelope.json().get("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
    assertEquals(
        List.of("/extra", "/schemaVersion", "/network", "/data"), pointers, envelope::text);

    Http.Answer network =
        http.post(
            "/v1/spc?measure=derm-dna",
            JSON,
            body(
                parse(
                    NETWORK.replace("\"ZTB\", \"role\": \"host\"", "\"ZTQ\", \"role\": \"host\"")),
                dataset()));
    assertEquals(400, network.status(), network::text);
    assertTrue(
        network.json().get("problems").get(0).get("pointer").asText().startsWith("/network/"),
        network::text);

    Http.Answer query =
        http.post(
            "/v1/spc?dateColumn=month&level=county&chart=p", JSON, body(parse(NETWORK), dataset()));
    List<String> codes = new ArrayList<>();
    query.json().get("problems").forEach(p -> codes.add(p.get("code").asText()));
    assertEquals(List.of("unknown-parameter", "required"), codes, query::text);

    Http.Answer level =
        http.post("/v1/spc?measure=derm-dna&level=county", JSON, body(parse(NETWORK), dataset()));
    assertTrue(level.text().contains("'level' is site, organisation or network"), level::text);
    Http.Answer measure =
        http.post("/v1/spc?measure=derm-nope", JSON, body(parse(NETWORK), dataset()));
    assertTrue(measure.text().contains("its measures are derm-dna, derm-waiting"), measure::text);
    Http.Answer count =
        http.post(
            "/v1/funnel?measure=derm-waiting&period=2024-13",
            JSON,
            body(parse(NETWORK), dataset()));
    List<String> funnel = new ArrayList<>();
    count.json().get("problems").forEach(p -> funnel.add(p.get("code").asText()));
    assertEquals(List.of("parameter.value", "dataset.funnel"), funnel, count::text);
    Http.Answer noPeriod =
        http.post("/v1/funnel?measure=derm-dna", JSON, body(parse(NETWORK), dataset()));
    assertTrue(noPeriod.text().contains("query parameter 'period' is required"), noPeriod::text);

    Http.Answer malformed =
        http.post("/v1/funnel?measure=derm-dna&period=2024-05", JSON, "{\"network\":");
    assertEquals(400, malformed.status());
    assertTrue(malformed.json().get("problems").get(0).has("pointer"));
    Http.Answer media = http.post("/v1/spc?measure=derm-dna", "text/plain", "{}");
    assertEquals(415, media.status());
    assertTrue(media.text().contains("text/csv, or application/json"), media::text);
  }

  static byte[] assure(JsonNode governance, JsonNode data) {
    ObjectNode b = Http.MAPPER.createObjectNode();
    b.set("governance", governance);
    b.set("data", data);
    if (!governance.has("agreements") || governance.get("agreements").isArray()) {
      http.validateRequest("AssureRequest", b); // the well-formed bodies fit the OpenAPI document
    }
    return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The governance document with its dataset, as {@code networkedcare assure --data} takes them:
   * the same assessment, byte for byte; and the dataset's problems placed under /data, the
   * document's under /governance.
   */
  @Test
  void assureTakesTheGovernanceDocumentWithItsDataset(@TempDir Path dir) throws IOException {
    Path governance = Files.writeString(dir.resolve("g.json"), NETWORK);
    Path data = Files.writeString(dir.resolve("d.json"), dataset().toString());
    Invocation run =
        cli(
            "assure",
            "--input=" + governance,
            "--data=" + data,
            "--as-of=2025-06-10",
            "--output=" + dir.resolve("a.json"));
    assertEquals(0, run.exitCode(), run::err);
    Http.Answer a =
        http.post("/v1/assure?asOf=2025-06-10", JSON, assure(parse(NETWORK), dataset()));
    assertEquals(200, a.status(), a::text);
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), a.body());

    ObjectNode bad = dataset();
    ((ObjectNode) bad.get("rows").get(1)).put("measure", "derm-unknown");
    Http.Answer problems =
        http.post("/v1/assure?asOf=2025-06-10", JSON, assure(parse(NETWORK), bad));
    Path badFile = Files.writeString(dir.resolve("data.json"), bad.toString());
    Invocation check = cli("data", "check", "--network=" + governance, "--data=" + badFile);
    assertEquals(errLines(check, dir), printed(problems, "data.json"));

    ObjectNode badDoc = (ObjectNode) parse(NETWORK);
    badDoc.put("agreements", "none");
    Http.Answer doc = http.post("/v1/assure?asOf=2025-06-10", JSON, assure(badDoc, dataset()));
    assertEquals(400, doc.status(), doc::text);
    assertEquals(
        "/governance/agreements", doc.json().get("problems").get(0).get("pointer").asText());

    Http.Answer envelope =
        http.post("/v1/assure?asOf=2025-06-10", JSON, "{\"governance\": 1, \"data\": 2, \"x\": 3}");
    List<String> pointers = new ArrayList<>();
    envelope.json().get("problems").forEach(p -> pointers.add(p.get("pointer").asText()));
    assertEquals(List.of("/x", "/governance", "/data"), pointers, envelope::text);
    // A document may name a dataset only inside its own folder, the request's: nothing else is
    // read.
    ObjectNode outside = (ObjectNode) parse(NETWORK);
    outside.put("data", "../../outside.csv");
    Http.Answer refused = http.post("/v1/assure?asOf=2025-06-10", JSON, outside.toString());
    assertEquals(400, refused.status(), refused::text);
    assertTrue(refused.text().contains("outside the governance document's folder"), refused::text);
    // The governance document alone still works, as before.
    Http.Answer alone = http.post("/v1/assure?asOf=2025-06-10", JSON, NETWORK);
    assertEquals(200, alone.status(), alone::text);
    assertFalse(alone.json().isEmpty());
  }

  /**
   * A document that names its dataset ({@code "data": "hub-data.csv"}) cannot reach it through the
   * service, which reads no file of its own: the envelope brings it, and the assessment is the
   * command line's beside the file.
   */
  @Test
  void aDocumentThatNamesItsDatasetGetsItFromTheBody(@TempDir Path dir) throws IOException {
    byte[] hub = ServiceTest.example("hub/hub-governance.json");
    String csv =
        new String(
            ServiceTest.example("hub/hub-data.csv"), java.nio.charset.StandardCharsets.UTF_8);
    Http.Answer without = http.post("/v1/assure?asOf=2024-11-05", JSON, hub);
    assertEquals(400, without.status(), without::text);
    Http.Answer with =
        http.post(
            "/v1/assure?asOf=2024-11-05",
            JSON,
            assure(
                parse(new String(hub, java.nio.charset.StandardCharsets.UTF_8)),
                Http.MAPPER.getNodeFactory().textNode(csv)));
    assertEquals(200, with.status(), with::text);
    Files.write(dir.resolve("hub-governance.json"), hub);
    Files.writeString(dir.resolve("hub-data.csv"), csv);
    Invocation run =
        cli(
            "assure",
            "--input=" + dir.resolve("hub-governance.json"),
            "--as-of=2024-11-05",
            "--output=" + dir.resolve("a.json"));
    assertEquals(0, run.exitCode(), run::err);
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.json")), with.body());
  }
}
