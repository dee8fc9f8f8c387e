package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class PsaCommandTest {

  private static final List<String> FILES =
      List.of(
          "draws.csv",
          "summary.csv",
          "organisations.csv",
          "icers.csv",
          "acceptability.csv",
          "evpi.csv",
          "pairwise.csv");

  @TempDir Path dir;

  private Path example() throws IOException {
    Path file = dir.resolve("hub-and-host.json");
    try (InputStream in =
        PsaCommandTest.class.getResourceAsStream(
            "/org/networkedcare/examples/appraisal/hub-and-host.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void writesEveryFileTheSameOnOneTwoAndEightThreads() throws IOException {
    Path input = example();
    for (String threads : List.of("1", "2", "8")) {
      Run r =
          Run.of(
              "psa",
              "--input",
              input.toString(),
              "--draws",
              "500",
              "--seed",
              "42",
              "--threads",
              threads,
              "--output",
              dir.resolve("t" + threads).toString());
      assertEquals(0, r.code(), r.err());
    }
    for (String f : FILES) {
      byte[] one = Files.readAllBytes(dir.resolve("t1").resolve(f));
      assertArrayEquals(one, Files.readAllBytes(dir.resolve("t2").resolve(f)), f);
      assertArrayEquals(one, Files.readAllBytes(dir.resolve("t8").resolve(f)), f);
    }
    List<String> draws = Files.readAllLines(dir.resolve("t1/draws.csv"), StandardCharsets.UTF_8);
    assertEquals(501, draws.size());
    assertTrue(
        draws.get(0).startsWith("draw,dna-rate-option,host-b-failure-probability,"), draws.get(0));
    assertTrue(
        draws
            .get(0)
            .endsWith(",npsv:hub-and-host,cost:bau,cost:hub-and-host,qalys:bau,qalys:hub-and-host"),
        draws.get(0));
    List<String> summary =
        Files.readAllLines(dir.resolve("t1/summary.csv"), StandardCharsets.UTF_8);
    assertEquals(
        "option,draws,seed,mean_npsv,p2_5,p50,p97_5,probability_npsv_positive", summary.get(0));
    assertTrue(summary.get(1).startsWith("hub-and-host,500,42,"));
    List<String> pairwise =
        Files.readAllLines(dir.resolve("t1/pairwise.csv"), StandardCharsets.UTF_8);
    assertEquals(2, pairwise.size()); // against bau, the counterfactual
    assertEquals(1 + 101 * 2, Files.readAllLines(dir.resolve("t1/acceptability.csv")).size());
    List<String> orgs =
        Files.readAllLines(dir.resolve("t1/organisations.csv"), StandardCharsets.UTF_8);
    assertEquals(1 + 5, orgs.size());
  }

  @Test
  void badDistributionsAreInputProblemsEachOnItsLine() throws IOException {
    String json =
        Files.readString(example())
            .replace(
                "{\"type\": \"beta\", \"mean\": 0.08, \"sd\": 0.012}",
                "{\"type\": \"beta\", \"mean\": 1.08, \"sd\": 0.012}")
            .replace(
                "{\"type\": \"gamma\", \"mean\": 180000, \"sd\": 20000}",
                "{\"type\": \"gamma\", \"mean\": 180000, \"sd\": 0}");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, json);
    Run r =
        Run.of(
            "psa",
            "--input",
            bad.toString(),
            "--draws",
            "10",
            "--seed",
            "1",
            "--output",
            dir.resolve("o").toString());
    assertEquals(1, r.code());
    String[] lines = r.err().strip().split("\\R");
    assertEquals(2, lines.length, r.err());
    assertTrue(r.err().contains("/parameters/dna-rate-option/distribution/mean"), r.err());
    assertTrue(r.err().contains("/parameters/outreach-staff-cost/distribution/sd"), r.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path input = example();
    assertEquals(
        2,
        Run.of("psa", "--input", input.toString(), "--draws", "0", "--seed", "1", "--output", "x")
            .code());
    assertEquals(
        2,
        Run.of(
                "psa",
                "--input",
                input.toString(),
                "--draws",
                "5",
                "--seed",
                "1",
                "--threads",
                "0",
                "--output",
                "x")
            .code());
    assertEquals(
        2, Run.of("psa", "--input", input.toString(), "--draws", "5", "--output", "x").code());
    Run r =
        Run.of(
            "psa",
            "--input",
            input.toString(),
            "--draws",
            "5",
            "--seed",
            "1",
            "--reference",
            "nope",
            "--output",
            dir.resolve("r").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("--reference nope"), r.err());
  }
}
