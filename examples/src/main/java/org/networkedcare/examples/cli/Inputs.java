package org.networkedcare.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.networkedcare.core.json.Json;

/** Reading the files a command is given, with one-line messages when that fails. */
final class Inputs {

  private Inputs() {}

  /** Reads a whole file, refusing one larger than the JSON limit. */
  static byte[] bytes(Path file) {
    try {
      long size = Files.size(file);
      if (size > Json.MAX_DOCUMENT_BYTES) {
        throw new InputException(file + ": " + size + " bytes; at most " + Json.MAX_DOCUMENT_BYTES + " are read");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
