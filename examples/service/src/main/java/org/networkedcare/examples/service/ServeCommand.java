package org.networkedcare.examples.service;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.networkedcare.examples.cli.AddedCommand;
import org.networkedcare.examples.cli.Arguments;
import org.networkedcare.examples.cli.CommandSyntax;
import org.networkedcare.examples.cli.OptionSyntax;

/**
 * {@code networkedcare serve [--port 8080] [--host 127.0.0.1]}: the HTTP service, until SIGTERM or
 * Ctrl-C, which stop it gracefully.
 */
public final class ServeCommand implements Callable<Integer> {

  /** Adds {@code serve} to {@code networkedcare} (named in {@code META-INF/services}). */
  public static final class Added implements AddedCommand {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public Added() {}

    @Override
    public CommandSyntax syntax() {
      return SYNTAX;
    }
  }

  static final CommandSyntax SYNTAX =
      CommandSyntax.command(
          "serve",
          "Serve the calculators and the board pack over HTTP/1.1 (README \"HTTP "
              + "service\"; GET /openapi.json). Bound to loopback unless --host says "
              + "otherwise; no authentication of its own: put it behind the "
              + "organisation's gateway. SIGTERM stops it gracefully: requests in "
              + "flight finish, new ones get 503.",
          ServeCommand::new,
          OptionSyntax.value("--port", "P", "port (default ${DEFAULT-VALUE}; 0: any free one)")
              .byDefault("8080"),
          OptionSyntax.value("--host", "H", "address to bind (default ${DEFAULT-VALUE})")
              .byDefault("127.0.0.1"),
          OptionSyntax.value(
                  "--work",
                  "DIR",
                  "work folder, created if need be; nothing outside it is read or written (default ${DEFAULT-VALUE})")
              .byDefault("networkedcare-work"),
          OptionSyntax.value("--max-body-bytes", "N", "largest body, bytes (default 16 MiB)"),
          OptionSyntax.value(
              "--max-draws", "N", "most draws a psa request may ask for (default 10000)"),
          OptionSyntax.value("--max-cycles", "N", "most cycles of a cohort model (default 10000)"),
          OptionSyntax.value(
              "--request-timeout",
              "S",
              "longest computation, seconds, queueing included (default 30)"),
          OptionSyntax.value(
              "--max-concurrent", "N", "computations at once (default: the processors)"),
          OptionSyntax.value("--max-queued", "N", "computations waiting (default 64); beyond: 503"),
          OptionSyntax.value(
              "--idle-timeout", "S", "idle connections close after S seconds (default 30)"),
          OptionSyntax.value("--max-connections", "N", "open connections at most (default 256)"),
          OptionSyntax.value(
              "--shutdown-timeout",
              "S",
              "how long a stop waits for requests in flight, seconds (default 30)"),
          OptionSyntax.flag(
              "--no-access-log", "do not write an access log line per request to standard error"));

  private final Arguments args;
  private final int port;
  private final String host;
  private final Path work;
  private final int maxBodyBytes;
  private final int maxDraws;
  private final int maxCycles;
  private final long requestSeconds;
  private final int maxConcurrent;
  private final int maxQueued;
  private final long idleSeconds;
  private final int maxConnections;
  private final long shutdownSeconds;
  private final boolean noAccessLog;

  private ServeCommand(Arguments args) {
    this.args = args;
    ServiceLimits defaults = ServiceLimits.defaults();
    this.port = args.integer("--port");
    this.host = args.string("--host");
    this.work = args.path("--work");
    this.maxBodyBytes = args.integer("--max-body-bytes", defaults.maxBodyBytes());
    this.maxDraws = args.integer("--max-draws", defaults.maxDraws());
    this.maxCycles = args.integer("--max-cycles", defaults.maxCycles());
    this.requestSeconds =
        args.longInteger("--request-timeout", defaults.requestTimeout().toSeconds());
    this.maxConcurrent = args.integer("--max-concurrent", defaults.maxConcurrent());
    this.maxQueued = args.integer("--max-queued", defaults.maxQueued());
    this.idleSeconds = args.longInteger("--idle-timeout", defaults.idleTimeout().toSeconds());
    this.maxConnections = args.integer("--max-connections", defaults.maxConnections());
    this.shutdownSeconds =
        args.longInteger("--shutdown-timeout", defaults.shutdownTimeout().toSeconds());
    this.noAccessLog = args.flag("--no-access-log");
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    ServiceLimits limits;
    try {
      limits =
          new ServiceLimits(
              maxBodyBytes,
              maxDraws,
              maxCycles,
              Duration.ofSeconds(requestSeconds),
              maxConcurrent,
              maxQueued,
              Duration.ofSeconds(idleSeconds),
              maxConnections,
              Duration.ofSeconds(shutdownSeconds));
    } catch (IllegalArgumentException e) {
      throw args.usage(String.valueOf(e.getMessage()));
    }
    NetworkedCareService service =
        NetworkedCareService.start(host, port, work, limits, !noAccessLog);
    PrintWriter err = args.err();
    Thread stop =
        new Thread(
            () -> {
              err.println(
                  "networkedcare serve: stopping; new requests get 503 while "
                      + service.inFlight()
                      + " in flight finish");
              err.flush();
              service.stop();
              err.println("networkedcare serve: stopped");
              err.flush();
            },
            "networkedcare-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    PrintWriter out = args.out();
    out.println(
        "networkedcare serve: listening on http://"
            + host
            + ":"
            + service.port()
            + "/ (work folder "
            + work.toAbsolutePath().normalize()
            + "); GET /openapi.json describes it");
    out.flush();
    service.join();
    return 0;
  }
}
