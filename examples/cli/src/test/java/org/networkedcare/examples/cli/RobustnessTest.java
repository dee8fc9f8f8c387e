package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.output.OutputFolder;

/**
 * Issue 15, "Nothing lost, nothing crashes": one test per defect of the adversarial run, written
 * from its description. Runs the command line in this JVM, or in a child JVM where the defect is
 * about the process (a full standard output, a kill).
 */
class RobustnessTest {

  @TempDir Path dir;

  private Path resource(String name, String as) throws IOException {
    Path file = dir.resolve(as);
    try (InputStream in =
        RobustnessTest.class.getResourceAsStream("/org/networkedcare/examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static ProcessBuilder child(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(
        r.err().contains("Exception")
            || r.err().contains("\tat ")
            || r.err().contains("unexpected"),
        r.err());
  }

  // 1. Truncated output with exit 0: standard output on a full device.

  @Test
  void aFullStandardOutputExitsOneWithTheReason() throws Exception {
    assumeTrue(new File("/dev/full").exists(), "needs /dev/full");
    Path appraisal = resource("appraisal/hub-and-host.json", "a.json");
    for (String[] args :
        List.of(
            new String[] {"discount-factors", "--schedule", "health", "--years", "1000"},
            new String[] {"appraise", "--input", appraisal.toString()})) {
      Process p =
          child(args)
              .redirectOutput(new File("/dev/full"))
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, p.exitValue(), err);
      assertTrue(err.contains("standard output cannot be written (No space left on device)"), err);
    }
  }

  // 2. Output not atomic: a killed run, a planted link.

