package nl.statushouders.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static nl.statushouders.systemtests.Platform.bsn;
import static nl.statushouders.systemtests.Platform.user;

/**
 * The benchmark of issue #10, against the running platform (bin/platform): one run, one table,
 * printed and (with -Dbench.write=true) written into docs/benchmarks.md. Not a test: it asserts
 * nothing about speed; a target not reached says so in the table. Run it with bin/bench.
 */
class Benchmark {

    static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    static final int OPEN_SECONDS = Integer.getInteger("bench.open-seconds", 10);
    static final List<Integer> RATES = List.of(System.getProperty("bench.rates", "50,200,500").split(",")).stream()
            .map(String::trim).map(Integer::valueOf).toList();
    static final String REGISTRATIONS = "/api/intake/v1/statushouders";
    static final int OPEN_CONNECTIONS = Integer.getInteger("bench.open-connections", 200);
    static final int BACKLOG = Integer.getInteger("bench.backlog", 20_000);
    static final String DB = "jdbc:postgresql://localhost:5432/";
    static final String DB_USER = "statushouders";
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> MODULES = List.of("intake-service", "assessment-service", "trajectory-service",
            "employer-service", "monitoring-service");
    static final Map<String, String> CONSUMER_DBS = Map.of("assessment", "assessment-service", "trajecten",
            "trajectory-service", "werkgevers", "employer-service", "monitoring", "monitoring-service");

    /** Records where intake's and monitoring's CPU time goes during the 16-client run (JFR). */
    static final boolean PROFILE = Boolean.parseBoolean(System.getProperty("bench.profile", "true"));
    static final List<String> PROFILED = List.of("intake-service", "monitoring-service");

    private final List<String[]> table = new ArrayList<>();
    private final List<String[]> profile = new ArrayList<>();
    private String token;
    private double rebuildRate;

    @Test
    void run() throws Exception {
        Map<String, Long> idle = residentMegabytes();
        token = user("werkmatcher.utrecht");

        double ceiling = postgresCeiling(16, SECONDS);
        row("raw PostgreSQL insert+commit on the same server, 16 clients (" + durability() + ")", per(ceiling),
                "the ceiling", "");

        warmUp();
        Closed c16 = closedLoop(16, SECONDS);
        row("registrations through HTTP, 16 clients", c16.summary(), ">= 1 000/s, >= 10 % of the ceiling, p99 <= 50 ms",
                reached(c16.perSecond >= 1000 && c16.perSecond >= ceiling / 10 && c16.p99 <= 50)
                        + String.format(Locale.ROOT, "; %.1f %% of the ceiling", 100 * c16.perSecond / ceiling));
        Closed c50 = closedLoop(50, SECONDS);
        row("registrations through HTTP, 50 clients", c50.summary(), "", String.format(Locale.ROOT, "%.1f %% of the ceiling",
                100 * c50.perSecond / ceiling));

        if (PROFILE) {
            // A run of its own: the recording costs throughput (309/s with it, 524/s without, same platform).
            Map<String, Long> profiled = startProfiles();
            closedLoop(16, SECONDS);
            stopProfiles(profiled);
        }

        Open last = null;
        for (int rate : RATES) {
            token = user("werkmatcher.utrecht");
            last = openLoop(rate, OPEN_SECONDS);
            String target = rate == 200 ? "p99 <= 250 ms" : rate == 500 ? "p99 <= 1 s" : "";
            row("commit to monitoring, offered " + rate + "/s for " + OPEN_SECONDS + " s (open loop)", last.summary(), target,
                    target.isEmpty() ? "" : reached(last.arrivedAll() && last.p99 <= (rate == 200 ? 250 : 1000)));
        }
        for (Map.Entry<String, String> consumer : new java.util.TreeMap<>(CONSUMER_DBS).entrySet()) {
            row("consumer " + consumer.getKey() + ", registrations of the " + last.rate + "/s run",
                    consumerRate(consumer.getKey(), last), "", "");
        }
        Map<String, Double> drained = drain(BACKLOG);
        for (Map.Entry<String, String> consumer : new java.util.TreeMap<>(CONSUMER_DBS).entrySet()) {
            double rate = drained.getOrDefault(consumer.getKey(), 0.0);
            row("consumer " + consumer.getKey() + ", a backlog of " + BACKLOG + " registrations on intake's topic, all consumers at once",
                    rate > 0 ? per(rate).replace("/s", " events/s") : "not drained within 300 s", ">= 2 000 events/s",
                    reached(rate >= 2000));
        }
        String rebuild = rebuild();
        row("monitoring rebuild on the live stack", rebuild, ">= 20 000 events/s", reached(rebuildRate >= 20_000));
        Map<String, Double> started = startSeconds();
        Map<String, Long> loaded = residentMegabytes();
        for (String module : MODULES) {
            row(module + ": resident memory idle / after the load, start", idle.getOrDefault(module, -1L) + " MB / "
                            + loaded.getOrDefault(module, -1L) + " MB, started in " + started.getOrDefault(module, -1.0) + " s",
                    "<= 200 MB idle, <= 3 s", reached(idle.getOrDefault(module, 999L) <= 200
                            && started.getOrDefault(module, 99.0) <= 3));
        }
        String text = render();
        System.out.println(text);
        if (Boolean.getBoolean("bench.write")) {
            write(text);
        }
    }

