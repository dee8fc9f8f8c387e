package org.networkedcare.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.networkedcare.core.input.BoundedInput;
import org.networkedcare.core.json.Json;
import org.networkedcare.core.validation.ValidationException;

/** Reading the files a command is given, with one-line messages when that fails. */
final class Inputs {

  private Inputs() {}

  /**
   * {@return the folder a file is in, as an absolute path} A file named relative to the working
   * directory is in that directory.
   *
   * @param file the file
   */
  static Path folderOf(Path file) {
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    return parent == null ? absolute : parent;
  }

  /**
   * Reads a whole file, refusing one larger than the JSON limit; the bytes are counted as they are
   * read, so that a special file ({@code /dev/zero}, a FIFO) stops at the limit.
   */
  static byte[] bytes(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return BoundedInput.readAll(in, Json.MAX_DOCUMENT_BYTES);
    } catch (ValidationException e) {
      throw InputException.of(e, file + ": ");
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
    try (Reader reader =
        new BufferedReader(
            BoundedInput.utf8(Files.newInputStream(file), BoundedInput.MAX_CSV_BYTES), 1 << 16)) {
      return read.apply(reader);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(file + ": " + cannotRead(e), e);
    } catch (ValidationException e) {
      throw InputException.of(e, file + ": ");
    }
  }

  /**
   * The {@code --filter COLUMN=VALUE} options as (column, value) pairs, in the order given; one
   * that is not of that form is a usage error (exit 2).
   */
  static List<Map.Entry<String, String>> filters(Arguments args, List<String> options) {
    return options.stream()
        .map(
            text -> {
              int eq = text.indexOf('=');
              if (eq <= 0) {
                throw args.usage("option --filter: '" + text + "' is not COLUMN=VALUE");
              }
              return Map.entry(text.substring(0, eq), text.substring(eq + 1));
            })
        .toList();
  }

  /** Why a file cannot be read, in words: malformed UTF-8 is named as such. */
  static String cannotRead(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return "not valid UTF-8 text";
      }
    }
    return "cannot be read (" + e.getMessage() + ")";
  }
}
