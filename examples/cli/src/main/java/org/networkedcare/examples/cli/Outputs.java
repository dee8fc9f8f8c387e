package org.networkedcare.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.networkedcare.core.output.OutputFile;
import org.networkedcare.core.output.OutputFolder;

/**
 * How every command writes its files: through {@link OutputFolder} and {@link OutputFile}, so that
 * a final name holds a whole file or what it held before, with one-line messages (exit 1) when
 * writing fails.
 */
final class Outputs {

  private Outputs() {}

  /** Writes the files of a folder. */
  @FunctionalInterface
  interface FolderBody {
    void write(OutputFolder out) throws IOException;
  }

  /** Writes one file's text. */
  @FunctionalInterface
  interface FileBody {
    void write(Writer out) throws IOException;
  }

  /** Writes a folder's files all or none. */
  static void folder(Path dir, FolderBody body) {
    try (OutputFolder out = OutputFolder.open(dir)) {
      body.write(out);
      out.commit();
    } catch (NotDirectoryException e) {
      throw new InputException(dir + ": exists and is not a directory", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(dir + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }

  /** Writes one file, whole or not at all. */
  static void file(Path file, FileBody body) {
    Map<Path, FileBody> one = new LinkedHashMap<>();
    one.put(file, body);
    files(one);
  }

  /** Writes several files (in any folders): every one complete before any is renamed into place. */
  static void files(Map<Path, FileBody> bodies) {
    List<OutputFile> open = new ArrayList<>();
    Path current = null;
    try {
      for (Map.Entry<Path, FileBody> e : bodies.entrySet()) {
        current = e.getKey();
        OutputFile out = OutputFile.open(current);
        open.add(out);
        e.getValue().write(out.writer());
      }
      int i = 0;
      for (Path p : bodies.keySet()) {
        current = p;
        open.get(i++).commit();
      }
    } catch (NotDirectoryException e) {
      throw new InputException(
          current + ": its folder " + e.getFile() + " is not an existing folder", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(current + ": cannot be written (" + e.getMessage() + ")", e);
    } finally {
      open.forEach(OutputFile::close);
    }
  }
}
