package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.output.CsvTable;
import org.networkedcare.metrics.appraisal.Appraisal;
import org.networkedcare.metrics.appraisal.MonteCarlo;
import org.networkedcare.metrics.appraisal.PsaResult;
import org.networkedcare.metrics.uncertainty.Acceptability;
import org.networkedcare.metrics.uncertainty.CostEffectivenessSample;
import org.networkedcare.metrics.uncertainty.DrawSummary;
import org.networkedcare.metrics.uncertainty.FrontierIcers;
import org.networkedcare.metrics.uncertainty.PairwiseIcers;
import org.networkedcare.metrics.uncertainty.WtpGrid;

/**
 * {@code psa} and {@code cea} stream: draws are written and folded into the aggregates block by
 * block, never all held. Their files must be the bytes of the in-memory path they replaced, which
 * is kept here: every draw held in a {@link PsaResult} or a {@link CostEffectivenessSample}, the
 * summaries from the whole arrays, written by the same writers. Several seeds, 1, 2 and 8 threads,
 * runs that cross a block boundary, and a small appraisal of our own besides the examples.
 */
class StreamedOutputTest {

  @TempDir Path dir;

  /** The governance document an example appraisal needs, if any (its agreements' money flows). */
  private final Map<Path, Path> governanceOf = new java.util.HashMap<>();

