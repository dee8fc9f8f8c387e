package org.networkedcare.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.networkedcare.core.json.NetworkJson;
import org.networkedcare.core.measure.ImprovementDirection;
import org.networkedcare.core.network.NetworkDocument;
import org.networkedcare.examples.data.AeAttendances;
import org.networkedcare.metrics.spc.Spc;
import org.networkedcare.metrics.spc.SpcCsv;
import org.networkedcare.metrics.spc.SpcOptions;
import org.networkedcare.metrics.spc.SpcResult;
import org.networkedcare.metrics.spc.SpcSeries;

/** The README's Java quick start, line for line, so that it stays true. */
class ReadmeQuickStartTest {

  @Test
  void quickStartRuns(@TempDir Path dir) throws IOException {
    try (InputStream network =
            ExampleEvaluation.class.getResourceAsStream(ExampleEvaluation.NETWORK_RESOURCE);
        InputStream ae = AeAttendances.open()) {
      Files.write(dir.resolve("network.json"), network.readAllBytes());
      // One row per trust and month: the type 1 rows of the shipped A&E file.
      List<String> lines =
          new String(ae.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.startsWith("\"period\"") || l.contains(",\"1\","))
              .toList();
      Files.write(dir.resolve("type1.csv"), lines);
    }
    Path cwd = dir;
    // --- README ---
    NetworkDocument doc = NetworkJson.parse(Files.readAllBytes(cwd.resolve("network.json")));
    doc.network().membershipsOn(LocalDate.of(2018, 1, 1)).forEach(System.out::println);
    List<SpcSeries> series =
        SpcCsv.read(
            Files.newBufferedReader(cwd.resolve("type1.csv")),
            "period",
            "attendances",
            Optional.of("org_code"));
    SpcResult spc =
        Spc.analyse(
            series, SpcOptions.builder().improvement(ImprovementDirection.INCREASE).build());
    spc.facets()
        .forEach(f -> System.out.println(f.facet() + " " + f.variationIcon() + " " + f.segments()));
    // --- end ---
    assertEquals(5, doc.network().membershipsOn(LocalDate.of(2018, 1, 1)).size());
    assertEquals(140, spc.facets().size());
  }
}
