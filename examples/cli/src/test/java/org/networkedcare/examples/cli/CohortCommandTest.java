package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networkedcare cohort}, run as the command line runs it. */
class CohortCommandTest {

  private static final String HAND =
      """
      {"schemaVersion": 1, "states": ["well", "sick", "dead"], "cycles": 3, "initialCounts": {"well": 1000},
       "values": [{"name": "cost", "discountRate": 0.035}],
       "stateValues": {"cost": {"well": 100, "sick": 500, "dead": 0}},
       "strategies": [{"name": "unsupported", "transitions": {
          "well": {"well": "C", "sick": 0.1, "dead": 0.05}, "sick": {"sick": "C", "dead": 0.3}, "dead": {"dead": 1}}}]}""";

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /**
   * The hand-worked model (see metrics' HandCalculationTest): life-table counts of 'well' 925,
   * 786.25, 668.3125; costs 117,500, 142,375 / 1.035, 150,768.75 / 1.035^2; totals
   * 370,228.0099885645 (beginning), 421,381.2457700297 (end), 395,804.6278792971 (life-table).
   */
  @Test
  void writesTheThreeFilesOfAHandWorkedModel(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("m.json");
    Files.writeString(input, HAND);
    Path out = dir.resolve("out");
    Run run = Run.of("cohort", "--input", input.toString(), "--output", out.toString());
    assertEquals(0, run.code(), run.err());
    List<String> counts = lines(out.resolve("counts.csv"));
    assertEquals("strategy,cycle,state,count", counts.get(0));
    assertEquals("unsupported,1,well,925", counts.get(1));
    assertEquals("unsupported,2,well,786.25", counts.get(4));
    assertEquals(1 + 3 * 3, counts.size());
    List<String> values = lines(out.resolve("values.csv"));
    assertEquals("strategy,cycle,value,amount", values.get(0));
    assertEquals("unsupported,1,cost,117500", values.get(1));
    assertTrue(values.get(2).startsWith("unsupported,2,cost,137560.386473429"), values.get(2));
    List<String> totals = lines(out.resolve("totals.csv"));
    assertEquals("strategy,method,value,total", totals.get(0));
    assertTrue(
        totals.get(1).startsWith("unsupported,beginning,cost,370228.00998856"), totals.get(1));
    assertTrue(totals.get(2).startsWith("unsupported,end,cost,421381.24577002"), totals.get(2));
    assertTrue(
        totals.get(3).startsWith("unsupported,life-table,cost,395804.62787929"), totals.get(3));
    assertFalse(Files.exists(out.resolve("dsa.csv")), "no parameter has a range");
  }

  @Test
  void theExampleModelWritesDsaAndPrintsIncrementalResults(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("small-service.json");
    try (InputStream in =
        getClass().getResourceAsStream("/org/networkedcare/examples/cohort/small-service.json")) {
      Files.write(input, in.readAllBytes());
    }
    Run run =
        Run.of("cohort", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("supported against unsupported (life-table, per person): cost "),
        run.out());
    assertTrue(run.out().contains("dsa nmb supported "), run.out());
    List<String> dsa = lines(dir.resolve("out").resolve("dsa.csv"));
    assertEquals("parameter,bound,parameter_value,strategy,value,total", dsa.get(0));
    assertTrue(dsa.get(1).startsWith("p_wait,low,0.1,unsupported,cost,"), dsa.get(1));
    // 9 parameters with a range x 2 bounds x 2 strategies x 2 values.
    assertEquals(1 + 9 * 2 * 2 * 2, dsa.size());
  }

  @Test
  void badModelPrintsEveryProblemWithItsPathAndExits1(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("bad.json");
    Files.writeString(
        input,
        HAND.replace("\"sick\": 0.1", "\"sick\": \"q\"").replace("\"cycles\": 3", "\"cycles\": 0"));
    Run run =
        Run.of("cohort", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertEquals(1, run.code());
    List<String> err = run.err().lines().toList();
    assertTrue(
        err.contains("/cycles: the number of cycles is 1 to 100000, not 0 [range]"), run.err());
    assertTrue(
        err.stream()
            .anyMatch(
                l -> l.startsWith("/strategies/0/transitions/well/sick: 'q' is not a parameter")),
        run.err());
    assertTrue(err.stream().noneMatch(l -> l.contains("Exception")), run.err());
  }

  @Test
  void usage(@TempDir Path dir) {
    assertEquals(2, Run.of("cohort", "--input", dir.resolve("x.json").toString()).code());
    assertEquals(
        1,
        Run.of("cohort", "--input", dir.resolve("x.json").toString(), "--output", dir.toString())
            .code());
  }
}
