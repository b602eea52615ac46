package nl.statushouders.processes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker from the Apache Kafka artifacts, run as a process of its own
 * (kafka.Kafka server.properties) with its data in one folder. Used by the tests and by the
 * local stack; a process can be killed and restarted like a real outage.
 *
 * <p>A closed system, as in production: clients authenticate with SASL/SCRAM-SHA-256 and the
 * StandardAuthorizer allows only what an ACL grants ({@link KafkaRechten}); an anonymous client is
 * refused. The administrator {@value #BEHEERDER} (a super user) creates the services' principals.
 */
public final class KafkaServer {

    public static final String BEHEERDER = "beheer";
    public static final String MECHANISM = "SCRAM-SHA-256";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private final String beheerWachtwoord;
    private Process process;

    public KafkaServer(Path dir, int port, int controllerPort, String heap, String beheerWachtwoord) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
        this.beheerWachtwoord = beheerWachtwoord;
    }

    /** The JAAS line a client logs in with. */
    public static String jaas(String gebruiker, String wachtwoord) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + gebruiker
                + "\" password=\"" + wachtwoord + "\";";
    }

    /** Client properties for this broker as {@code gebruiker}. */
    public Properties client(String gebruiker, String wachtwoord) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", MECHANISM);
        p.put("sasl.jaas.config", jaas(gebruiker, wachtwoord));
        return p;
    }

    /** Client properties for the administrator (tests, tools, the launcher). */
    public Properties beheerder() {
        return client(BEHEERDER, beheerWachtwoord);
    }

    /**
     * Makes (or updates) a service's principal with its password and exactly its rights, and creates
     * every platform topic that is missing, so that no service needs to create another's topic.
     */
    public void principal(KafkaRechten rechten, String wachtwoord, int partitions) {
        Properties p = beheerder();
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(p)) {
            admin.alterUserScramCredentials(List.of(new org.apache.kafka.clients.admin.UserScramCredentialUpsertion(
                    rechten.principal(), new org.apache.kafka.clients.admin.ScramCredentialInfo(
                            org.apache.kafka.clients.admin.ScramMechanism.SCRAM_SHA_256, 8192), wachtwoord))).all()
                    .get(30, TimeUnit.SECONDS);
            admin.createAcls(rechten.bindingen()).all().get(30, TimeUnit.SECONDS);
            java.util.Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<org.apache.kafka.clients.admin.NewTopic> missing = KafkaRechten.topics().stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, partitions, (short) 1)
                            .configs(java.util.Map.of("retention.ms", t.contains(".dead-letter.")
                                    ? Long.toString(java.time.Duration.ofDays(30).toMillis()) : "-1")))
                    .toList();
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                    throw e;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka principal " + rechten.principal() + " could not be set up: " + e, e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path log() {
        return dir.resolve("kafka.log");
    }

    /** Writes the configuration and formats the storage, unless a previous run already did. */
    public KafkaServer formatIfNeeded() {
        try {
            Files.createDirectories(dir);
            boolean bestaand = Files.exists(dir.resolve("data").resolve("meta.properties"));
            if (bestaand && !Files.exists(dir.resolve("sasl"))) {
                beveiligBestaandeData();
            }
            Files.writeString(dir.resolve("server.properties"), String.join("\n", configuratie(true)));
            if (bestaand) {
                return this;
            }
            Process formatter = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", dir.resolve("server.properties").toString(),
                    "--add-scram", MECHANISM + "=[name=" + BEHEERDER + ",password=" + beheerWachtwoord + "]");
            if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed; see " + log());
            }
            Files.writeString(dir.resolve("sasl"), "SCRAM credentials bootstrapped\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The broker's settings. Secured: SASL/SCRAM for clients and between brokers, SASL/PLAIN on the
     * controller listener (SCRAM credentials live in the metadata the controller serves), ACLs on.
     */
    private List<String> configuratie(boolean beveiligd) {
        List<String> c = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        if (!beveiligd) {
            c.addAll(List.of(
                    "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://localhost:" + port,
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"));
        } else {
            String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + BEHEERDER
                    + "\" password=\"" + beheerWachtwoord + "\" user_" + BEHEERDER + "=\"" + beheerWachtwoord + "\";";
            c.addAll(List.of(
                    "listeners=SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                    "advertised.listeners=SASL_PLAINTEXT://localhost:" + port,
                    "inter.broker.listener.name=SASL_PLAINTEXT",
                    "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                    "sasl.enabled.mechanisms=" + MECHANISM,
                    "sasl.mechanism.inter.broker.protocol=" + MECHANISM,
                    "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=" + jaas(BEHEERDER, beheerWachtwoord),
                    "sasl.mechanism.controller.protocol=PLAIN",
                    "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                    "listener.name.controller.plain.sasl.jaas.config=" + plain,
                    "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                    "super.users=User:" + BEHEERDER,
                    "allow.everyone.if.no.acl.found=false"));
        }
        c.add("");
        return c;
    }

    /**
     * Data from before the broker was secured: started once as it was, the administrator's SCRAM
     * credentials are added to its metadata, then it restarts secured with its topics and offsets.
     */
    private void beveiligBestaandeData() throws IOException {
        Files.writeString(dir.resolve("server.properties"), String.join("\n", configuratie(false)));
        process = java("kafka.Kafka", dir.resolve("server.properties").toString());
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        awaitReady(Duration.ofSeconds(120), p);
        try (Admin admin = Admin.create(p)) {
            admin.alterUserScramCredentials(List.of(new org.apache.kafka.clients.admin.UserScramCredentialUpsertion(
                    BEHEERDER, new org.apache.kafka.clients.admin.ScramCredentialInfo(
                            org.apache.kafka.clients.admin.ScramMechanism.SCRAM_SHA_256, 8192), beheerWachtwoord))).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not add the administrator to Kafka's existing data; see " + log(), e);
        } finally {
            stop();
        }
        Files.writeString(dir.resolve("sasl"), "SCRAM credentials added to existing data\n");
    }

    /** Starts (or restarts) the broker on the same port and data, and waits until it serves. */
    public synchronized void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            return;
        }
        process = java("kafka.Kafka", dir.resolve("server.properties").toString());
        awaitReady(timeout, beheerder());
    }

    /** Stops the broker cleanly. */
    public synchronized void stop() {
        end(false);
    }

    /** Kills the broker abruptly, as an outage would. */
    public synchronized void kill() {
        end(true);
    }

    /**
     * Freezes the broker (SIGSTOP): connections stay open but nothing answers, as with a long GC pause
     * or a hung machine; harder on clients than a broker that is plainly gone.
     */
    public synchronized void pause() {
        signal("STOP");
    }

    /** Lets a paused broker run on (SIGCONT). */
    public synchronized void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        if (process == null) {
            throw new IllegalStateException("broker not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " failed");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitReady(Duration timeout, Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka did not start; see " + log(), e);
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(ie);
                    }
                }
            }
        }
    }

    private Process java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
