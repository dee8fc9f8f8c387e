package org.networkedcare.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code networkedcare serve} as a process of its own: it listens on loopback on the port it was
 * given (0: any free one, which it prints), answers, and stops gracefully on SIGTERM, saying so.
 */
class ServeCommandTest {

  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/ \\(work folder (.*)\\);.*");

  @Test
  void serveListensOnLoopbackAndStopsOnSigterm(@TempDir Path dir) throws Exception {
    Path work = dir.resolve("work");
    Process serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.networkedcare.examples.cli.Main",
                "serve",
                "--port",
                "0",
                "--work",
                work.toString(),
                "--no-access-log")
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher m = LISTENING.matcher(String.valueOf(line));
      assertTrue(m.find(), () -> line + " / " + read(dir.resolve("err.txt")));
      assertEquals(work.toAbsolutePath().normalize().toString(), m.group(2));
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + m.group(1) + "/v1/health"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"ok\""), health.body());

      serve.destroy(); // SIGTERM on POSIX systems
      assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
      List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
      assertTrue(
          err.stream().anyMatch(l -> l.startsWith("networkedcare serve: stopping")), err::toString);
      assertTrue(err.contains("networkedcare serve: stopped"), err::toString);
      try (Stream<Path> left = Files.list(work)) {
        assertEquals(0, left.count(), "nothing is left in the work folder");
      }
    } finally {
      serve.destroyForcibly();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
