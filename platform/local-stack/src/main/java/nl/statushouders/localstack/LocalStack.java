package nl.statushouders.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform on one machine, on the same real parts as production: PostgreSQL (embedded,
 * data kept in .local/postgres), Kafka in KRaft mode (.local/kafka), Keycloak with the
 * statushouders realm (.local/keycloak), every service that has been built, and the nginx
 * gateway when nginx is installed. Ctrl-C or {@code bin/platform stop} stops it all; the next
 * start keeps the data.
 *
 * <p>Usage: {@code LocalStack start [--demo-data]} or {@code LocalStack stop}.
 */
public final class LocalStack {

    private final Path root;
    private final Progress progress = new Progress();
    private final Deque<Runnable> stops = new ArrayDeque<>();

    private LocalStack(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize();
        String command = args.length > 0 ? args[0] : "start";
        LocalStack stack = new LocalStack(root);
        switch (command) {
            case "start" -> stack.start(List.of(args).contains("--demo-data"), instances(List.of(args)));
            case "stop" -> stack.stopRunning();
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("Usage: bin/platform [start [--demo-data] [--instances 1|2|3] | stop]");
        System.exit(2);
    }

    /** How many instances of each service: --instances N (1 to 3), default 1. */
    private static int instances(List<String> args) {
        int i = args.indexOf("--instances");
        if (i < 0) {
            return 1;
        }
        try {
            int n = Integer.parseInt(args.get(i + 1));
            if (n >= 1 && n <= 3) {
                return n;
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            // falls through to the usage message
        }
        usage();
        return 1;
    }

    private void start(boolean demoData, int instances) throws Exception {
        Path local = Files.createDirectories(root.resolve(".local"));
        Path pidFile = local.resolve("platform.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isPresent()) {
            fail("The platform is already running (pid " + running.get().pid() + "). Stop it with: bin/platform stop");
        }
        List<String> busy = Ports.busy(instances);
        if (!busy.isEmpty()) {
            fail("Cannot start: " + String.join("; ", busy)
                    + ". Stop what uses it (an earlier stack: bin/platform stop) and try again.");
        }
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            progress.step("Stopping the platform");
            while (!stops.isEmpty()) {
                try {
                    stops.pop().run();
                } catch (RuntimeException e) {
                    System.err.println("  while stopping: " + e.getMessage());
                }
            }
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // nothing left to clean
            }
            progress.done("Stopped; data kept in " + root.relativize(local));
            stopped.countDown();
        }));

        Components components = new Components(root, local, progress, stops);
        try {
            components.postgres();
            components.kafka();
            components.keycloak();
            List<Components.RunningService> services = components.services(instances);
            boolean gateway = components.gateway(instances);
            if (demoData) {
                new DemoData(gateway, progress).load(30, 200);
            }
            Summary.print(progress, services, gateway);
        } catch (RuntimeException | java.util.concurrent.ExecutionException e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
            System.err.println();
            System.err.println("Start failed: " + cause.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private void stopRunning() throws InterruptedException {
        Path pidFile = root.resolve(".local").resolve("platform.pid");
        Optional<ProcessHandle> running = runningStack(pidFile);
        if (running.isEmpty()) {
            System.out.println("The platform is not running.");
            return;
        }
        System.out.println("Stopping the platform (pid " + running.get().pid() + ") ...");
        running.get().destroy();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (running.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        System.out.println(running.get().isAlive() ? "Still stopping; see the terminal that started it." : "Stopped.");
    }

    private static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("local-stack")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
