package org.networkedcare.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path dir;

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitPublishesEveryFileAndAManifestThatChecksThem() throws Exception {
    try (OutputFolder out = OutputFolder.open(dir)) {
      out.write("a.csv", "x,y\n1,2\n");
      Writer w = out.writer("b.txt");
      w.write("é"); // not closed: commit closes it
      out.stream("c.bin").write(new byte[] {0, 1, 2});
      out.commit();
    }
    assertEquals(List.of("a.csv", "b.txt", "c.bin", OutputFolder.MANIFEST), names());
    assertEquals("x,y\n1,2\n", Files.readString(dir.resolve("a.csv")));
    assertEquals("é", Files.readString(dir.resolve("b.txt"), StandardCharsets.UTF_8));
    // The manifest is sha256sum's format, its sums computed here independently.
    assertEquals(
        sha256(dir.resolve("a.csv"))
            + "  a.csv\n"
            + sha256(dir.resolve("b.txt"))
            + "  b.txt\n"
            + sha256(dir.resolve("c.bin"))
            + "  c.bin\n",
        Files.readString(dir.resolve(OutputFolder.MANIFEST)));
  }

  @Test
  void aFailedRunLeavesTheEarlierFilesAndNothingElse() throws Exception {
    try (OutputFolder out = OutputFolder.open(dir)) {
      out.write("a.csv", "first\n");
      out.write("b.csv", "first\n");
      out.commit();
    }
    String manifest = Files.readString(dir.resolve(OutputFolder.MANIFEST));
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              try (OutputFolder out = OutputFolder.open(dir)) {
                out.write("a.csv", "second\n");
                Writer b = out.writer("b.csv");
                b.write("sec");
                throw new IOException("No space left on device"); // as a full disk fails a write
              }
            });
    assertEquals("No space left on device", failure.getMessage());
    assertEquals(List.of("a.csv", "b.csv", OutputFolder.MANIFEST), names());
    assertEquals("first\n", Files.readString(dir.resolve("a.csv")));
    assertEquals("first\n", Files.readString(dir.resolve("b.csv")));
    assertEquals(manifest, Files.readString(dir.resolve(OutputFolder.MANIFEST)));
  }

  @Test
  void aPlantedSymbolicLinkIsReplacedNotFollowed(@TempDir Path elsewhere) throws Exception {
    Path victim = elsewhere.resolve("victim.txt");
    Files.writeString(victim, "keep me");
    Files.createSymbolicLink(dir.resolve("summary.csv"), victim);
    try (OutputFolder out = OutputFolder.open(dir)) {
      out.write("summary.csv", "a\n");
      out.commit();
    }
    assertEquals("keep me", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(dir.resolve("summary.csv")));
    assertEquals("a\n", Files.readString(dir.resolve("summary.csv")));
  }

  @Test
  void namesArePlainFileNamesOncePerFolder() throws Exception {
    try (OutputFolder out = OutputFolder.open(dir)) {
      for (String bad :
          List.of(
              "",
              ".",
              "..",
              "../x.csv",
              "sub/x.csv",
              "a\\b",
              OutputFolder.MANIFEST,
              ".networkedcare-x")) {
        assertThrows(IllegalArgumentException.class, () -> out.write(bad, "x"), bad);
      }
      out.write("x.csv", "1");
      assertThrows(IllegalArgumentException.class, () -> out.write("x.csv", "2"));
    }
    assertEquals(List.of(), names());
  }

  @Test
  void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    assertThrows(NotDirectoryException.class, () -> OutputFolder.open(file));
    assertThrows(IOException.class, () -> OutputFolder.open(file.resolve("below")));
  }

  @Test
  void createsTheFolderAndItsParents() throws Exception {
    Path deep = dir.resolve("a").resolve("b");
    try (OutputFolder out = OutputFolder.open(deep)) {
      out.write("x.csv", "1\n");
      out.commit();
    }
    assertEquals("1\n", Files.readString(deep.resolve("x.csv")));
  }

  @Test
  void nothingIsWrittenAfterCommitOrClose() throws Exception {
    OutputFolder out = OutputFolder.open(dir);
    out.commit();
    assertThrows(IllegalStateException.class, () -> out.write("late.csv", "x"));
    assertThrows(IllegalStateException.class, out::commit);
    out.close();
    assertTrue(Files.exists(dir.resolve(OutputFolder.MANIFEST)));
  }

  @Test
  void outputFileReplacesWholeOrNotAtAll() throws Exception {
    Path file = dir.resolve("r.json");
    OutputFile.write(file, "{}\n");
    assertEquals("{}\n", Files.readString(file));
    assertThrows(
        IOException.class,
        () -> {
          try (OutputFile out = OutputFile.open(file)) {
            out.writer().write("{\"half");
            throw new IOException("interrupted");
          }
        });
    assertEquals("{}\n", Files.readString(file));
    assertEquals(List.of("r.json"), names());
    assertThrows(
        NotDirectoryException.class,
        () -> OutputFile.open(dir.resolve("missing").resolve("r.json")));
  }
}
