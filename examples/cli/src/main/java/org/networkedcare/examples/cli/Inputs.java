package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;

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

  /**
   * Reads a text file (UTF-8) with a reader of its content, such as a CSV loader; a missing or
   * unreadable file, or content with problems, is one line naming the file.
   */
  static <T> T text(Path file, Function<Reader, T> read) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read.apply(reader);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    } catch (ValidationException e) {
      throw InputException.of(e, file + ": ");
    }
  }
}
