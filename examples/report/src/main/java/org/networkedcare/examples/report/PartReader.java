package org.networkedcare.examples.report;

import java.io.IOException;

/**
 * Reads the parts an evaluation document names (its governance and appraisal documents and its
 * measure dataset) by the names the document gives them. {@link
 * EvaluationDocuments#folder(java.nio.file.Path)} reads them from files inside one folder; an
 * application may read them from anywhere else (a database, the class path).
 */
@FunctionalInterface
public interface PartReader {

  /**
   * {@return a part's bytes}
   *
   * @param name the part's name as the document gives it, such as {@code governance.json}
   * @param limit the most bytes the part may have; a longer one is refused
   * @throws IOException when the part cannot be read, is missing, lies outside where parts may be,
   *     or has more than {@code limit} bytes
   */
  byte[] read(String name, int limit) throws IOException;
}