  @Test
  void aKilledRunLeavesTheEarlierRunsFilesWholeAndVerifiable() throws Exception {
    Path appraisal = resource("appraisal/hub-and-host.json", "a.json");
    Path out = dir.resolve("psa");
    Run first =
        Run.of(
            "psa",
            "--input",
            appraisal.toString(),
            "--draws",
            "200",
            "--seed",
            "1",
            "--output",
            out.toString());
    assertEquals(0, first.code(), first.err());
    List<byte[]> before = new ArrayList<>();
    List<String> names =
        List.of("draws.csv", "summary.csv", "organisations.csv", OutputFolder.MANIFEST);
    for (String n : names) {
      before.add(Files.readAllBytes(out.resolve(n)));
    }
    // Seed 2 with many draws, killed (SIGKILL) as soon as it has started writing.
    Process p =
        child(
                "psa",
                "--input",
                appraisal.toString(),
                "--draws",
                "3000000",
                "--seed",
                "2",
                "--output",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && !staging(out) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the run ended before it could be killed");
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    for (int i = 0; i < names.size(); i++) {
      assertArrayEquals(before.get(i), Files.readAllBytes(out.resolve(names.get(i))), names.get(i));
    }
    assertManifestVerifies(out);
  }

  @Test
  void aTerminatedRunLeavesNoFileAndNoTemporaryFile() throws Exception {
    Path appraisal = resource("appraisal/hub-and-host.json", "a.json");
    Path out = Files.createDirectories(dir.resolve("psa"));
    Process p =
        child(
                "psa",
                "--input",
                appraisal.toString(),
                "--draws",
                "3000000",
                "--seed",
                "2",
                "--output",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && !staging(out) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(p.isAlive(), "the run ended before it could be stopped");
    p.destroy(); // SIGTERM, as Ctrl-C or kill: the shutdown hook deletes what was being written
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(List.of(), s.toList());
    }
  }

  private static boolean staging(Path out) throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.anyMatch(f -> f.getFileName().toString().startsWith(".networkedcare-draws.csv"));
    }
  }

  /** As {@code sha256sum -c}: every file the manifest names has the checksum it gives. */
  static void assertManifestVerifies(Path out) throws Exception {
    for (String line : Files.readAllLines(out.resolve(OutputFolder.MANIFEST))) {
      String sum = line.substring(0, 64);
      String name = line.substring(66);
      String actual =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(Files.readAllBytes(out.resolve(name))));
      assertEquals(sum, actual, name);
    }
  }

  @Test
  void aSecondRunReplacesEveryFileAndTheManifest() throws Exception {
    Path appraisal = resource("appraisal/hub-and-host.json", "a.json");
    Path out = dir.resolve("psa");
    for (String seed : List.of("1", "2")) {
      Run r =
          Run.of(
              "psa",
              "--input",
              appraisal.toString(),
              "--draws",
              "50",
              "--seed",
              seed,
              "--output",
              out.toString());
      assertEquals(0, r.code(), r.err());
    }
    assertTrue(Files.readString(out.resolve("summary.csv")).contains(",50,2,"));
    assertManifestVerifies(out);
    try (Stream<Path> s = Files.list(out)) {
      assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void aSymbolicLinkPlantedInTheOutputFolderIsNotFollowed() throws Exception {
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Path out = Files.createDirectories(dir.resolve("cea"));
    Files.createSymbolicLink(out.resolve("icers.csv"), victim);
    Path c = Files.writeString(dir.resolve("c.csv"), "a,b\n1,2\n3,4\n");
    Path e = Files.writeString(dir.resolve("e.csv"), "a,b\n0.1,0.2\n0.3,0.1\n");
    Run r =
        Run.of(
            "cea",
            "--costs",
            c.toString(),
            "--effects",
            e.toString(),
            "--wtp",
            "0:10:5",
            "--output",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("precious", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(out.resolve("icers.csv")));
    assertTrue(Files.readString(out.resolve("icers.csv")).startsWith("option,cost,"));
  }

  // 3. Small inputs that crashed with a stack trace or ran out of memory.

  @Test
  void deviceZeroIsReadOnlyToTheLimit() {
    assumeTrue(new File("/dev/zero").exists(), "needs /dev/zero");
    Run r = Run.of("validate", "--input", "/dev/zero");
    assertEquals(1, r.code());
    assertEquals(
        "networkedcare: /dev/zero: the input has more than 16777216 bytes; at most 16777216 are read [input.too-large]",
        r.err().strip());
  }

  @Test
  void aFifoFedMoreThanTheLimitIsStoppedAtIt() throws Exception {
    Path fifo = dir.resolve("fifo");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException noMkfifo) {
      assumeTrue(false, "needs mkfifo");
      return;
    }
    assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream o = Files.newOutputStream(fifo)) {
                byte[] block = new byte[1 << 20];
                java.util.Arrays.fill(block, (byte) ' ');
                for (int i = 0; i < 200; i++) { // 200 MiB, stopped by the reader long before
                  o.write(block);
                }
              } catch (IOException closedByTheReader) {
                // the reader stops at the limit and closes its end
              }
            });
    feeder.start();
    Run r = Run.of("appraise", "--input", fifo.toString());
    feeder.join(60_000);
    assertEquals(1, r.code());
    assertTrue(r.err().contains("more than 16777216 bytes"), r.err());
  }

  @Test
  void hostileCohortModelsAreProblemsNotStackTraces() throws IOException {
    String base =
        "{\"schemaVersion\": 1, \"states\": [\"a\"], \"cycles\": 2, \"initialCounts\": {\"a\": 1},"
            + " \"values\": [{\"name\": \"cost\", \"discountRate\": 0}], \"parameters\": {%s},"
            + " \"stateValues\": {\"cost\": {\"a\": \"%s\"}}, \"strategies\": [{\"name\": \"x\", \"transitions\": {\"a\": {\"a\": \"%s\"}}}]}";
    StringBuilder chain = new StringBuilder("\"p0\": {\"value\": \"1\"}");
    for (int i = 1; i < 5_000; i++) {
      chain.append(", \"p").append(i).append("\": {\"value\": \"p").append(i - 1).append("\"}");
    }
    List<String> models =
        List.of(
            String.format(base, "", "1", "0" + "+0".repeat(9_999)),
            String.format(base, "", "1", "+".repeat(10_000) + "0.02"),
            String.format(base, "", "1", "1" + "^1".repeat(5_000)),
            String.format(
                base.replace(
                        "\"states\": [\"a\"]", "\"states\": [" + "\"s\",".repeat(9_999) + "\"a\"]")
                    .replace("\"cycles\": 2", "\"cycles\": 100000"),
                "",
                "1",
                "1"));
    for (String model : models) {
      Path m = Files.writeString(dir.resolve("m.json"), model);
      Run r = Run.of("cohort", "--input", m.toString(), "--output", dir.resolve("out").toString());
      assertEquals(1, r.code(), r.err());
      assertNoStackTrace(r);
    }
    Path ok =
        Files.writeString(dir.resolve("chain.json"), String.format(base, chain, "p4999", "1"));
    Run r = Run.of("cohort", "--input", ok.toString(), "--output", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void aFunnelOfMoreThanAMillionSitesIsRefusedAtTheLimit() throws IOException {
    StringBuilder csv = new StringBuilder("site,n,d\n");
    for (int i = 0; i <= 1_000_000; i++) {
      csv.append('s').append(i).append(",1,10\n");
    }
    Path in = Files.writeString(dir.resolve("big.csv"), csv);
    Run r =
        Run.of(
            "funnel",
            "--input",
            in.toString(),
            "--site-column",
            "site",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d",
            "--output",
            dir.resolve("out").toString());
    assertEquals(1, r.code());
    assertTrue(
        r.err().contains("line 1000002: more than 1000000 data rows; at most 1000000 are read"),
        r.err());
    assertFalse(Files.exists(dir.resolve("out").resolve("sites.csv")));
  }

  // 4. Hangs and quadratic work.

  @Test
  void workingDayLimitsBeyondTenYearsAreProblems() throws IOException {
    Path g = resource("bbmk-governance.json", "g.json");
    Files.writeString(
        g,
        Files.readString(g)
            .replaceAll("\"limitWorkingDays\": *\\d+", "\"limitWorkingDays\": 2000000000"));
    Run r = Run.of("assure", "--input", g.toString(), "--as-of", "2018-01-20");
    assertEquals(1, r.code());
    assertTrue(
        r.err()
            .contains(
                "a response limit is 1 to 2500 working days (about ten years), not 2000000000 [route.limit]"),
        r.err());
  }

  @Test
  void manyProblemsPrintFiftyLinesAndTheFileHasThemAll() throws IOException {
    StringBuilder orgs = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      orgs.append(i == 0 ? "" : ",")
          .append(
              String.format(
                  "{\"odsCode\": \"R%04d\", \"name\": \"T\", \"primaryRole\": \"nhs-trust\","
                      + " \"openDate\": \"2000-01-01\", \"successor\": \"R%04d\"}",
                  i, (i + 1) % 3_000));
    }
    Path n =
        Files.writeString(
            dir.resolve("n.json"), "{\"schemaVersion\": 1, \"organisations\": [" + orgs + "]}");
    Path all = dir.resolve("problems.txt");
    Run r = Run.of("validate", "--input", n.toString(), "--problems", all.toString());
    assertEquals(1, r.code());
    List<String> lines = r.err().lines().toList();
    assertEquals(Main.MAX_PRINTED + 1, lines.size(), r.err());
    assertTrue(lines.get(Main.MAX_PRINTED).startsWith("... and "), lines.get(Main.MAX_PRINTED));
    assertTrue(r.err().length() < 20_000, "standard error: " + r.err().length() + " characters");
    List<String> written = Files.readAllLines(all);
    assertTrue(written.size() > 3_000, written.size() + " lines");
    assertTrue(
        written.stream().filter(l -> l.contains("organisation.successor.cycle")).count() == 3_000);
  }

  @Test
  void csvProblemsArePrintedOnePerLine() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("s.csv"), "m,v\n2020-01-01,x\n2020-02-01,y\n2020-03-01,z\n2020-04-01,w\n");
    Run r =
        Run.of(
            "spc",
            "--input",
            in.toString(),
            "--date-column",
            "m",
            "--value-column",
            "v",
            "--points",
            dir.resolve("p.csv").toString(),
            "--summary",
            dir.resolve("q.csv").toString());
    assertEquals(1, r.code());
    List<String> lines = r.err().lines().toList();
    assertEquals(4, lines.size(), r.err()); // one per bad cell
    assertEquals(
        "networkedcare: " + in + ": line 2, column 'v': 'x' is not a number [spc.csv.number]",
        lines.get(0));
    assertEquals(
        "networkedcare: " + in + ": line 5, column 'v': 'w' is not a number [spc.csv.number]",
        lines.get(3));
  }

  // 6. CSV outputs that broke or carried formulas.

  @Test
  void everyCsvOutputParsesToItsHeadersWidthWithNoFormula() throws Exception {
    String hostile = "=HYPERLINK(\"http://x\"),a";
    Path spcIn =
        Files.writeString(
            dir.resolve("spc.csv"),
            "m,v,f\n2020-01-01,1,\""
                + hostile.replace("\"", "\"\"")
                + "\"\n2020-02-01,2,\""
                + hostile.replace("\"", "\"\"")
                + "\"\n2020-03-01,3,\"-1\n2\"\n");
    Path funnelIn =
        Files.writeString(
            dir.resolve("f.csv"),
            "site,n,d\n\"" + hostile.replace("\"", "\"\"") + "\",1,10\n@x,2,10\n+y,3,10\n");
    Path c =
        Files.writeString(
            dir.resolve("c.csv"), "\"" + hostile.replace("\"", "\"\"") + "\",-b\n1,2\n3,4\n");
    Path e =
        Files.writeString(
            dir.resolve("e.csv"),
            "\"" + hostile.replace("\"", "\"\"") + "\",-b\n0.1,0.2\n0.3,0.1\n");
    Path appraisal = resource("appraisal/hub-and-host.json", "a.json");
    Files.writeString(
        appraisal,
        Files.readString(appraisal)
            .replace("\"host-a\"", "\"=HYPERLINK(\\\"http://x\\\"),a\"")
            .replace("\"hub-and-host\"", "\"+hub, \\\"and\\\"\\nhost\""));
    Path cohort = resource("cohort/small-service.json", "m.json");
    Path evaluation = evaluation();
    Path out = dir.resolve("out");
    List<Run> runs =
        List.of(
            Run.of(
                "spc",
                "--input",
                spcIn.toString(),
                "--date-column",
                "m",
                "--value-column",
                "v",
                "--facet-column",
                "f",
                "--points",
                out + "-points.csv",
                "--summary",
                out + "-summary.csv"),
            Run.of(
                "funnel",
                "--input",
                funnelIn.toString(),
                "--site-column",
                "site",
                "--numerator-column",
                "n",
                "--denominator-column",
                "d",
                "--overdispersion",
                "none",
                "--output",
                out.resolve("funnel").toString()),
            Run.of(
                "cea",
                "--costs",
                c.toString(),
                "--effects",
                e.toString(),
                "--wtp",
                "0:10:5",
                "--reference",
                "-b",
                "--output",
                out.resolve("cea").toString()),
            Run.of(
                "psa",
                "--input",
                appraisal.toString(),
                "--draws",
                "20",
                "--seed",
                "3",
                "--output",
                out.resolve("psa").toString()),
            Run.of(
                "cohort",
                "--input",
                cohort.toString(),
                "--output",
                out.resolve("cohort").toString()),
            Run.of(
                "report",
                "--input",
                evaluation.toString(),
                "--output",
                out.resolve("report").toString()));
    for (Run r : runs) {
      assertEquals(0, r.code(), r.err());
    }
    Run factors = Run.of("discount-factors", "--schedule", "health", "--years", "40");
    Files.writeString(out.resolve("factors.csv"), factors.out());
    List<Path> csvs =
        new ArrayList<>(List.of(Path.of(out + "-points.csv"), Path.of(out + "-summary.csv")));
    try (Stream<Path> s = Files.walk(out)) {
      s.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(csvs::add);
    }
    assertTrue(csvs.size() >= 20, csvs::toString);
    int hostileCells = 0;
    for (Path csv : csvs) {
      if (!Files.exists(csv)) {
        continue;
      }
      int width = -1;
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
        for (CsvRecord record : reader) {
          if (width < 0) {
            width = record.getFieldCount();
          }
          assertEquals(
              width, record.getFieldCount(), csv + " line " + record.getStartingLineNumber());
          for (String cell : record.getFields()) {
            if (!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0) {
              throw new AssertionError(csv + ": a formula-leading cell " + cell);
            }
            if (cell.startsWith("-") && !cell.matches("-[0-9.E+-]+")) {
              throw new AssertionError(csv + ": a text cell starting with '-': " + cell);
            }
            hostileCells += cell.contains("HYPERLINK") ? 1 : 0;
          }
        }
      }
    }
    assertTrue(hostileCells >= 5, "the hostile names reached the files: " + hostileCells);
  }

  /** The shipped evaluation document with its parts beside it. */
  private Path evaluation() throws IOException {
    Path e = resource("bbmk-evaluation.json", "bbmk-evaluation.json");
    resource("bbmk-governance.json", "bbmk-governance.json");
    resource("bbmk-appraisal.json", "bbmk-appraisal.json");
    resource("bbmk-data.csv", "bbmk-data.csv");
    return e;
  }

  // 7. Internal errors without a place.

  @Test
  void hugeValuesAreProblemsWithAPlace() throws IOException {
    Path funnel = Files.writeString(dir.resolve("f.csv"), "site,n,d\nA,1,1e308\nB,2,10\nC,3,10\n");
    Run f =
        Run.of(
            "funnel",
            "--input",
            funnel.toString(),
            "--site-column",
            "site",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d",
            "--output",
            dir.resolve("fo").toString());
    assertEquals(1, f.code());
    assertTrue(f.err().contains("site 'A'") && f.err().contains("[funnel.range]"), f.err());
    assertFalse(Files.exists(dir.resolve("fo").resolve("sites.csv")));
    Path spc =
        Files.writeString(
            dir.resolve("s.csv"), "m,v\n2020-01-01,1e308\n2020-02-01,-1e308\n2020-03-01,1.7e308\n");
    Run s =
        Run.of(
            "spc",
            "--input",
            spc.toString(),
            "--date-column",
            "m",
            "--value-column",
            "v",
            "--points",
            dir.resolve("p.csv").toString(),
            "--summary",
            dir.resolve("q.csv").toString());
    assertEquals(1, s.code());
    assertTrue(s.err().contains("date 2020-02-01: the value -1.0E308 is beyond +/-1e100"), s.err());
    assertFalse(Files.exists(dir.resolve("p.csv")));
    for (Run r : List.of(f, s)) {
      assertNoStackTrace(r);
    }
  }

  @Test
  void aMalformedDataFileOfTheReportIsAProblem() throws IOException {
    Path e = resource("bbmk-evaluation.json", "bbmk-evaluation.json");
    resource("bbmk-governance.json", "bbmk-governance.json");
    resource("bbmk-appraisal.json", "bbmk-appraisal.json");
    Files.writeString(
        dir.resolve("bbmk-data.csv"),
        "period,organisation,measure,value\n\"2017-04\"x,RC9,ae-attendances,1\n");
    Run r = Run.of("report", "--input", e.toString(), "--output", dir.resolve("out").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bbmk-data.csv") && r.err().contains("["), r.err());
    assertFalse(r.err().contains("unexpected"), r.err());
    assertNoStackTrace(r);
  }

  // 8. Smaller.

  @Test
  void anUnpairedSurrogateEscapeIsRefusedWithItsPointer() throws IOException {
    Path a =
        Files.writeString(
            dir.resolve("a.json"), "{\"schemaVersion\": 1, \"title\": \"x\\ud800y\"}");
    Run r = Run.of("appraise", "--input", a.toString());
    assertEquals(1, r.code());
    assertEquals(
        "/title: a string holds an unpaired surrogate escape (such as \\ud800), which is no character [json.encoding]",
        r.err().strip());
  }

  @Test
  void aByteOrderMarkBeforeAQuotedHeaderIsRead() throws IOException {
    Path spc = dir.resolve("s.csv");
    Files.write(
        spc,
        ("\uFEFF\"m\",\"v\"\n2020-01-01,1\n2020-02-01,2\n2020-03-01,3\n")
            .getBytes(StandardCharsets.UTF_8));
    Run s =
        Run.of(
            "spc",
            "--input",
            spc.toString(),
            "--date-column",
            "m",
            "--value-column",
            "v",
            "--points",
            dir.resolve("p.csv").toString(),
            "--summary",
            dir.resolve("q.csv").toString());
    assertEquals(0, s.code(), s.err());
    Path funnel = dir.resolve("f.csv");
    Files.write(
        funnel,
        ("\uFEFF\"site\",\"n\",\"d\"\nA,1,10\nB,2,10\nC,3,10\n").getBytes(StandardCharsets.UTF_8));
    Run f =
        Run.of(
            "funnel",
            "--input",
            funnel.toString(),
            "--site-column",
            "site",
            "--numerator-column",
            "n",
            "--denominator-column",
            "d",
            "--output",
            dir.resolve("fo").toString());
    assertEquals(0, f.code(), f.err());
  }

  @Test
  void outOfRangeYearsAndFixAfterAreUsageErrors() throws IOException {
    assertEquals(2, Run.of("discount-factors", "--schedule", "health", "--years", "1001").code());
    assertEquals(2, Run.of("discount-factors", "--schedule", "health", "--years", "-1").code());
    Path spc = Files.writeString(dir.resolve("s.csv"), "m,v\n2020-01-01,1\n");
    Run r =
        Run.of(
            "spc",
            "--input",
            spc.toString(),
            "--date-column",
            "m",
            "--value-column",
            "v",
            "--fix-after",
            "11",
            "--points",
            dir.resolve("p.csv").toString(),
            "--summary",
            dir.resolve("q.csv").toString());
    assertEquals(2, r.code(), r.err());
  }

  @Test
  void messagesNeverNameJacksonsOptions() throws IOException {
    for (String doc :
        List.of(
            "{\"schemaVersion\": NaN}",
            "{\"a\": +1}",
            "{\"a\": Infinity}",
            "{\"a\": 1 /* c */}",
            "{\"a\": 1 # c\n}",
            "{'a': 1}",
            "{a: 1}",
            "[1,]",
            "{\"a\": \"\\x\"}",
            "{\"a\": 0x10}",
            "{\"a\": \"\u0001\"}")) {
      Path n = Files.writeString(dir.resolve("n.json"), doc);
      Run r = Run.of("validate", "--input", n.toString());
      assertEquals(1, r.code(), doc);
      assertFalse(
          r.err().contains("Feature") || r.err().contains("`") || r.err().contains("jackson"),
          doc + ": " + r.err());
    }
  }

  @Test
  void anUnknownOrganisationInTheReportDrawsNoNaN() throws IOException {
    Path e = evaluation();
    Files.writeString(e, Files.readString(e).replace("\"RWH\"]", "\"RWH\", \"RZZ\"]"));
    Run r = Run.of("report", "--input", e.toString(), "--output", dir.resolve("out").toString());
    // an organisation the network does not have is now refused with its pointer, before any chart
    // is drawn
    assertEquals(1, r.code(), r.err());
    assertTrue(
        r.err().contains("/organisations/5")
            && r.err().contains("'RZZ'")
            && r.err().contains("[reference.unknown]"),
        r.err());
    assertFalse(Files.exists(dir.resolve("out").resolve("index.html")));
    assertNoStackTrace(r);
  }

  @Test
  void aWillingnessToPayOf1e308IsAProblemNotInfinity() throws IOException {
    Path c = Files.writeString(dir.resolve("c.csv"), "a,b\n1,2\n3,4\n");
    Path e = Files.writeString(dir.resolve("e.csv"), "a,b\n10,20\n30,40\n");
    Run r =
        Run.of(
            "cea",
            "--costs",
            c.toString(),
            "--effects",
            e.toString(),
            "--wtp",
            "1e308",
            "--output",
            dir.resolve("o").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("willingness to pay 1.0E308 is beyond +/-1.0E15"), r.err());
    assertFalse(Files.exists(dir.resolve("o").resolve("acceptability.csv")));
  }
}
