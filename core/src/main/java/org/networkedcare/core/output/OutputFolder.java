package org.networkedcare.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set of files written into one folder all or none, with a manifest written last.
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.open(dir)) {
 *   out.write("summary.csv", text);
 *   try (Writer w = out.writer("draws.csv")) { ... }   // closing is optional: commit closes
 *   out.commit();
 * }                                                   // without commit: every file discarded
 * }</pre>
 *
 * <p><b>Guarantee.</b> Each file is written to a new temporary file in the folder (created
 * exclusively, named {@code .networkedcare-NAME.RANDOM.tmp}), forced to the device, and only when
 * {@link #commit()} is called and <em>every</em> file is complete are they renamed over their final
 * names, one atomic rename each, after which the manifest {@value #MANIFEST} (one line {@code
 * SHA-256 NAME} per file, the format {@code sha256sum -c} checks) is written the same way. The
 * previous manifest is deleted before the first rename. So:
 *
 * <ul>
 *   <li>a final name always holds a whole file, from this run or an earlier one, never a part;
 *   <li>a failed or interrupted run (an exception, a full disk, SIGTERM or SIGINT, SIGKILL before
 *       the renames) leaves every final name as it was; the temporary files are deleted, except
 *       after SIGKILL or a power cut, where they remain under their recognisable names;
 *   <li>when the manifest is present, the files it lists are exactly one run's output; it is absent
 *       only if a run was stopped during its renames (a window of a few system calls), and then the
 *       folder may hold some files of each run;
 *   <li>a symbolic link already in the folder under a final name is replaced by the file, never
 *       followed, and names are plain file names, so nothing is written outside the folder.
 * </ul>
 *
 * <b>Limits.</b> Files of an earlier run that this run does not write are left as they are (and are
 * not in the new manifest). Two runs committing into one folder at the same moment are not
 * serialised: each file is still whole, and {@code sha256sum -c} on the manifest tells whether the
 * set is one run's. The folder itself may be a symbolic link: it is the caller's choice.
 *
 * <p>Not thread-safe: one thread writes one output folder (different folders on different threads
 * are independent).
 */
public final class OutputFolder implements Closeable {

  /** The name of the manifest written last. */
  public static final String MANIFEST = "networkedcare.sha256";

  private final Path folder;
  private final List<Staged> files = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private boolean done;

  private OutputFolder(Path folder) {
    this.folder = folder;
  }

  /**
   * Opens a folder for writing, creating it and its parents if need be.
   *
   * @param folder the folder
   * @return the output folder
   * @throws NotDirectoryException if the path exists and is not a folder
   * @throws IOException if the folder cannot be created
   */
  public static OutputFolder open(Path folder) throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (FileAlreadyExistsException e) {
      throw new NotDirectoryException(folder.toString());
    }
    if (!Files.isDirectory(folder)) {
      throw new NotDirectoryException(folder.toString());
    }
    return new OutputFolder(folder);
  }

  /** {@return the folder written into} */
  public Path folder() {
    return folder;
  }

  /**
   * Starts a file, written as bytes.
   *
   * @param name a plain file name (no folder separator, not {@code .} or {@code ..}), once per
   *     folder
   * @return the stream; closing it is optional ({@link #commit()} closes it)
   * @throws IOException if the temporary file cannot be created
   */
  public OutputStream stream(String name) throws IOException {
    return stage(name).stream();
  }

  /**
   * Starts a file, written as UTF-8 text through a buffer.
   *
   * @param name a plain file name, once per folder
   * @return the writer; closing it is optional ({@link #commit()} flushes and closes it)
   * @throws IOException if the temporary file cannot be created
   */
  public Writer writer(String name) throws IOException {
    return stage(name).writer();
  }

  /**
   * Writes a whole file of UTF-8 text.
   *
   * @param name a plain file name, once per folder
   * @param text the content
   * @throws IOException if it cannot be written
   */
  public void write(String name, CharSequence text) throws IOException {
    Writer w = writer(name);
    w.append(text);
    w.close();
  }

  private Staged stage(String name) throws IOException {
    if (done) {
      throw new IllegalStateException(
          "the output folder " + folder + " is already committed or closed");
    }
    checkName(name);
    if (name.equals(MANIFEST) || !names.add(name)) {
      throw new IllegalArgumentException(name + " is already written in " + folder);
    }
    Staged s = Staged.create(folder, name);
    files.add(s);
    return s;
  }

  static void checkName(String name) {
    if (name.isEmpty()
        || name.equals(".")
        || name.equals("..")
        || name.indexOf('/') >= 0
        || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0
        || name.startsWith(Staged.PREFIX)) {
      throw new IllegalArgumentException("'" + name + "' is not a plain file name");
    }
  }

  /**
   * Publishes every file: closes any still open, renames each over its final name, then writes the
   * manifest. Nothing is renamed unless every file was written completely.
   *
   * @throws IOException if a file cannot be completed or renamed; files not yet renamed are
   *     discarded
   */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException(
          "the output folder " + folder + " is already committed or closed");
    }
    for (Staged s : files) {
      s.finish();
    }
    StringBuilder manifest = new StringBuilder();
    for (Staged s : files) {
      manifest.append(s.sha256()).append("  ").append(s.target().getFileName()).append('\n');
    }
    Staged sums = Staged.create(folder, MANIFEST);
    files.add(sums);
    try (Writer w = sums.writer()) {
      w.append(manifest);
    }
    Files.deleteIfExists(folder.resolve(MANIFEST));
    Staged.forceDirectory(folder);
    for (Staged s : files) {
      s.publish();
    }
    Staged.forceDirectory(folder);
    done = true;
  }

  /** Discards every file not committed; after {@link #commit()} it does nothing. */
  @Override
  public void close() {
    done = true;
    for (Staged s : files) {
      s.discard();
    }
    files.clear();
  }
}
