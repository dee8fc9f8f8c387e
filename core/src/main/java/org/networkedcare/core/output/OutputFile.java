package org.networkedcare.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file written completely or not at all: the content goes to a new temporary file beside the
 * final name (created exclusively, named {@code .networkedcare-NAME.RANDOM.tmp}), is forced to the
 * device, and {@link #commit()} renames it over the final name in one atomic rename; a final name
 * that is a symbolic link is replaced, never followed. Without a commit, {@link #close()} deletes
 * the temporary file, so a failed or interrupted write leaves the final name as it was. The file's
 * folder must exist.
 *
 * <pre>{@code
 * try (OutputFile out = OutputFile.open(path)) {
 *   out.writer().append(text);
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes one file.
 */
public final class OutputFile implements Closeable {

  private final Staged staged;
  private boolean done;

  private OutputFile(Staged staged) {
    this.staged = staged;
  }

  /**
   * Opens a file for writing.
   *
   * @param file the final name
   * @return the output file
   * @throws NotDirectoryException if the file's folder does not exist or is not a folder
   * @throws IOException if the temporary file cannot be created
   */
  public static OutputFile open(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    if (folder == null || name == null) {
      throw new IllegalArgumentException(file + " does not name a file");
    }
    if (!Files.isDirectory(folder)) {
      throw new NotDirectoryException(folder.toString());
    }
    OutputFolder.checkName(name.toString());
    return new OutputFile(Staged.create(folder, name.toString()));
  }

  /**
   * Writes a whole file of UTF-8 text, completely or not at all.
   *
   * @param file the final name
   * @param text the content
   * @throws IOException if it cannot be written; the final name is then as it was
   */
  public static void write(Path file, CharSequence text) throws IOException {
    try (OutputFile out = open(file)) {
      out.writer().append(text);
      out.commit();
    }
  }

  /**
   * {@return the content's stream, written as bytes} Closing it is optional.
   *
   * @throws IllegalStateException if a stream or writer was already handed out
   */
  public OutputStream stream() {
    return staged.stream();
  }

  /**
   * {@return the content's writer (UTF-8, buffered)} Closing it is optional: {@link #commit()}
   * flushes it.
   *
   * @throws IllegalStateException if a stream or writer was already handed out
   */
  public Writer writer() {
    return staged.writer();
  }

  /**
   * Completes the file and renames it over the final name.
   *
   * @throws IOException if the file cannot be completed or renamed; the final name is then as it
   *     was
   */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException(staged.target() + " is already committed or closed");
    }
    staged.finish();
    staged.publish();
    Staged.forceDirectory(
        Objects.requireNonNull(staged.target().getParent(), "a staged file is in a folder"));
    done = true;
  }

  /** Deletes the temporary file unless the file was committed. */
  @Override
  public void close() {
    done = true;
    staged.discard();
  }
}
