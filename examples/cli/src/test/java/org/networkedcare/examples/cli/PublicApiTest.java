package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of each library module, one line per public type and member, must equal its
 * listing under {@code docs/api/}, so that a change of the public API is a visible decision in a
 * diff (docs/api.md). After a deliberate change, rewrite the listings with {@code mvn -B -pl
 * examples/cli -am verify -Dtest=PublicApiTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dnetworkedcare.api.write=true} and commit them with the change.
 */
class PublicApiTest {

  /** The library's modules (the command line, benchmarks and JShell start-up are not API). */
  private static final Map<String, String> MODULES = new LinkedHashMap<>();

  static {
    MODULES.put("core", "org/networkedcare/core/");
    MODULES.put("metrics", "org/networkedcare/metrics/");
    MODULES.put("governance", "org/networkedcare/governance/");
    MODULES.put("report", "org/networkedcare/examples/report/");
  }

  @Test
  void publicSurfaceMatchesTheListingInDocs() throws Exception {
    Path docs = repositoryRoot().resolve("docs/api");
    boolean write = Boolean.getBoolean("networkedcare.api.write");
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      List<String> actual = surface(module.getValue());
      Path listing = docs.resolve(module.getKey() + ".txt");
      if (write) {
        Files.createDirectories(docs);
        Files.write(listing, actual, StandardCharsets.UTF_8);
        continue;
      }
      List<String> expected =
          Files.exists(listing) ? Files.readAllLines(listing, StandardCharsets.UTF_8) : List.of();
      if (!expected.equals(actual)) {
        Set<String> added = new TreeSet<>(actual);
        expected.forEach(added::remove);
        Set<String> removed = new TreeSet<>(expected);
        actual.forEach(removed::remove);
        changed.add(
            module.getKey()
                + ": "
                + added.size()
                + " added, "
                + removed.size()
                + " removed"
                + added.stream().limit(20).map(s -> "\n  + " + s).collect(Collectors.joining())
                + removed.stream().limit(20).map(s -> "\n  - " + s).collect(Collectors.joining()));
      }
    }
    Path api = docs.resolveSibling("api.md");
    String text = Files.readString(api, StandardCharsets.UTF_8);
    int from = text.indexOf(PAGE_BEGIN);
    int to = text.indexOf(PAGE_END);
    if (from < 0 || to < from) {
      fail("docs/api.md has no " + PAGE_BEGIN + " ... " + PAGE_END + " section");
    }
    String page = page();
    String current = text.substring(from + PAGE_BEGIN.length(), to);
    if (write) {
      Files.writeString(
          api,
          text.substring(0, from + PAGE_BEGIN.length()) + page + text.substring(to),
          StandardCharsets.UTF_8);
    } else if (!current.equals(page)) {
      changed.add("docs/api.md: the page differs from the public types");
    }
    if (!changed.isEmpty()) {
      fail(
          "the public API differs from docs/api/*.txt; if the change is meant, rewrite the listings with"
              + " -Dnetworkedcare.api.write=true (see this test's javadoc) and commit them:\n"
              + String.join("\n", changed));
    }
  }

  private static final String PAGE_BEGIN = "<!-- the page: written by PublicApiTest -->";
  private static final String PAGE_END = "<!-- end of the page -->";

  /**
   * The public API on one page: for each module, each package with its public top-level types
   * (nested public types counted beside their owner) and the number of public members.
   */
  static String page() throws ClassNotFoundException {
    StringBuilder page = new StringBuilder("\n");
    for (Map.Entry<String, String> module : MODULES.entrySet()) {
      List<String> lines = surface(module.getValue());
      Map<String, Map<String, Integer>> packages = new java.util.TreeMap<>();
      long members = lines.stream().filter(l -> l.contains(" :: ")).count();
      int types = 0;
      for (String line : lines) {
        if (line.contains(" :: ")) {
          continue;
        }
        types++;
        String type = line.substring(0, line.indexOf(' '));
        String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
        String pkg = outer.substring(0, outer.lastIndexOf('.'));
        String simple = outer.substring(outer.lastIndexOf('.') + 1);
        packages
            .computeIfAbsent(pkg.replace("org.networkedcare.", ""), k -> new java.util.TreeMap<>())
            .merge(simple, type.contains("$") ? 1 : 0, Integer::sum);
      }
      page.append("**networkedcare-")
          .append(module.getKey())
          .append("**: ")
          .append(types)
          .append(" public types, ")
          .append(members)
          .append(" public members.\n\n");
      packages.forEach(
          (pkg, simple) ->
              page.append("- `")
                  .append(pkg)
                  .append("`: ")
                  .append(
                      simple.entrySet().stream()
                          .map(
                              e ->
                                  e.getValue() == 0
                                      ? e.getKey()
                                      : e.getKey() + " (+" + e.getValue() + ")")
                          .collect(Collectors.joining(", ")))
                  .append('\n'));
      page.append('\n');
    }
    return page.toString();
  }

  /** The sorted listing of one module's public types and their public (or protected) members. */
  static List<String> surface(String prefix) throws ClassNotFoundException {
    List<String> lines = new ArrayList<>();
    for (String name : classNames(prefix)) {
      Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
      if (!visible(type) || type.isSynthetic() || type.isAnonymousClass()) {
        continue;
      }
      String owner = type.getName();
      lines.add(owner + " (" + kind(type) + ")");
      for (Field f : type.getDeclaredFields()) {
        if (exposed(type, f) && !f.isSynthetic()) {
          lines.add(
              owner + " :: " + statik(f) + "field " + name(f.getGenericType()) + " " + f.getName());
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (exposed(type, c) && !c.isSynthetic() && !type.isEnum()) {
          lines.add(owner + " :: new(" + params(c.getGenericParameterTypes()) + ")");
        }
      }
      for (Method m : methods(type)) {
        if (exposed(type, m)
            && !m.isSynthetic()
            && !m.isBridge()
            && !objectMethod(m)
            && !enumMethod(type, m)) {
          lines.add(
              owner
                  + " :: "
                  + statik(m)
                  + name(m.getGenericReturnType())
                  + " "
                  + m.getName()
                  + "("
                  + params(m.getGenericParameterTypes())
                  + ")");
        }
      }
    }
    return lines.stream().sorted().distinct().toList();
  }

  /**
   * The type's own methods and those it inherits from superclasses a user cannot name, such as a
   * generated {@code Immutable*.Builder} under a value's public nested {@code Builder}: a user
   * calls them through the public type, so they are its surface.
   */
  private static List<Method> methods(Class<?> type) {
    List<Method> methods = new ArrayList<>(List.of(type.getDeclaredMethods()));
    for (Class<?> s = type.getSuperclass(); s != null && !visible(s); s = s.getSuperclass()) {
      methods.addAll(List.of(s.getDeclaredMethods()));
    }
    return methods;
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(Class<?> type, Member member) {
    int m = member.getModifiers();
    if (type.isInterface()) {
      return !Modifier.isPrivate(m);
    }
    return Modifier.isPublic(m)
        || (Modifier.isProtected(m) && !Modifier.isFinal(type.getModifiers()));
  }

  private static String kind(Class<?> type) {
    String base =
        type.isAnnotation()
            ? "annotation"
            : type.isInterface()
                ? "interface"
                : type.isEnum()
                    ? "enum"
                    : type.isRecord()
                        ? "record"
                        : Modifier.isAbstract(type.getModifiers())
                            ? "abstract class"
                            : Modifier.isFinal(type.getModifiers()) ? "final class" : "class";
    return type.isSealed() ? "sealed " + base : base;
  }

  private static String statik(Member member) {
    return Modifier.isStatic(member.getModifiers()) ? "static " : "";
  }

  private static boolean objectMethod(Method m) {
    return (m.getName().equals("equals") && m.getParameterCount() == 1)
        || (m.getName().equals("hashCode") || m.getName().equals("toString"))
            && m.getParameterCount() == 0;
  }

  private static boolean enumMethod(Class<?> type, Method m) {
    return type.isEnum()
        && Modifier.isStatic(m.getModifiers())
        && (m.getName().equals("values") || m.getName().equals("valueOf"));
  }

  private static String params(Type[] types) {
    return Arrays.stream(types).map(PublicApiTest::name).collect(Collectors.joining(", "));
  }

  private static String name(Type type) {
    return type.getTypeName().replace("java.lang.", "").replace("java.util.", "").replace('$', '.');
  }

  /**
   * The binary names of the classes under a package prefix on the test's class path (folders or
   * jars).
   */
  private static Set<String> classNames(String prefix) {
    Set<String> names = new TreeSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Paths.get(entry);
      try {
        if (Files.isDirectory(path)) {
          Path root = path.resolve(prefix);
          if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
              files
                  .map(p -> path.relativize(p).toString().replace(java.io.File.separatorChar, '/'))
                  .filter(PublicApiTest::isClass)
                  .forEach(p -> names.add(binaryName(p)));
            }
          }
        } else if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
          try (JarFile jar = new JarFile(path.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
              String p = e.nextElement().getName();
              if (p.startsWith(prefix) && isClass(p)) {
                names.add(binaryName(p));
              }
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return names;
  }

  private static boolean isClass(String path) {
    return path.endsWith(".class")
        && !path.endsWith("package-info.class")
        && !path.endsWith("module-info.class");
  }

  private static String binaryName(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('/', '.');
  }

  private static Path repositoryRoot() {
    Path p = Paths.get("").toAbsolutePath();
    while (p != null && !Files.exists(p.resolve("docs"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no docs folder above " + Paths.get("").toAbsolutePath());
    }
    return p;
  }
}
