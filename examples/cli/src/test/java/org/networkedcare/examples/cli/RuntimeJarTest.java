package org.networkedcare.examples.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The command line's class path (and so its shaded jar) carries no benchmark harness. */
class RuntimeJarTest {

  @Test
  void noJmhOnTheCommandLinesClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.openjdk.jmh.Main"));
    assertThrows(
        ClassNotFoundException.class,
        () -> Class.forName("org.apache.commons.math3.util.FastMath"));
  }
}
