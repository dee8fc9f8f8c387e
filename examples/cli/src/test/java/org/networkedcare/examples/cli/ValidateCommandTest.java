package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.networkedcare.examples.ExampleEvaluation;

/**
 * The malformed documents in {@code src/test/resources/.../bad/}: each {@code NAME.json} beside a
 * {@code NAME.expected} that lists, one per line, the path and code of every problem the CLI must
 * print, in order. The documents are variations of the shipped example network.
 */
class ValidateCommandTest {

  private static Path bad() throws URISyntaxException {
    return Path.of(
        ValidateCommandTest.class.getResource("/org/networkedcare/examples/bad").toURI());
  }

  static Stream<String> badDocuments() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(bad())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void thereAreAtLeastADozenMalformedDocuments() throws IOException, URISyntaxException {
    assertTrue(badDocuments().count() >= 12);
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void printsEveryProblemWithItsPathAndExitsOne(String name)
      throws IOException, URISyntaxException {
    Run run = Run.of("validate", "--input", bad().resolve(name + ".json").toString());
    assertEquals(1, run.code(), run.err());
    assertEquals("", run.out());
    List<String> expected = Files.readAllLines(bad().resolve(name + ".expected"));
    List<String> printed = run.err().lines().map(ValidateCommandTest::pathAndCode).toList();
    assertEquals(expected, printed, run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
  }

  /** {@code /a/b: message [code]} becomes {@code /a/b code}. */
  private static String pathAndCode(String line) {
    int colon = line.indexOf(": ");
    int open = line.lastIndexOf(" [");
    return line.substring(0, colon) + " " + line.substring(open + 2, line.length() - 1);
  }

  @Test
  void acceptsTheShippedExampleNetwork(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("network.json");
    try (InputStream in =
        ExampleEvaluation.class.getResourceAsStream(ExampleEvaluation.NETWORK_RESOURCE)) {
      Files.write(file, in.readAllBytes());
    }
    Run run = Run.of("validate", "--input", file.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out()
            .startsWith(
                "valid network document: NetworkDocument bbmk-urgent-care-buddying: 5 organisations"),
        run.out());
  }

  @Test
  void bytesThatAreNotUtf8AreOneProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'});
    Run run = Run.of("validate", "--input", file.toString());
    assertEquals(1, run.code());
    assertEquals("(document): the document is not valid UTF-8 [json.encoding]", run.err().strip());
  }

  @Test
  void aMissingFileIsOneLine(@TempDir Path dir) {
    Run run = Run.of("validate", "--input", dir.resolve("absent.json").toString());
    assertEquals(1, run.code());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("absent.json: no such file"), run.err());
  }

  @Test
  void anEmptyFileIsOneProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.json");
    Files.writeString(file, "");
    Run run = Run.of("validate", "--input", file.toString());
    assertEquals(1, run.code());
    assertTrue(run.err().contains("[json.empty]"), run.err());
  }
}
