package nl.statushouders.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.statushouders.processes.KafkaServer;
import nl.statushouders.processes.ServiceProcess;
import nl.statushouders.processes.StartCache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Starts each part of the stack and registers how to stop it (in reverse order). */
final class Components {

    /** The operator's role (superuser, local only): psql and the system tests' inspection, never a service. */
    static final String DB_USER = "statushouders";
    static final String DB_PASSWORD = "statushouders";
    static final String REALM_URL = "http://localhost:" + Ports.KEYCLOAK + "/realms/statushouders";
    /** The key store's database (crypto-shredding): one data key per statushouder. */
    static final String SLEUTELKLUIS = "sleutelkluis";

    /** A service that is up. */
    record RunningService(ServiceModule module, ServiceProcess process) {
    }

    private final Path root;
    private final Path local;
    private final Path logs;
    private final Progress progress;
    private final Deque<Runnable> stops;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Components(Path root, Path local, Progress progress, Deque<Runnable> stops) {
        this.root = root;
        this.local = local;
        this.logs = local.resolve("logs");
        this.progress = progress;
        this.stops = stops;
        LocalStack.mkdirs(logs);
    }

    void postgres() {
        progress.step("Starting PostgreSQL on localhost:" + Ports.POSTGRES);
        Path data = local.resolve("postgres");
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(Ports.POSTGRES)
                    // A unique-key violation's DETAIL quotes the key's values (a BSN): never in the log.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logs.resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logs.resolve("postgres.log").toFile()))
                    .start();
            stops.push(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            List<String> databases = new ArrayList<>();
            for (ServiceModule module : ServiceModule.values()) {
                databases.add(module.database());
            }
            databases.add(SLEUTELKLUIS);
            rollen(pg, databases);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("PostgreSQL did not start (" + e.getMessage() + "); see "
                    + root.relativize(logs.resolve("postgres.log")), e);
        }
        progress.done("PostgreSQL ready, one database and role per service, data in " + root.relativize(data));
    }

