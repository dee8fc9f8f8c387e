package org.networkedcare.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.networkedcare.examples.report.EvaluationDocument;
import org.networkedcare.examples.report.EvaluationDocuments;

/**
 * The example evaluation documents shipped in this module's resources, read through the board
 * pack's own reader with their parts from the class path: {@link #bbmk()}, a buddying network of
 * five real type 1 A&amp;E providers, and {@link #hub()}, an invented outpatient rheumatology hub
 * with host sites and quarterly data.
 */
public final class Examples {

  /** The folder of the shipped documents on the class path. */
  public static final String FOLDER = "/org/networkedcare/examples/";

  /** The BBMK evaluation document. */
  public static final String BBMK = FOLDER + "bbmk-evaluation.json";

  /** The rheumatology hub's evaluation document. */
  public static final String HUB = FOLDER + "hub/hub-evaluation.json";

  private Examples() {}

  /** {@return the BBMK urgent care buddying network's evaluation document} */
  public static EvaluationDocument bbmk() {
    return read(BBMK);
  }

  /** {@return the invented rheumatology hub's evaluation document} */
  public static EvaluationDocument hub() {
    return read(HUB);
  }

  /**
   * {@return a shipped evaluation document, its parts read beside it on the class path}
   *
   * @param resource the document's resource name
   */
  public static EvaluationDocument read(String resource) {
    String dir = resource.substring(0, resource.lastIndexOf('/') + 1);
    return EvaluationDocuments.parse(
        bytes(resource, Integer.MAX_VALUE - 8), (name, limit) -> bytes(dir + name, limit));
  }

  private static byte[] bytes(String name, int limit) {
    try (InputStream in = Examples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      byte[] bytes = in.readNBytes(limit);
      if (in.read() >= 0) {
        throw new IllegalStateException(name + " has more than " + limit + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
