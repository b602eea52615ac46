package nl.statushouders.systemtests;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Where a service's CPU time goes while the benchmark runs: a JFR recording (the JDK's own sampling
 * profiler, started with jcmd on the running process) read back per subsystem. A subsystem's share is
 * the part of the CPU samples with any of its frames on the stack, so shares overlap (Hibernate calls
 * the PostgreSQL client), and the hottest methods are the samples' top frames.
 */
final class Profile {

    /** Package prefixes per subsystem, in the order they are printed. */
    static final Map<String, List<String>> SUBSYSTEMS = new LinkedHashMap<>();

    static {
        SUBSYSTEMS.put("Hibernate (ORM, Reactive, Panache)", List.of("org.hibernate.", "io.quarkus.hibernate."));
        SUBSYSTEMS.put("reactive PostgreSQL client", List.of("io.vertx.pgclient.", "io.vertx.sqlclient."));
        SUBSYSTEMS.put("HTTP (Vert.x, RESTEasy Reactive)", List.of("io.vertx.core.http.", "org.jboss.resteasy.",
                "io.quarkus.resteasy.", "io.netty.handler.codec.http."));
        SUBSYSTEMS.put("OIDC token check (jose4j, RSA)", List.of("org.jose4j.", "io.quarkus.oidc.", "sun.security.rsa."));
        SUBSYSTEMS.put("Kafka client and messaging", List.of("org.apache.kafka.", "io.smallrye.reactive.messaging."));
        SUBSYSTEMS.put("Jackson (JSON)", List.of("com.fasterxml.jackson."));
        SUBSYSTEMS.put("Bean Validation", List.of("org.hibernate.validator."));
        SUBSYSTEMS.put("Micrometer, OpenTelemetry", List.of("io.micrometer.", "io.opentelemetry."));
        SUBSYSTEMS.put("the platform's own code", List.of("nl.statushouders."));
    }

    private Profile() {
    }

    /** Starts a recording on the process; stop it with {@link #stop}. */
    static void start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=bench", "settings=profile", "filename=" + file);
    }

    static void stop(long pid) throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=bench");
    }

    /** The recording as table rows: samples, each subsystem's share, the hottest top frames. */
    static List<String[]> summary(String service, Path file) throws IOException {
        int samples = 0;
        Map<String, Integer> perSubsystem = new HashMap<>();
        Map<String, Integer> topFrames = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                RecordedFrame top = frames.get(0);
                topFrames.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                SUBSYSTEMS.forEach((name, prefixes) -> {
                    if (prefixes.stream().anyMatch(type::startsWith)) {
                        seen.add(name);
                    }
                });
            }
            seen.forEach(name -> perSubsystem.merge(name, 1, Integer::sum));
        }
        List<String[]> rows = new ArrayList<>();
        int total = Math.max(1, samples);
        StringBuilder shares = new StringBuilder();
        for (String name : SUBSYSTEMS.keySet()) {
            shares.append(shares.isEmpty() ? "" : "; ").append(name).append(' ')
                    .append(percent(perSubsystem.getOrDefault(name, 0), total));
        }
        rows.add(new String[]{service + ": CPU samples with the subsystem on the stack (" + samples + " samples)", shares.toString()});
        StringBuilder hot = new StringBuilder();
        topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(e -> hot.append(hot.isEmpty() ? "" : "; ").append('`').append(shortName(e.getKey())).append("` ")
                        .append(percent(e.getValue(), total)));
        rows.add(new String[]{service + ": hottest methods (top of the stack)", hot.toString()});
        return rows;
    }

    private static String percent(int part, int total) {
        return String.format(Locale.ROOT, "%.0f %%", 100.0 * part / total);
    }

    private static String shortName(String method) {
        String[] parts = method.split("\\.");
        return parts.length < 2 ? method : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }
}
