package org.networkedcare.governance.assurance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.networkedcare.governance.json.AssuranceJson;
import org.networkedcare.governance.json.GovernanceReferenceJson;

/**
 * The worked example of section 12 of the method, read from the document the examples module keeps
 * (the same file {@code networkedcare assure} reads), so the two tests cannot drift apart.
 */
public final class EasternEye {

  /** The document's path from the governance module's directory (where surefire runs). */
  public static final Path PATH =
      Path.of("../examples/cli/src/main/resources/org/networkedcare/examples/eastern-eye.json");

  private EasternEye() {}

  /** {@return the document's bytes} */
  public static byte[] bytes() {
    try {
      return Files.readAllBytes(PATH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the document, read with the default reference data} */
  public static GovernanceDocument document() {
    return AssuranceJson.parse(bytes(), GovernanceReferenceJson.defaults());
  }
}
