package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through for "my own network", its three commands on a copy of the hub's folder.
 */
class OwnNetworkTest {

  private static final Path HUB = Path.of("src/main/resources/org/networkedcare/examples/hub");

  @TempDir Path dir;

  private void copy(String from, String to) throws IOException {
    Files.writeString(
        dir.resolve(to),
        Files.readString(HUB.resolve(from))
            .replace("hub-governance.json", "my-governance.json")
            .replace("hub-appraisal.json", "my-appraisal.json")
            .replace("hub-data.csv", "my-data.csv"));
  }

  @Test
  void theThreeCommandsTakeANetworkFromDataToABoardPack() throws IOException {
    copy("hub-network.json", "my-network.json");
    copy("hub-governance.json", "my-governance.json");
    copy("hub-appraisal.json", "my-appraisal.json");
    copy("hub-evaluation.json", "my-evaluation.json");
    copy("hub-data.csv", "my-data.csv");
    String d = dir.toString();
    Run check =
        Run.of("data", "check", "--network", d + "/my-network.json", "--data", d + "/my-data.csv");
    assertEquals(0, check.code(), check.err());
    assertTrue(
        check.out().contains("505 rows: 5 measures x 4 organisations x 5 sites x 22 periods"),
        check.out());
    Run assure =
        Run.of(
            "assure",
            "--input",
            d + "/my-governance.json",
            "--as-of",
            "2024-11-15",
            "--data",
            d + "/my-data.csv");
    assertEquals(0, assure.code(), assure.err());
    assertTrue(assure.out().contains("RTT-85"), assure.out());
    Run report = Run.of("report", "--input", d + "/my-evaluation.json", "--output", d + "/my-pack");
    assertEquals(0, report.code(), report.err());
    assertTrue(
        Files.readString(dir.resolve("my-pack").resolve("index.html"))
            .contains("North Vale rheumatology hub"));
  }
}