    // --- measurements -------------------------------------------------------------------------

    /** Single-row inserts, each its own transaction, from several connections at once. */
    double postgresCeiling(int clients, int seconds) throws Exception {
        try (Connection c = connect("intake")) {
            c.createStatement().execute("create table if not exists bench_ceiling (id bigserial primary key, v text not null)");
        }
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(started(() -> {
                try (Connection c = connect("intake");
                     PreparedStatement insert = c.prepareStatement("insert into bench_ceiling (v) values (?)")) {
                    while (System.nanoTime() < deadline) {
                        insert.setString(1, "x");
                        insert.executeUpdate();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        try (Connection c = connect("intake")) {
            c.createStatement().execute("drop table bench_ceiling");
        }
        return commits.get() / (double) seconds;
    }

    /** The server's settings that decide whether a commit is durable: the local stack trades durability for speed. */
    static String durability() throws SQLException {
        try (Connection c = connect("intake"); ResultSet rs = c.createStatement().executeQuery(
                "select current_setting('fsync'), current_setting('synchronous_commit')")) {
            rs.next();
            return "fsync " + rs.getString(1) + ", synchronous_commit " + rs.getString(2)
                    + ("on".equals(rs.getString(1)) && "on".equals(rs.getString(2)) ? ": durable" : ": not durable");
        }
    }

    record Closed(int clients, double perSecond, long p50, long p99, long errors) {
        String summary() {
            return String.format(Locale.ROOT, "%s, p50 %d ms, p99 %d ms, %d errors", per(perSecond), p50, p99, errors);
        }
    }

    Closed closedLoop(int clients, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(started(() -> {
                try (LoadClient client = new LoadClient(URI.create(Platform.intake()))) {
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            if (client.post(REGISTRATIONS, token, registrationBody()).status() == 201) {
                                latencies.add((System.nanoTime() - t0) / 1_000_000);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Closed(clients, sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99), errors.get());
    }

    record Open(int rate, int sent, double offered, long errors, List<String> ids, long p50, long p99, long max,
                int missing, Timestamp from) {
        boolean arrivedAll() {
            return missing == 0;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d sent (%.0f/s), %d errors; lag p50 %d ms, p99 %d ms, max %d ms%s",
                    sent, offered, errors, p50, p99, max, missing == 0 ? "" : "; " + missing + " not in monitoring after 120 s");
        }
    }

    /** Registrations at a fixed offered rate, whatever the platform does; lag from the rows' own timestamps. */
    Open openLoop(int rate, int seconds) throws Exception {
        Timestamp from = new Timestamp(System.currentTimeMillis() - 1000);
        Map<Long, String> ids = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        int total = rate * seconds;
        // Open loop: a ticker offers the requests at the rate, whatever the platform does; a pool of
        // connections sends them, as many at once as the platform makes wait.
        java.util.concurrent.BlockingQueue<Long> offered = new java.util.concurrent.LinkedBlockingQueue<>();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < Math.min(OPEN_CONNECTIONS, rate); i++) {
            senders.add(started(() -> {
                try (LoadClient client = new LoadClient(URI.create(Platform.intake()))) {
                    while (true) {
                        long n = offered.take();
                        if (n < 0) {
                            return;
                        }
                        try {
                            LoadClient.Response r = client.post(REGISTRATIONS, token, registrationBody());
                            if (r.status() == 201 && r.location() != null) {
                                ids.put(n, r.location().substring(r.location().lastIndexOf('/') + 1));
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.incrementAndGet();
            if (n <= total) {
                offered.add(n);
            }
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(20);
        }
        ticker.shutdownNow();
        senders.forEach(t -> offered.add(-1L));
        for (Thread t : senders) {
            t.join(60_000);
        }
        double offeredRate = total / ((System.nanoTime() - start) / 1e9);
        long wait = System.nanoTime() + 30_000_000_000L;
        while (ids.size() + errors.get() < total && System.nanoTime() < wait) {
            Thread.sleep(50);
        }
        List<String> registered = new ArrayList<>(ids.values());
        Map<String, Timestamp> committed = times("intake", "select stream_id::text, recorded_at from event_store "
                + "where version = 1 and stream_id::text = any(?)", registered);
        Map<String, Timestamp> projected = Map.of();
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            projected = times("monitoring", "select record_key, received_at from received_event "
                    + "where consumer = 'monitoring-voortgang' and type like '%statushouder-registered' and record_key = any(?)", registered);
            if (projected.size() >= registered.size()) {
                break;
            }
            Thread.sleep(500);
        }
        List<Long> lags = new ArrayList<>();
        for (Map.Entry<String, Timestamp> p : projected.entrySet()) {
            Timestamp c = committed.get(p.getKey());
            if (c != null) {
                lags.add(Math.max(0, p.getValue().getTime() - c.getTime()));
            }
        }
        Collections.sort(lags);
        return new Open(rate, total, offeredRate, errors.get(), registered, percentile(lags, 50), percentile(lags, 99),
                lags.isEmpty() ? 0 : lags.get(lags.size() - 1), registered.size() - projected.size(), from);
    }

    /** Events applied per second by one consumer over the registrations of one run: kept up, or its drain rate. */
    String consumerRate(String database, Open run) throws SQLException {
        List<Timestamp> received = new ArrayList<>(times(database, "select record_key, received_at from received_event "
                + "where type like '%statushouder-registered' and record_key = any(?)", run.ids()).values());
        if (received.size() < 2) {
            return "no events received";
        }
        Collections.sort(received);
        double span = Math.max(0.001, (received.get(received.size() - 1).getTime() - received.get(0).getTime()) / 1000.0);
        double rate = received.size() / span;
        return rate >= run.offered() * 0.9
                ? String.format(Locale.ROOT, "kept up with the offered %.0f/s (%d events); its capacity is higher",
                run.offered(), received.size())
                : String.format(Locale.ROOT, "%.0f events/s (%d events over %.1f s, behind the offered %.0f/s)",
                rate, received.size(), span, run.offered());
    }

    /**
     * Each consumer's capacity while the others run: a backlog of registrations put on intake's topic
     * at once (copies of a real one with new ids), then the rate at which each consumer's history
     * (received_event) takes them in, first to last.
     */
    Map<String, Double> drain(int n) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode template = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(aRegistration());
        List<String> keys = new ArrayList<>(n);
        java.util.Properties p = Platform.kafka();
        p.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        p.put("linger.ms", 20);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(p)) {
            for (int i = 0; i < n; i++) {
                String id = java.util.UUID.randomUUID().toString();
                keys.add(id);
                com.fasterxml.jackson.databind.node.ObjectNode event = template.deepCopy();
                event.put("id", java.util.UUID.randomUUID().toString()).put("subject", id).put("sequence", 1);
                ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("statushouderId", id);
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("intake.events.v1", id, event.toString()));
            }
            producer.flush();
        }
        Map<String, Double> rates = new HashMap<>();
        long until = System.nanoTime() + 300_000_000_000L;
        for (String database : CONSUMER_DBS.keySet()) {
            while (System.nanoTime() < until) {
                try (Connection c = connect(database); PreparedStatement q = c.prepareStatement("select count(*), "
                        + "extract(epoch from max(received_at) - min(received_at)) from received_event where record_key = any(?)")) {
                    q.setArray(1, c.createArrayOf("text", keys.toArray()));
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) >= n) {
                            rates.put(database, n / Math.max(0.001, rs.getDouble(2)));
                            break;
                        }
                    }
                }
                Thread.sleep(500);
            }
        }
        return rates;
    }

    /** A registration as intake published it, from its topic. */
    static String aRegistration() {
        java.util.Properties p = Platform.kafka();
        p.put("group.id", "bench-" + java.util.UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        p.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        p.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(p)) {
            consumer.subscribe(List.of("intake.events.v1"));
            long until = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < until) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null && record.value().contains(".statushouder-registered\"")) {
                        return record.value();
                    }
                }
            }
        }
        throw new IllegalStateException("no registration on intake.events.v1");
    }

    String rebuild() throws InterruptedException {
        String beheer = user("beheer");
        String url = Platform.monitoring() + "/projecties/herbouw";
        RestAssured.given().auth().oauth2(beheer).post(url).then().statusCode(202);
        long until = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < until) {
            Map<String, Object> status = RestAssured.given().auth().oauth2(beheer).get(url).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            if ("KLAAR".equals(status.get("toestand"))) {
                long events = ((Number) status.get("verwerkt")).longValue();
                long millis = ((Number) status.get("millis")).longValue();
                rebuildRate = events / Math.max(0.001, millis / 1000.0);
                return String.format(Locale.ROOT, "%d events in %.1f s: %s", events, millis / 1000.0,
                        per(events / Math.max(0.001, millis / 1000.0)).replace("/s", " events/s"));
            }
            if ("MISLUKT".equals(status.get("toestand"))) {
                return "failed: " + status;
            }
            Thread.sleep(500);
        }
        return "not finished within 10 minutes";
    }

    /** Resident set size of each service's process (the largest instance when there are more), from ps. */
    static Map<String, Long> residentMegabytes() throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-eo", "rss=,args=").start();
        Map<String, Long> rss = new HashMap<>();
        for (String line : new String(ps.getInputStream().readAllBytes()).split("\n")) {
            for (String module : MODULES) {
                if (line.contains(module + "/target/quarkus-app/quarkus-run.jar")) {
                    rss.merge(module, Long.parseLong(line.trim().split("\\s+")[0]) / 1024, Math::max);
                }
            }
        }
        ps.waitFor();
        return rss;
    }

    /** What Quarkus printed at its last start ("started in 2.345s") in the local stack's log of each service. */
    static Map<String, Double> startSeconds() throws IOException {
        Pattern started = Pattern.compile("started in ([0-9.]+)s");
        Map<String, Double> seconds = new HashMap<>();
        for (String module : MODULES) {
            Path log = ROOT.resolve(".local/logs/" + module + ".log");
            if (Files.exists(log)) {
                Matcher m = started.matcher(Files.readString(log));
                while (m.find()) {
                    seconds.put(module, Double.valueOf(m.group(1)));
                }
            }
        }
        return seconds;
    }

    /**
     * Runs 16 clients until the rate stops rising by more than a tenth (at most six rounds), not
     * reported: right after a start both JIT compilers take much of the two cores, and a cold platform
     * measured 74/s where the same one, warm, measured 524/s minutes later.
     */
    private void warmUp() throws Exception {
        double previous = 0;
        for (int round = 1; round <= 6; round++) {
            Closed warm = closedLoop(16, Math.max(5, SECONDS / 2));
            System.out.printf(Locale.ROOT, "[bench] warm-up round %d: %s%n", round, warm.summary());
            if (warm.perSecond < previous * 1.1) {
                return;
            }
            previous = warm.perSecond;
        }
    }

    /** Starts a JFR recording in the first instance of each profiled service; module to pid. */
    private static Map<String, Long> startProfiles() throws IOException, InterruptedException {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        Path instances = ROOT.resolve(".local/instances.txt");
        if (!Files.exists(instances)) {
            return pids;
        }
        for (String line : Files.readAllLines(instances)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && PROFILED.contains(f[0]) && !pids.containsKey(f[0])) {
                pids.put(f[0], Long.valueOf(f[2]));
            }
        }
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            Profile.start(e.getValue(), profileFile(e.getKey()));
        }
        return pids;
    }

    private void stopProfiles(Map<String, Long> pids) throws IOException, InterruptedException {
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            Profile.stop(e.getValue());
            profile.addAll(Profile.summary(e.getKey(), profileFile(e.getKey())));
        }
    }

    private static Path profileFile(String module) {
        return ROOT.resolve(".local/logs/bench-" + module + ".jfr");
    }

    // --- plumbing -----------------------------------------------------------------------------

    private static String registrationBody() {
        return String.format(Locale.ROOT, "{\"bsn\":\"%s\",\"voornaam\":\"Bench\",\"achternaam\":\"Mark\","
                + "\"geboortedatum\":\"1990-01-01\",\"talen\":[\"Arabisch\"],\"huisvesting\":{\"status\":\"WONING\"},"
                + "\"datumVerblijfsvergunning\":\"%s\"}", bsn(), LocalDate.now().minusMonths(2));
    }

    private static Map<String, Timestamp> times(String database, String sql, List<String> ids) throws SQLException {
        Map<String, Timestamp> times = new HashMap<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    times.putIfAbsent(rs.getString(1), rs.getTimestamp(2));
                }
            }
        }
        return times;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(DB + database, DB_USER, System.getProperty("bench.db-password", "statushouders"));
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String per(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f/s", perSecond).replace(',', ' ');
    }

    private static String reached(boolean yes) {
        return yes ? "reached" : "NOT reached";
    }

    private void row(String what, String result, String target, String verdict) {
        table.add(new String[]{what, result, target, verdict});
        System.out.printf("[bench] %s: %s%n", what, result);
    }

    private String render() {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(LocalDate.now()).append(" by `bin/bench")
                .append(SECONDS < 20 ? " --short" : "").append("` on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, one run, all rows from it.\n\n")
                .append("| what | result | target (issue #10) | |\n|---|---|---|---|\n");
        for (String[] r : table) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!profile.isEmpty()) {
            md.append("\nWhere the CPU time goes with 16 clients (a JFR recording during a run of its own after the measured ones; ")
                    .append("recordings in .local/logs/bench-*.jfr):\n\n")
                    .append("| what | share of the samples |\n|---|---|\n");
            for (String[] r : profile) {
                md.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
        }
        return md.toString();
    }

    private static void write(String table) throws IOException {
        Path doc = ROOT.resolve("docs/benchmarks.md");
        String text = Files.readString(doc);
        String begin = "<!-- bench:begin -->";
        String end = "<!-- bench:end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("docs/benchmarks.md lacks the " + begin + " and " + end + " markers");
        }
        Files.writeString(doc, text.substring(0, from + begin.length()) + "\n" + table + text.substring(to));
    }
}