    /**
     * Least privilege as in docker-compose: each database is owned by a role of its own name that only it
     * may connect to, so a service's credentials reach its own database and nothing else. The operator's
     * role ({@link #DB_USER}) is a superuser for psql and the system tests' inspection; no service uses it.
     * A data directory from before (every database owned by the operator's role) is handed over once.
     */
    private void rollen(EmbeddedPostgres pg, List<String> databases) throws SQLException {
        Properties wachtwoorden = databaseWachtwoorden(databases);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute((exists(s, "select 1 from pg_roles where rolname = '" + DB_USER + "'") ? "alter" : "create")
                    + " role " + DB_USER + " login superuser password '" + DB_PASSWORD + "'");
            for (String database : databases) {
                s.execute((exists(s, "select 1 from pg_roles where rolname = '" + database + "'") ? "alter" : "create")
                        + " role " + database + " login nosuperuser nocreatedb nocreaterole password '"
                        + wachtwoorden.getProperty(database) + "'");
                if (!exists(s, "select 1 from pg_database where datname = '" + database + "'")) {
                    s.execute("create database " + database + " owner " + database);
                } else {
                    s.execute("alter database " + database + " owner to " + database);
                }
                s.execute("revoke all on database " + database + " from public");
            }
        }
        // Only after every database changed owner: REASSIGN also moves the old owner's databases.
        for (String database : databases) {
            try (Connection c = pg.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
                s.execute("reassign owned by " + DB_USER + " to " + database);
            }
        }
    }

    /** A password per service role, made once for this machine and kept in .local (owner only), like the master key. */
    private Properties databaseWachtwoorden(List<String> databases) {
        return wachtwoorden(local.resolve("postgres-rollen.properties"), databases, "database roles (one per service database)");
    }

    /** Kafka's administrator and a principal per service (named after its database), made once per machine. */
    Properties kafkaWachtwoorden() {
        List<String> namen = new ArrayList<>(List.of(KafkaServer.BEHEERDER));
        for (ServiceModule module : ServiceModule.values()) {
            namen.add(module.database());
        }
        return wachtwoorden(local.resolve("kafka-gebruikers.properties"), namen, "Kafka users (the administrator, one per service)");
    }

    private static Properties wachtwoorden(Path file, List<String> databases, String wat) {
        Properties p = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    p.load(in);
                }
            }
            boolean nieuw = false;
            for (String database : databases) {
                if (p.getProperty(database) == null) {
                    byte[] random = new byte[18];
                    new java.security.SecureRandom().nextBytes(random);
                    p.setProperty(database, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
                    nieuw = true;
                }
            }
            if (nieuw) {
                try (var out = Files.newBufferedWriter(file)) {
                    p.store(out, "Passwords of the local stack's " + wat);
                }
                eigenaarAlleen(file);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void eigenaarAlleen(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the .local directory is the user's own
        }
    }

    void kafka() {
        progress.step("Starting Kafka (KRaft) on localhost:" + Ports.KAFKA);
        Properties wachtwoorden = kafkaWachtwoorden();
        KafkaServer kafka = new KafkaServer(local.resolve("kafka"), Ports.KAFKA, Ports.KAFKA_CONTROLLER, "512m",
                wachtwoorden.getProperty(KafkaServer.BEHEERDER)).formatIfNeeded();
        stops.push(kafka::stop);
        kafka.start(Duration.ofSeconds(120));
        // Each service its own principal with exactly its rights; every topic made up front.
        for (ServiceModule module : ServiceModule.values()) {
            kafka.principal(nl.statushouders.processes.KafkaRechten.DIENSTEN.get(module.database()),
                    wachtwoorden.getProperty(module.database()), 3);
        }
        progress.done("Kafka ready (SASL/SCRAM, ACLs; a principal per service), data in " + root.relativize(local.resolve("kafka")));
    }

    void keycloak() {
        Path home = keycloakHome();
        progress.step("Starting Keycloak on localhost:" + Ports.KEYCLOAK + " (the first start takes a minute)");
        // Keycloak imports a realm only when it does not exist yet: a demo realm that changed since its
        // import (new roles, users or clients) starts from a fresh Keycloak database (demo data only).
        Path imported = home.resolve("data/statushouders-realm.imported.json");
        if (!sameAsResource("keycloak/statushouders-realm.json", imported)) {
            deleteTree(home.resolve("data/h2"));
            copyResource("keycloak/statushouders-realm.json", imported);
        }
        copyResource("keycloak/statushouders-realm.json", home.resolve("data/import/statushouders-realm.json"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + Ports.KEYCLOAK, "--health-enabled=true", "--hostname=http://localhost:" + Ports.KEYCLOAK)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("keycloak.log").toFile()));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stops.push(() -> stopTree(process));
        awaitHttp("Keycloak", "http://localhost:" + Ports.KEYCLOAK_MANAGEMENT + "/health/ready", process, Duration.ofSeconds(240),
                "keycloak.log");
        progress.done("Keycloak ready with realm 'statushouders', data in " + root.relativize(home.resolve("data")));
    }

    /**
     * Starts every built service, {@code instances} times each: the instances of a service share its
     * database and consumer groups (Kafka spreads the partitions over them) and take turns publishing
     * the outbox (a lease). Writes .local/instances.txt (module, port, pid per line) for tests that
     * kill one.
     */
    List<RunningService> services(int instances) {
        List<RunningService> running = new ArrayList<>();
        // Services stop together: each takes about ten seconds to leave its Kafka consumer groups.
        List<ServiceProcess> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        stops.push(() -> closeTogether(started));
        StringBuilder registry = new StringBuilder();
        StartCache startCache = new StartCache(local.resolve("start-cache"));
        for (ServiceModule module : ServiceModule.values()) {
            Path jar = root.resolve(module.module()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                continue;
            }
            for (int i = 1; i <= instances; i++) {
                int port = Ports.instance(module, i);
                progress.step("Starting " + module.module() + (instances > 1 ? " instance " + i : "") + " on localhost:" + port);
                Map<String, String> env = new java.util.HashMap<>(Map.of(
                        "DB_JDBC_URL", "jdbc:postgresql://localhost:" + Ports.POSTGRES + "/" + module.database(),
                        "DB_REACTIVE_URL", "postgresql://localhost:" + Ports.POSTGRES + "/" + module.database(),
                        "DB_USER", module.database(),
                        "DB_PASSWORD", databaseWachtwoorden(List.of()).getProperty(module.database()),
                        "KAFKA_BOOTSTRAP_SERVERS", "localhost:" + Ports.KAFKA,
                        "KAFKA_USERNAME", module.database(),
                        "KAFKA_PASSWORD", kafkaWachtwoorden().getProperty(module.database()),
                        "OIDC_URL", REALM_URL));
                env.putAll(Map.of(
                        "SLEUTELKLUIS_JDBC_URL", "jdbc:postgresql://localhost:" + Ports.POSTGRES + "/" + SLEUTELKLUIS,
                        "SLEUTELKLUIS_REACTIVE_URL", "postgresql://localhost:" + Ports.POSTGRES + "/" + SLEUTELKLUIS,
                        "SLEUTELKLUIS_HOOFDSLEUTEL", hoofdsleutel()));
                env.put("SLEUTELKLUIS_USER", SLEUTELKLUIS);
                env.put("SLEUTELKLUIS_PASSWORD", databaseWachtwoorden(List.of()).getProperty(SLEUTELKLUIS));
                ServiceProcess service = ServiceProcess.start(jar, port, env,
                        logs.resolve(module.module() + (i > 1 ? "-" + i : "") + ".log"), Duration.ofSeconds(120),
                        startCache.use(module.module(), jar, i == 1));
                started.add(service);
                if (i == 1) {
                    running.add(new RunningService(module, service));
                }
                registry.append(module.module()).append(' ').append(port).append(' ').append(service.pid()).append('\n');
                progress.done(module.module() + (instances > 1 ? " instance " + i : "") + " healthy");
            }
        }
        try {
            Files.writeString(local.resolve("instances.txt"), registry);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (running.isEmpty()) {
            throw new IllegalStateException("No service has been built; run ./mvnw -DskipTests package first");
        }
        return running;
    }

    /**
     * The key store's master key: made once for this machine and kept beside the data it protects
     * (.local, readable by the owner only). Losing it makes every encrypted field unreadable, as an
     * erasure would; in production it comes from a secret store, never from a file in the checkout.
     */
    private String hoofdsleutel() {
        Path file = local.resolve("sleutelkluis-hoofdsleutel");
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
                eigenaarAlleen(file);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeTogether(List<ServiceProcess> services) {
        List<Thread> closing = services.stream().map(s -> new Thread(s::close, "stop-" + s)).toList();
        closing.forEach(Thread::start);
        for (Thread t : closing) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Starts nginx as the API gateway when it is installed; says how to get it when not. With more
     * than one instance per service, each upstream of the shared configuration gets the others too.
     */
    boolean gateway(int instances) {
        java.util.Optional<String> nginx = findNginx();
        if (nginx.isEmpty()) {
            progress.done("API gateway not started: nginx is not installed (Debian/Ubuntu: sudo apt-get install nginx-light)."
                    + " The services answer directly on their own ports meanwhile.");
            return false;
        }
        progress.step("Starting the API gateway (nginx) on localhost:" + Ports.GATEWAY);
        Path prefix = local.resolve("nginx");
        LocalStack.mkdirs(prefix.resolve("logs"));
        LocalStack.mkdirs(prefix.resolve("temp"));
        copyResource("gateway/nginx.conf", prefix.resolve("nginx.conf"));
        if (instances > 1) {
            addInstances(prefix.resolve("nginx.conf"), instances);
        }
        Process process;
        try {
            process = new ProcessBuilder(nginx.get(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                    "-g", "daemon off;")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("gateway.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stops.push(() -> stopTree(process));
        awaitHttp("The gateway", "http://localhost:" + Ports.GATEWAY + "/gateway/health", process, Duration.ofSeconds(30),
                "gateway.log");
        progress.done("API gateway ready");
        return true;
    }

    private static java.util.Optional<String> findNginx() {
        for (String candidate : List.of("nginx", "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx")) {
            try {
                Process p = new ProcessBuilder(candidate, "-v").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return java.util.Optional.of(candidate);
                }
            } catch (IOException e) {
                // not here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return java.util.Optional.empty();
    }

    /** The unpacked Keycloak distribution, fetched from Maven Central once. */
    private Path keycloakHome() {
        String version = stackProperty("keycloak.version");
        Path home = local.resolve("keycloak").resolve("keycloak-" + version);
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        String name = "keycloak-quarkus-dist-" + version + ".zip";
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak", "keycloak-quarkus-dist",
                version, name);
        Path zip = Files.exists(m2) ? m2 : local.resolve("downloads").resolve(name);
        if (!Files.exists(zip)) {
            progress.step("Downloading Keycloak " + version + " from Maven Central (once)");
            LocalStack.mkdirs(zip.getParent());
            try {
                HttpResponse<Path> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                        .send(HttpRequest.newBuilder(URI.create("https://repo.maven.apache.org/maven2/org/keycloak/"
                                        + "keycloak-quarkus-dist/" + version + "/" + name)).build(),
                                HttpResponse.BodyHandlers.ofFile(zip.resolveSibling(name + ".part")));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("Keycloak download failed with HTTP " + response.statusCode());
                }
                Files.move(response.body(), zip, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        progress.step("Unpacking Keycloak");
        unzip(zip, local.resolve("keycloak"));
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        return home;
    }

    private static void unzip(Path zip, Path target) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IllegalStateException("Unsafe entry in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (out.toString().endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHttp(String what, String url, Process process, Duration timeout, String log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped during start-up; see " + root.relativize(logs.resolve(log)));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(what + " not ready within " + timeout.toSeconds() + " s; see "
                + root.relativize(logs.resolve(log)));
    }

    private static void stopTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    /** "server 127.0.0.1:8081 max_fails=0;" gets "server 127.0.0.1:9081 max_fails=0;" beside it, and so on. */
    private static void addInstances(Path config, int instances) {
        try {
            String text = Files.readString(config);
            for (ServiceModule module : ServiceModule.values()) {
                String first = "server 127.0.0.1:" + module.port() + " ";
                StringBuilder all = new StringBuilder(first);
                for (int i = 2; i <= instances; i++) {
                    all.insert(0, "server 127.0.0.1:" + Ports.instance(module, i) + " max_fails=0; ");
                }
                text = text.replace(first, all.toString());
            }
            Files.writeString(config, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameAsResource(String resource, Path file) {
        try (InputStream in = Components.class.getClassLoader().getResourceAsStream(resource)) {
            return in != null && Files.exists(file) && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyResource(String resource, Path target) {
        try (InputStream in = Components.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stackProperty(String name) {
        try (InputStream in = Components.class.getClassLoader().getResourceAsStream("local-stack.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
