package org.networkedcare.examples.service;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The networkedcare HTTP service: the command's calculators and the board pack over HTTP/1.1, on
 * Jetty 12's core server (README "HTTP service").
 *
 * <p>Computations run on a bounded pool ({@link ServiceLimits#maxConcurrent()} workers, {@link
 * ServiceLimits#maxQueued()} waiting); requests beyond that are answered 503 at once. Every file a
 * computation reads or writes is in a folder of its own under the work folder, removed when it
 * ends. {@link #stop()} is graceful: new requests are answered 503 while those in flight finish.
 *
 * <p>Thread-safe. Not authenticated: put it behind the organisation's gateway.
 */
public final class NetworkedCareService implements AutoCloseable {

  private final Server server;
  private final ServerConnector connector;
  private final ThreadPoolExecutor computations;
  private final ServiceApi api;
  private final ServiceLimits limits;

  private NetworkedCareService(
      String host, int port, Path work, ServiceLimits limits, boolean accessLog) {
    this.limits = limits;
    AtomicInteger threads = new AtomicInteger();
    this.computations =
        new ThreadPoolExecutor(
            limits.maxConcurrent(),
            limits.maxConcurrent(),
            0,
            TimeUnit.SECONDS,
            limits.maxQueued() == 0
                ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(limits.maxQueued()),
            r -> {
              Thread t = new Thread(r, "networkedcare-compute-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    ServiceMetrics metrics = new ServiceMetrics(() -> computations.getQueue().size());
    this.api = new ServiceApi(work, limits, computations, metrics);
    // Enough request threads for every running and queued computation, and some for the rest.
    QueuedThreadPool pool =
        new QueuedThreadPool(limits.maxConcurrent() + limits.maxQueued() + 32, 8);
    pool.setName("networkedcare-http");
    pool.setDaemon(true);
    this.server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
    server.setHandler(api);
    server.setStopTimeout(limits.shutdownTimeout().toMillis());
    if (accessLog) {
      server.setRequestLog(
          new CustomRequestLog(
              new RequestLogWriter(), CustomRequestLog.EXTENDED_NCSA_FORMAT + " %{ms}T"));
    }
  }

  /**
   * {@return a started service}
   *
   * @param host the address to bind, such as {@code 127.0.0.1}
   * @param port the port, 0 for any free one ({@link #port()} tells which)
   * @param work the work folder, created if need be: nothing outside it is read or written
   * @param limits the limits
   * @param accessLog whether to write an access log line per request to standard error
   * @throws IOException if the port cannot be bound or the work folder made
   */
  public static NetworkedCareService start(
      String host, int port, Path work, ServiceLimits limits, boolean accessLog)
      throws IOException {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(limits, "limits");
    Path folder = Files.createDirectories(work).toRealPath();
    NetworkedCareService service = new NetworkedCareService(host, port, folder, limits, accessLog);
    try {
      service.server.start();
    } catch (IOException e) {
      service.computations.shutdownNow();
      throw e;
    } catch (Exception e) {
      service.computations.shutdownNow();
      throw new IOException("the service cannot start: " + e.getMessage(), e);
    }
    return service;
  }

  /** {@return the port it listens on} */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@return the address it listens on} */
  public InetSocketAddress address() {
    String host = connector.getHost();
    return new InetSocketAddress(host == null ? "0.0.0.0" : host, port());
  }

  /** {@return whether it has stopped} */
  public boolean stopped() {
    return server.isStopped();
  }

  /**
   * Stops gracefully: from now on new requests are answered 503; this waits (up to the shutdown
   * timeout) for the requests in flight to be answered, then closes the connections.
   */
  public void stop() {
    api.drain();
    long deadline = System.nanoTime() + limits.shutdownTimeout().toNanos();
    while (api.inFlight() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
    } finally {
      computations.shutdownNow();
    }
  }

  /** {@return requests being answered now} */
  public long inFlight() {
    return api.inFlight();
  }

  /** {@return whether a stop has begun} */
  boolean draining() {
    return api.draining();
  }

  /**
   * Blocks until the server has stopped.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() {
    if (!server.isStopped()) {
      stop();
    }
  }
}
