package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and docs/*.md stay true: every {@code java} block compiles and runs as written, the
 * Maven coordinates carry the project's version, the README's table of subcommands agrees with the
 * help, and the command lines and JShell lines of docs/analysts.md run on the shipped A&amp;E data.
 *
 * <p>A {@code java} block is imports followed by statements (they go in a method that may throw any
 * exception). When it uses values it does not make, an HTML comment {@code <!-- given: ... -->}
 * just before it (invisible on the rendered page) holds the Java that makes them. Each block is
 * compiled with the test class path and run in a JVM of its own in the project's root folder, so
 * relative paths read as they do for a reader at the root of a clone.
 */
class DocsTest {

  /** The project's root: the test runs in examples/cli. */
  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

  private static final Pattern JAVA_BLOCK =
      Pattern.compile("(?:<!-- given:\\n(.*?)-->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  private static final String CLI = "java -jar examples/target/networkedcare.jar ";

  /** A block of a file, with its place for messages. */
  record Block(String place, String given, String code) {}

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static List<Block> javaBlocks() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Path page : pages()) {
      String text = Files.readString(page);
      Matcher m = JAVA_BLOCK.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start(2)).lines().count();
        blocks.add(
            new Block(
                ROOT.relativize(page) + ":" + line,
                m.group(1) == null ? "" : m.group(1),
                m.group(2)));
      }
    }
    return blocks;
  }

  /** {@return a block as a class: its imports (and the given's) first, the rest in main} */
  static String source(String className, Block block) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String part : List.of(block.given(), block.code())) {
      for (String line : part.split("\n", -1)) {
        (line.startsWith("import ") ? imports : body).append(line).append('\n');
      }
    }
    return imports
        + "public class "
        + className
        + " {\n  public static void main(String[] args) throws Exception {\n"
        + body
        + "  }\n}\n";
  }

  @Test
  void everyJavaBlockCompilesAndRuns(@TempDir Path dir) throws Exception {
    List<Block> blocks = javaBlocks();
    assertTrue(blocks.size() >= 9, "java blocks: " + blocks.size());
    assertEquals("", compileErrors(blocks, dir));
    String classPath = System.getProperty("java.class.path");
    for (int i = 0; i < blocks.size(); i++) {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  classPath + java.io.File.pathSeparator + dir,
                  "Snippet" + i)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), blocks.get(i).place());
      assertEquals(0, p.exitValue(), blocks.get(i).place() + " does not run:\n" + output);
    }
  }

  /**
   * {@return the compiler's errors, each with its block's place, or "" when every block compiles}
   * The blocks become classes Snippet0, Snippet1, ... in the folder.
   */
  static String compileErrors(List<Block> blocks, Path dir) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Path file = dir.resolve("Snippet" + i + ".java");
      Files.writeString(file, source("Snippet" + i, blocks.get(i)));
      files.add(file);
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      boolean ok =
          javac
              .getTask(
                  null,
                  fm,
                  diagnostics,
                  List.of(
                      "-classpath",
                      System.getProperty("java.class.path"),
                      "-d",
                      dir.toString(),
                      "-proc:none",
                      "--release",
                      "17",
                      "-Xlint:none"),
                  null,
                  fm.getJavaFileObjectsFromPaths(files))
              .call();
      if (ok) {
        return "";
      }
      return diagnostics.getDiagnostics().stream()
          .map(
              d -> {
                int index =
                    Integer.parseInt(
                        Path.of(d.getSource().getName())
                            .getFileName()
                            .toString()
                            .replaceAll("\\D", ""));
                return blocks.get(index).place() + ": " + d.getMessage(null);
              })
          .collect(Collectors.joining("\n"));
    }
  }

  /**
   * A block that does not compile (a misspelt name, a missing import) is caught, with its place.
   */
  @Test
  void aBlockThatDoesNotCompileIsCaught(@TempDir Path dir) throws IOException {
    Block misspelt =
        new Block("README.md:7", "", "import java.util.List;\nList<String> x = Lisst.of();\n");
    assertTrue(
        compileErrors(List.of(misspelt), dir).startsWith("README.md:7: cannot find symbol"),
        compileErrors(List.of(misspelt), dir));
    Block unimported =
        new Block("docs/spc.md:3", "", "SpcOptions o = SpcOptions.builder().build();\n");
    assertTrue(
        compileErrors(List.of(unimported), dir).contains("docs/spc.md:3: cannot find symbol"));
    Block given =
        new Block(
            "docs/spc.md:9",
            "import org.networkedcare.metrics.spc.SpcOptions;\n",
            "SpcOptions o = SpcOptions.builder().build();\n");
    assertEquals("", compileErrors(List.of(given), dir));
  }

  @Test
  void theReadmeGivesMavenAndGradleCoordinatesWithTheVersion() throws IOException {
    Properties version = new Properties();
    try (var in =
        Main.class.getResourceAsStream("/org/networkedcare/examples/version.properties")) {
      version.load(in);
    }
    String v = version.getProperty("version");
    String readme = Files.readString(ROOT.resolve("README.md"));
    assertTrue(
        readme.contains(
            "<groupId>org.networkedcare</groupId>\n  <artifactId>networkedcare-metrics</artifactId>\n  <version>"
                + v
                + "</version>"),
        v);
    assertTrue(
        readme.contains("implementation(\"org.networkedcare:networkedcare-metrics:" + v + "\")"),
        v);
  }

  /**
   * Each row of the README's table of subcommands names a subcommand of the help (and every
   * subcommand has a row), and each option the row shows is one of that subcommand's options, with
   * the same label where the row gives one.
   */
  @Test
  void theReadmeCommandTableAgreesWithTheHelp() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String table = readme.substring(readme.indexOf("| subcommand | what it does |"));
    table = table.substring(0, table.indexOf("\n\n"));
    CommandSyntax main = Main.syntax(new String[0]);
    Map<String, String> rows = new TreeMap<>();
    for (String row : table.lines().skip(2).toList()) {
      String usage = row.substring(row.indexOf('`') + 1, row.indexOf('`', row.indexOf('`') + 1));
      rows.put(usage.split(" ")[0], usage);
    }
    // serve comes from networkedcare-service (an AddedCommand found by ServiceLoader), which is
    // not on this module's class path; its row must be there, and the service's tests check it.
    for (String added : List.of("serve")) {
      if (!main.subcommands().containsKey(added)) {
        assertTrue(rows.containsKey(added), "the README's table has no row for " + added);
        rows.remove(added);
      }
    }
    assertEquals(new TreeMap<>(main.subcommands()).keySet(), rows.keySet());
    Pattern option =
        Pattern.compile("(--[a-z-]+)(?: ([A-Z][A-Za-z.:=\\-]*|[a-z]+(?:\\\\?\\|[a-z-]+)+))?");
    for (Map.Entry<String, String> row : rows.entrySet()) {
      CommandSyntax command = main.subcommands().get(row.getKey());
      String usage = row.getValue();
      String[] words = usage.split(" ");
      if (words.length > 1
          && !command.subcommands().isEmpty()
          && command.subcommands().containsKey(words[1])) {
        command = command.subcommands().get(words[1]);
      }
      Matcher m = option.matcher(usage);
      while (m.find()) {
        Optional<OptionSyntax> found = command.option(m.group(1)).or(() -> main.option(m.group(1)));
        assertTrue(
            found.isPresent(),
            row.getKey() + ": the README shows " + m.group(1) + ", which the help does not have");
        String shown = found.get().label().orElse("");
        if (m.group(2) != null) {
          String label = m.group(2).replace("\\|", "|");
          assertTrue(
              shown.equals(label) || shown.startsWith(label + "|"),
              row.getKey()
                  + " "
                  + m.group(1)
                  + ": the README says "
                  + label
                  + ", the help "
                  + shown);
        }
      }
    }
  }

  /**
   * The copy-paste command lines of docs/analysts.md (the {@code networkedcare} ones): each runs in
   * bash, in order, in a folder that stands for a clone's root (its examples linked in), with the
   * classes for the jar, and exits 0.
   */
  @Test
  void theAnalystsCommandLinesRun(@TempDir Path dir) throws Exception {
    List<String> lines = analysts().lines().filter(l -> l.startsWith(CLI)).toList();
    assertEquals(5, lines.size(), "networkedcare command lines in docs/analysts.md");
    Files.createSymbolicLink(dir.resolve("examples"), ROOT.resolve("examples"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String launcher =
        "'"
            + java
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + Main.class.getName()
            + " ";
    for (String line : lines) {
      String command = launcher + line.substring(CLI.length());
      Process p =
          new ProcessBuilder("bash", "-c", command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(300, TimeUnit.SECONDS), line);
      assertEquals(0, p.exitValue(), line + "\n" + output);
    }
    assertTrue(Files.isRegularFile(dir.resolve("summary.csv")));
    assertTrue(Files.readString(dir.resolve("funnel/sites.csv")).lines().count() > 100);
    assertTrue(Files.isRegularFile(dir.resolve("bbmk-pack/index.html")));
  }

  /**
   * The JShell lines of docs/analysts.md ({@code jshell> ...}), in one session after
   * examples/jshell/startup.jsh: each is valid and throws nothing. Paths under examples/ are read
   * from the clone, and anything written lands in a temporary folder.
   */
  @Test
  void theAnalystsJShellLinesRun(@TempDir Path dir) throws IOException {
    Pattern path = Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)");
    List<String> lines = new ArrayList<>();
    for (String line : analysts().lines().filter(l -> l.startsWith("jshell> ")).toList()) {
      Matcher m = path.matcher(line.substring("jshell> ".length()));
      StringBuilder placed = new StringBuilder();
      while (m.find()) {
        Path file =
            m.group(1).startsWith("examples/") ? ROOT.resolve(m.group(1)) : dir.resolve(m.group(1));
        m.appendReplacement(placed, Matcher.quoteReplacement("Path.of(\"" + file + "\")"));
      }
      m.appendTail(placed);
      lines.add(placed.toString());
    }
    assertEquals(5, lines.size(), "JShell lines in docs/analysts.md");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JShell shell =
        JShell.builder()
            .executionEngine("local")
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      for (String snippet :
          split(shell, Files.readString(ROOT.resolve("examples/jshell/startup.jsh")))) {
        eval(shell, snippet);
      }
      for (String line : lines) {
        for (String snippet : split(shell, line)) {
          eval(shell, snippet);
        }
      }
      assertTrue(Files.isRegularFile(dir.resolve("bbmk-pack/index.html")));
    }
  }

  private static String analysts() throws IOException {
    return Files.readString(ROOT.resolve("docs/analysts.md"));
  }

  private static List<String> split(JShell shell, String source) {
    List<String> out = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      out.add(info.source());
      rest = info.remaining();
    }
    return out;
  }

  private static void eval(JShell shell, String snippet) {
    for (SnippetEvent e : shell.eval(snippet)) {
      assertEquals(null, e.exception(), snippet);
      assertTrue(
          e.status() == Snippet.Status.VALID,
          snippet
              + ": "
              + e.status()
              + " "
              + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
    }
  }
}
