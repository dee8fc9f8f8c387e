package org.networkedcare.core.output;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One file being written: a new temporary file beside its final name, created exclusively (so that
 * nothing already there, a planted symbolic link included, is opened), written through a SHA-256
 * digest, forced to the device when closed, and renamed over the final name by {@link #publish()}.
 * Not thread-safe: one thread writes a staged file.
 */
final class Staged {

  /** The prefix of every temporary file, so that a person can recognise leftovers. */
  static final String PREFIX = ".networkedcare-";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private final Path target;
  private final Path temp;
  private final FileChannel channel;
  private final MessageDigest digest;
  private @Nullable OutputStream stream;
  private @Nullable Writer writer;
  private long bytes;
  private boolean closed;

  private Staged(Path target, Path temp, FileChannel channel) {
    this.target = target;
    this.temp = temp;
    this.channel = channel;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Creates the temporary file for a final name in an existing directory. */
  static Staged create(Path directory, String name) throws IOException {
    hook();
    for (int attempt = 0; ; attempt++) {
      Path temp =
          directory.resolve(
              PREFIX + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        FileChannel channel =
            FileChannel.open(
                temp,
                Set.of(
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS));
        LIVE.add(temp);
        return new Staged(directory.resolve(name), temp, channel);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }

  /**
   * Deletes the temporary files still being written when the virtual machine is stopped (SIGTERM,
   * SIGINT).
   */
  private static void hook() {
    if (!hooked) {
      synchronized (LIVE) {
        if (!hooked) {
          try {
            Runtime.getRuntime()
                .addShutdownHook(
                    new Thread(
                        () -> {
                          for (Path p : LIVE) {
                            try {
                              Files.deleteIfExists(p);
                            } catch (IOException | RuntimeException ignored) {
                              // the virtual machine is stopping; a leftover temporary file is
                              // recognisable by its name
                            }
                          }
                        },
                        "networkedcare-output-cleanup"));
          } catch (IllegalStateException stopping) {
            // The virtual machine is already stopping (a write from another shutdown hook, such as
            // a
            // server finishing its requests in flight): no hook can be added, and none is needed to
            // write; each temporary file is still removed when it is committed or closed.
          }
          hooked = true;
        }
      }
    }
  }

  Path target() {
    return target;
  }

  /** {@return the bytes written, once closed} */
  long size() {
    return bytes;
  }

  /** {@return the SHA-256 of the bytes written, in lower-case hexadecimal, once closed} */
  String sha256() {
    StringBuilder hex = new StringBuilder(64);
    for (byte b : digest.digest()) {
      hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
    }
    return hex.toString();
  }

  OutputStream stream() {
    if (stream != null || writer != null) {
      throw new IllegalStateException(target.getFileName() + " is already being written");
    }
    OutputStream raw = Channels.newOutputStream(channel);
    stream =
        new FilterOutputStream(raw) {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
          }

          @Override
          public void close() throws IOException {
            closeChannel();
          }
        };
    return stream;
  }

  Writer writer() {
    Writer w =
        new BufferedWriter(new OutputStreamWriter(stream(), StandardCharsets.UTF_8), 1 << 16);
    writer = w;
    return w;
  }

  /**
   * Closes what was handed out (flushing it), which forces the bytes to the device and closes the
   * file; idempotent.
   */
  void finish() throws IOException {
    if (writer != null) {
      writer.close();
    } else if (stream != null) {
      stream.close();
    } else {
      closeChannel();
    }
  }

  private void closeChannel() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.force(true);
    } finally {
      channel.close();
    }
  }

  /**
   * Renames the complete temporary file over the final name (which, if a symbolic link, is
   * replaced, not followed).
   */
  void publish() throws IOException {
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    LIVE.remove(temp);
  }

  /** Deletes the temporary file, if it is still there. */
  void discard() {
    try {
      channel.close();
    } catch (IOException ignored) {
      // being discarded: nothing more to lose
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // a leftover temporary file is recognisable by its name
    }
    LIVE.remove(temp);
  }

  /** Forces a directory's entries (the renames) to the device where the platform allows it. */
  static void forceDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // Windows cannot open a directory as a channel; its renames are durable by other means
    }
  }
}
