package nl.statushouders.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Another service of the platform, run from its packaged jar as a process of its own, for
 * journeys that cross services the way production does: over Kafka and HTTP only.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Runnable afterCleanStop;

    private ServiceProcess(Process process, int port, Path log, Runnable afterCleanStop) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.afterCleanStop = afterCleanStop;
    }

    /**
     * A long-running server, not a quick start: both JIT compilers (C2 optimises the hot paths; the
     * earlier -XX:TieredStopAtLevel=1 left them at C1 code), a heap sized for one service, and the
     * serial collector, which on two cores and a small heap has the smallest footprint and pauses of
     * a few milliseconds. The same settings as JAVA_OPTS in deploy/ and docker-compose.
     */
    public static final List<String> SERVER_JVM = List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    /** Starts {@code ../<module>/target/quarkus-app/quarkus-run.jar} on a free port and waits until ready. */
    public static ServiceProcess start(String module, Map<String, String> env) {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        try {
            ServiceProcess service = start(jar, freePort(), env, Files.createTempFile(module, ".log"), Duration.ofSeconds(90));
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a service jar on a port with this environment, logging to a file, and waits until ready. */
    public static ServiceProcess start(Path jar, int port, Map<String, String> env, Path log, Duration timeout) {
        return start(jar, port, env, log, timeout, new StartCache.Use(List.of(), () -> { }));
    }

    /** The same, with a {@link StartCache}'s JVM options after {@link #SERVER_JVM}, and its step after a clean stop. */
    public static ServiceProcess start(Path jar, int port, Map<String, String> env, Path log, Duration timeout,
                                       StartCache.Use cache) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first ('./mvnw verify' builds every service)");
        }
        try {
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(SERVER_JVM);
            command.addAll(cache.jvmOptions());
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // glibc may give each thread that allocates an arena of its own (64 MB reserved, partly touched);
            // a JVM allocates its heap itself, and two arenas are plenty for the rest.
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            builder.environment().putAll(env);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            ServiceProcess service = new ServiceProcess(builder.start(), port, log, cache.afterCleanStop());
            try {
                service.awaitReady(timeout);
            } catch (RuntimeException e) {
                service.close();
                throw e;
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the process with SIGKILL: no shutdown hook, no clean stop, as a crash or an OOM kill. */
    public void killHard() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service stopped during start-up; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("Service not ready within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            // Leaving the Kafka consumer groups takes about ten seconds, writing a start cache a few more.
            if (process.waitFor(60, TimeUnit.SECONDS)) {
                afterCleanStop.run();
            } else {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