  private static final List<String> EXAMPLES =
      List.of("appraisal/hub-and-host.json", "hub/hub-appraisal.json", "bbmk-appraisal.json");

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name.replace('/', '-'));
    try (InputStream in =
        StreamedOutputTest.class.getResourceAsStream("/org/networkedcare/examples/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  /** The files of a psa run as the in-memory path wrote them. */
  private static Map<String, String> inMemoryPsa(
      Appraisal appraisal, long seed, int draws, List<String> wtp, String ref) throws IOException {
    PsaResult r = MonteCarlo.run(appraisal, seed, draws, 1);
    Map<String, String> files = new LinkedHashMap<>();
    StringWriter w = new StringWriter();
    List<String> header = new ArrayList<>();
    header.add("draw");
    header.addAll(r.parameterNames());
    r.options().forEach(o -> header.add("npsv:" + o));
    if (r.hasHealthEffects()) {
      r.allOptions().forEach(o -> header.add("cost:" + o));
      r.allOptions().forEach(o -> header.add("qalys:" + o));
    }
    CsvTable out = CsvTable.start(w, header);
    for (int d = 0; d < r.draws(); d++) {
      out.number(d);
      for (int i = 0; i < r.parameterNames().size(); i++) {
        out.number(Numbers.format(r.parameter(d, i)));
      }
      for (int j = 0; j < r.options().size(); j++) {
        out.number(Numbers.format(r.npsv(d, j)));
      }
      if (r.hasHealthEffects()) {
        for (int j = 0; j < r.allOptions().size(); j++) {
          out.number(Numbers.format(r.cost(d, j)));
        }
        for (int j = 0; j < r.allOptions().size(); j++) {
          out.number(Numbers.format(r.qalys(d, j)));
        }
      }
      out.end();
    }
    files.put("draws.csv", w.toString());
    w = new StringWriter();
    out =
        CsvTable.start(
            w,
            "option",
            "draws",
            "seed",
            "mean_npsv",
            "p2_5",
            "p50",
            "p97_5",
            "probability_npsv_positive");
    for (int j = 0; j < r.options().size(); j++) {
      DrawSummary s = r.npsvSummary(j);
      out.text(r.options().get(j)).number(r.draws()).number(r.seed());
      summary(out, s);
    }
    files.put("summary.csv", w.toString());
    w = new StringWriter();
    out =
        CsvTable.start(
            w,
            "option",
            "organisation",
            "mean_net_benefit",
            "p2_5",
            "p50",
            "p97_5",
            "probability_positive");
    for (int j = 0; j < r.options().size(); j++) {
      for (int o = 0; o < r.organisations().size(); o++) {
        out.text(r.options().get(j)).text(r.organisations().get(o));
        summary(out, r.netBenefitSummary(j, o));
      }
    }
    files.put("organisations.csv", w.toString());
    if (r.costEffectiveness().isPresent()) {
      files.putAll(inMemoryCea(r.costEffectiveness().get(), CeaCommand.grid(wtp), ref));
    }
    return files;
  }

  private static void summary(CsvTable out, DrawSummary s) throws IOException {
    out.number(Numbers.format(s.mean()))
        .number(Numbers.format(s.p2_5()))
        .number(Numbers.format(s.p50()))
        .number(Numbers.format(s.p97_5()))
        .number(Numbers.format(s.probabilityPositive()))
        .end();
  }

  /** The cost-effectiveness files as the in-memory path wrote them. */
  private static Map<String, String> inMemoryCea(
      CostEffectivenessSample sample, WtpGrid grid, String ref) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Acceptability a = Acceptability.of(sample, grid);
    files.put("icers.csv", text(w -> CeaWriter.writeIcers(FrontierIcers.of(sample), w)));
    files.put("acceptability.csv", text(w -> CeaWriter.writeAcceptability(a, w)));
    files.put("evpi.csv", text(w -> CeaWriter.writeEvpi(a, w)));
    if (ref != null) {
      files.put(
          "pairwise.csv",
          text(w -> CeaWriter.writePairwise(PairwiseIcers.against(sample, ref), w)));
    }
    return files;
  }

  private static String text(Outputs.FileBody body) throws IOException {
    StringWriter w = new StringWriter();
    body.write(w);
    return w.toString();
  }

  private static void assertFiles(Map<String, String> want, Path folder, String what)
      throws IOException {
    for (Map.Entry<String, String> f : want.entrySet()) {
      byte[] got = Files.readAllBytes(folder.resolve(f.getKey()));
      assertEquals(f.getValue(), new String(got, StandardCharsets.UTF_8), what + ": " + f.getKey());
      assertEquals(f.getValue().getBytes(StandardCharsets.UTF_8).length, got.length, what);
    }
  }

  private void psaMatches(Path input, long seed, int draws, List<String> extra, String threads)
      throws IOException {
    java.util.Optional<Path> governance = java.util.Optional.ofNullable(governanceOf.get(input));
    Appraisal appraisal = AppraisalInputs.read(input, governance);
    List<String> wtp = List.of("0:100000:1000");
    String ref =
        appraisal.options().stream().filter(o -> o.counterfactual()).findFirst().get().id();
    int i = extra.indexOf("--reference");
    if (i >= 0) {
      ref = extra.get(i + 1);
    }
    int g = extra.indexOf("--wtp");
    if (g >= 0) {
      wtp = List.of(extra.get(g + 1));
    }
    Map<String, String> want = inMemoryPsa(appraisal, seed, draws, wtp, ref);
    Path out = dir.resolve("psa-" + input.getFileName() + "-" + seed + "-" + threads);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--quiet",
                "psa",
                "--input",
                input.toString(),
                "--draws",
                Integer.toString(draws),
                "--seed",
                Long.toString(seed),
                "--threads",
                threads,
                "--output",
                out.toString()));
    args.addAll(extra);
    if (governance.isPresent()) {
      args.addAll(List.of("--governance", governance.get().toString()));
    }
    Run r = Run.of(args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertFiles(want, out, input.getFileName() + " seed " + seed + " threads " + threads);
  }

  @Test
  void psaStreamedIsTheInMemoryBytesForSeveralSeedsOnOneTwoAndEightThreads() throws IOException {
    long[] seeds = {1, 42, -7_777_777_777L};
    for (String example : EXAMPLES) {
      Path input = resource(example);
      if (example.startsWith("hub/")) { // its transfer's amounts come from the host agreement
        governanceOf.put(input, resource("hub/hub-governance.json"));
      }
      for (long seed : seeds) {
        for (String threads : List.of("1", "2", "8")) {
          psaMatches(input, seed, 301, List.of(), threads);
        }
      }
    }
  }

  @Test
  void psaAcrossBlocksWithAReferenceAndAGrid() throws IOException {
    Path input = resource("appraisal/hub-and-host.json");
    psaMatches(
        input,
        20261202L,
        PsaCommand.BLOCK + 777,
        List.of("--reference", "hub-and-host", "--wtp", "0:50000:250"),
        "2");
  }

  /**
   * A small appraisal of our own: three parties, three options (two network options against the
   * counterfactual), a distribution of every type, a correlated pair and a Dirichlet group.
   */
  private static final String OWN =
      """
      {"schemaVersion": 1, "title": "streaming test", "yearZero": "2025/26", "horizonYears": 5,
       "parties": [{"id": "centre", "name": "Centre", "role": "centre"},
                   {"id": "host", "name": "Host", "role": "host"},
                   {"id": "patients", "name": "Patients", "role": "patients"}],
       "qalyValue": 70000,
       "parameters":
      {"locum": {"value": 150000, "distribution": {"type": "gamma", "mean": 150000, "sd": 15000}},
       "staff": {"value": 100000, "distribution": {"type": "normal", "mean": 100000, "sd": 10000,
                                                    "correlations": {"staff2": 0.6}}},
       "staff2": {"value": 1, "distribution": {"type": "normal", "mean": 1, "sd": 0.1}},
       "p": {"value": 0.3, "distribution": {"type": "beta", "mean": 0.3, "sd": 0.1}},
       "qaly": {"value": 3, "distribution": {"type": "lognormal", "mean": 3, "sd": 1}},
       "qaly2": {"value": 2, "distribution": {"type": "pert", "min": 1, "mode": 2, "max": 4}},
       "t": {"value": 2, "distribution": {"type": "triangular", "min": 1, "mode": 2, "max": 4}},
       "u": {"value": 2, "distribution": {"type": "uniform", "min": 1, "max": 3}},
       "s1": {"value": 0.5, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.5, "sd": 0.035}},
       "s2": {"value": 0.15, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.15}},
       "s3": {"value": 0.35, "distribution": {"type": "dirichlet", "group": "mix", "mean": 0.35}}},
       "options": [
         {"id": "bau", "name": "Business as usual", "counterfactual": true, "lines": [
           {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
            "cashReleasing": true, "dataQuality": 1, "amount": "locum", "source": "test"}]},
         {"id": "network", "name": "Network", "lines": [
           {"id": "staff", "type": "cost", "organisation": "centre", "category": "access", "valueType": "fiscal",
            "cashReleasing": true, "dataQuality": 1, "amount": "staff", "source": "test"},
           {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
            "cashReleasing": true, "dataQuality": 1, "amount": 10000, "probability": "p", "source": "test"},
           {"id": "health", "type": "benefit", "organisation": "patients", "category": "quality", "valueType": "health",
            "dataQuality": 1, "amount": "qaly", "source": "test"}]},
         {"id": "lean", "name": "Lean network", "lines": [
           {"id": "staff", "type": "cost", "organisation": "centre", "category": "access", "valueType": "fiscal",
            "cashReleasing": true, "dataQuality": 1, "amount": 60000, "source": "test"},
           {"id": "locums", "type": "cost", "organisation": "host", "category": "resilience", "valueType": "fiscal",
            "cashReleasing": true, "dataQuality": 1, "amount": 50000, "source": "test"},
           {"id": "health", "type": "benefit", "organisation": "patients", "category": "quality", "valueType": "health",
            "dataQuality": 1, "amount": "qaly2", "source": "test"}]}]}
      """;

  @Test
  void psaOfASmallAppraisalOfOurOwn() throws IOException {
    Path input = dir.resolve("own.json");
    Files.writeString(input, OWN);
    for (String threads : List.of("1", "2", "8")) {
      psaMatches(input, 99, 1, List.of(), threads);
      psaMatches(input, 3, 1000, List.of("--reference", "lean"), threads);
    }
    psaMatches(input, -5, PsaCommand.BLOCK + 3, List.of(), "8");
  }

  private static String matrix(List<String> names, double[][] rows) {
    StringBuilder s = new StringBuilder(String.join(",", names)).append('\n');
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        s.append(j == 0 ? "" : ",").append(row[j]);
      }
      s.append('\n');
    }
    return s.toString();
  }

  @Test
  void ceaStreamedIsTheInMemoryBytes() throws IOException {
    SplittableRandom r = new SplittableRandom(4242);
    int[] sizes = {1, 2, 500, 4096, 4097, 9000};
    for (int example = 0; example < sizes.length; example++) {
      int n = sizes[example];
      int m = 1 + r.nextInt(4);
      List<String> names = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        names.add("opt" + j);
      }
      double[][] c = new double[n][m];
      double[][] e = new double[n][m];
      for (int d = 0; d < n; d++) {
        for (int j = 0; j < m; j++) {
          c[d][j] = Math.round((8000 + 1500 * j + 1200 * r.nextGaussian()) * 100) / 100.0;
          e[d][j] = 4 + 0.1 * j + 0.25 * r.nextGaussian();
        }
        if (m > 1 && r.nextInt(5) == 0) { // an exact NMB tie at 20000
          c[d][1] = c[d][0] + 20000 * (e[d][1] - e[d][0]);
        }
      }
      Path cf = dir.resolve("c" + example + ".csv");
      Path ef = dir.resolve("e" + example + ".csv");
      Files.writeString(cf, matrix(names, c));
      Files.writeString(ef, matrix(names, e));
      // what the in-memory path read: the same text, parsed whole
      CeaCommand.Matrix cm = CeaCommand.read(Files.newBufferedReader(cf), cf.toString(), "costs");
      CeaCommand.Matrix em = CeaCommand.read(Files.newBufferedReader(ef), ef.toString(), "effects");
      CostEffectivenessSample sample =
          CostEffectivenessSample.of(
              cm.options(), cm.rows().toArray(double[][]::new), em.rows().toArray(double[][]::new));
      String ref = names.get(r.nextInt(m));
      List<String> wtp = List.of("20000", "0:60000:500", "123.5");
      Map<String, String> want = inMemoryCea(sample, CeaCommand.grid(wtp), ref);
      Path out = dir.resolve("cea" + example);
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--quiet",
                  "cea",
                  "--costs",
                  cf.toString(),
                  "--effects",
                  ef.toString(),
                  "--reference",
                  ref,
                  "--output",
                  out.toString()));
      for (String v : wtp) {
        args.add("--wtp");
        args.add(v);
      }
      Run run = Run.of(args.toArray(String[]::new));
      assertEquals(0, run.code(), run.err());
      assertFiles(want, out, n + " draws of " + m + " options");
    }
  }

  private Run cea(String costs, String effects, String... more) throws IOException {
    Path cf = dir.resolve("bad-c.csv");
    Path ef = dir.resolve("bad-e.csv");
    Files.writeString(cf, costs);
    Files.writeString(ef, effects);
    List<String> args =
        new ArrayList<>(
            List.of(
                "cea",
                "--costs",
                cf.toString(),
                "--effects",
                ef.toString(),
                "--output",
                dir.resolve("bad-out").toString()));
    args.addAll(List.of(more));
    if (!args.contains("--wtp")) {
      args.addAll(List.of("--wtp", "20000"));
    }
    return Run.of(args.toArray(String[]::new));
  }

  /**
   * Streaming reads both files at once, but the problem reported is the one the whole-file path
   * reported: the costs' first, then the effects', then their disagreement, then --wtp, then the
   * values and the reference.
   */
  @Test
  void ceaProblemsComeInTheOrderOfTheWholeFilePath() throws IOException {
    String good = "a,b\n1,2\n3,4\n5,6\n";
    String goodE = "a,b\n0.1,0.2\n0.3,0.4\n0.5,0.6\n";
    // costs bad late, effects bad early: the costs' problem
    Run r = cea("a,b\n1,2\n3,4\n5,x\n", "a,c\n0.1,0.2\n", "--wtp", "nope");
    assertEquals(1, r.code());
    assertEquals(true, r.err().contains("bad-c.csv line 4, b: 'x' is not a number"), r.err());
    // effects bad on a row, rows differ too: the effects' problem
    r = cea(good + "7,8\n", "a,b\n0.1,0.2\n0.3,y\n");
    assertEquals(true, r.err().contains("bad-e.csv line 3, b: 'y' is not a number"), r.err());
    // effects missing: named even when the costs are long
    Path none = dir.resolve("none.csv");
    r =
        Run.of(
            "cea",
            "--costs",
            dir.resolve("bad-c.csv").toString(),
            "--effects",
            none.toString(),
            "--wtp",
            "1",
            "--output",
            dir.resolve("o2").toString());
    assertEquals(true, r.err().contains("none.csv: no such file"), r.err());
    // names differ and rows differ: the names
    r = cea(good, "a,c\n0.1,0.2\n");
    assertEquals(true, r.err().contains("differ from the costs' a,b"), r.err());
    // rows differ and --wtp is bad: the rows
    r = cea(good, "a,b\n0.1,0.2\n", "--wtp", "nope");
    assertEquals(true, r.err().contains("1 draws, but"), r.err());
    // --wtp bad and a value out of range: --wtp
    r = cea("a,b\n1,2e19\n3,4\n5,6\n", goodE, "--wtp", "nope");
    assertEquals(true, r.err().contains("--wtp nope"), r.err());
    // a value out of range and an unknown reference: the value
    r = cea("a,b\n1,2e19\n3,4\n5,6\n", goodE, "--reference", "z");
    assertEquals(true, r.err().contains("beyond"), r.err());
    assertEquals(false, r.err().contains("reference 'z'"), r.err());
    r = cea(good, goodE, "--reference", "z");
    assertEquals(true, r.err().contains("reference 'z' is not an option"), r.err());
    for (Run each : List.of(r)) {
      assertEquals(1, each.code());
      assertEquals(1, each.err().strip().lines().count(), each.err());
    }
    assertEquals(false, Files.exists(dir.resolve("bad-out")));
  }
}
