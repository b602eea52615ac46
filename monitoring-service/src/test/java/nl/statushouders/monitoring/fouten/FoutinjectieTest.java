package nl.statushouders.monitoring.fouten;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.processes.ServiceProcess;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults against running services: intake as a process of its own (its own database), this
 * monitoring-service consuming, a real Kafka broker and PostgreSQL. Commands keep coming while the
 * fault lasts; afterwards every accepted command has its effect in monitoring exactly once, in order
 * per person. Each case prints its figures as a [fault] line (docs/reliability.md). Takes about fifteen
 * minutes, so it runs in .ci/run (-DfaultTests=true), not in every ./mvnw verify.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "faultTests", matches = "true")
class FoutinjectieTest {

    private static final String DB = "intake_fouten";
    private static final int PAUZE_SECONDEN = Integer.getInteger("fault.kafka-pause-seconds", 60);
    private static final AtomicReference<String> INTAKE = new AtomicReference<>();
    private static ServiceProcess intake;

    @BeforeAll
    static void startIntake() {
        TestPostgres.get().freshDatabase(DB);
        intake = startIntakeProcess();
    }

    @AfterAll
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void kafka_frozen_for_a_minute_while_commands_run_everything_accepted_arrives_once_and_in_order() throws Exception {
        Liveness liveness = new Liveness();
        Instant hervat;
        try (Belasting belasting = new Belasting(INTAKE, 10)) {
            sleep(3_000);
            TestKafka.get().pause();
            try {
                sleep(PAUZE_SECONDEN * 1_000L);
            } finally {
                TestKafka.get().resume();
            }
            hervat = Instant.now();
            sleep(3_000);
            belasting.close();
            Uitkomst uitkomst = await(belasting);
            liveness.close();
            report("Kafka frozen (SIGSTOP) for " + PAUZE_SECONDEN + " s", belasting, uitkomst, hervat, liveness);
            assertGoed(belasting, uitkomst, liveness);
        }
    }

    @Test
    void intake_killed_with_sigkill_under_load_and_restarted_loses_nothing_it_accepted() throws Exception {
        Liveness liveness = new Liveness();
        Instant herstart;
        try (Belasting belasting = new Belasting(INTAKE, 2, 0)) {
            sleep(8_000);
            intake.killHard();
            intake = startIntakeProcess();
            herstart = Instant.now();
            sleep(8_000);
            belasting.close();
            Uitkomst uitkomst = await(belasting);
            liveness.close();
            report("intake killed with SIGKILL under load, restarted", belasting, uitkomst, herstart, liveness);
            assertGoed(belasting, uitkomst, liveness);
        }
    }

    @Test
    void minutes_of_events_above_what_the_consumer_absorbs_it_keeps_consuming_stays_live_and_drains() throws Exception {
        int seconden = Integer.getInteger("fault.overload-seconds", 300);
        // Well above what monitoring applies on its own here (it kept up with 200/s), so a backlog builds
        // up that takes minutes to drain: the case that used to fail the channel after 60 s.
        int perSeconde = Integer.getInteger("fault.overload-rate", 800);
        // A gemeente of this run's own, so counting needs no list of ids.
        String gemeente = "9" + (100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900));
        Liveness liveness = new Liveness();
        long aangeboden = 0;
        Instant start = Instant.now();
        java.util.Properties producerConfig = TestKafka.get().beheerder();
        producerConfig.putAll(java.util.Map.of("acks", "all",
                "key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName(),
                "value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName()));
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(producerConfig)) {
            long next = System.nanoTime();
            while (Duration.between(start, Instant.now()).toSeconds() < seconden) {
                UUID id = UUID.randomUUID();
                aangeboden++;
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("intake.events.v1", id.toString(),
                        nl.statushouders.monitoring.Events.cloudEvent("statushouder-registered", id, 1, Instant.now(),
                                gemeente, Map.of("voornaam", "Druk"))));
                next += 1_000_000_000L / perSeconde;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
            }
        }
        Instant einde = Instant.now();
        long achterstand = aangeboden - applied(gemeente);
        Instant deadline = einde.plusSeconds(900);
        long over = achterstand;
        while (over > 0 && Instant.now().isBefore(deadline)) {
            sleep(5_000);
            over = aangeboden - applied(gemeente);
        }
        Instant leeg = Instant.now();
        liveness.close();
        long dubbel = TestPostgres.get().count("monitoring", "select count(*) - count(distinct record_key) from received_event "
                + "where gemeente = ?", gemeente);
        long geparkeerd = TestPostgres.get().count("monitoring", "select count(*) from parked_event where parked_at >= ?",
                java.sql.Timestamp.from(start));
        double load = Duration.between(start, einde).toMillis() / 1000.0;
        double drain = Duration.between(einde, leeg).toMillis() / 1000.0;
        System.out.printf("[fault] overload: %d events offered at %d/s for %.0f s straight onto intake.events.v1; consumer applied "
                        + "%.0f/s while loaded, %d behind when the load stopped, drained %.1f s later (%.0f/s); lost %d, applied twice %d, "
                        + "parked %d; liveness DOWN %d of %d checks%n",
                aangeboden, perSeconde, load, (aangeboden - achterstand) / load, achterstand, drain,
                drain > 0 ? achterstand / drain : 0, over, dubbel, geparkeerd, liveness.down.get(), liveness.checks.get());
        assertThat(over).as("events never applied").isZero();
        assertThat(dubbel).as("applied twice").isZero();
        assertThat(geparkeerd).as("parked").isZero();
        assertThat(liveness.down.get()).as("liveness checks that were DOWN").isZero();
    }

    private static void assertGoed(Belasting belasting, Uitkomst uitkomst, Liveness liveness) {
        assertThat(belasting.geregistreerd()).as("the load ran").isNotEmpty();
        assertThat(uitkomst.verloren).as("accepted commands without their effect in monitoring").isZero();
        assertThat(uitkomst.dubbel).as("effects applied twice").isZero();
        assertThat(uitkomst.buitenVolgorde).as("people whose events were applied out of order").isZero();
        assertThat(uitkomst.geparkeerd).as("parked or dead-lettered").isZero();
        assertThat(liveness.down.get()).as("liveness checks that were DOWN").isZero();
    }

    record Uitkomst(int verloren, int dubbel, int buitenVolgorde, long geparkeerd, Instant geteld) {
    }

    /** Waits (up to three minutes) until monitoring applied every accepted command, then counts. */
    private static Uitkomst await(Belasting belasting) {
        return await(belasting, 180);
    }

    private static Uitkomst await(Belasting belasting, int seconds) {
        Instant start = Instant.now();
        Uitkomst uitkomst = count(belasting, start);
        while (uitkomst.verloren > 0 && Duration.between(start, Instant.now()).toSeconds() < seconds) {
            sleep(500);
            uitkomst = count(belasting, start);
        }
        return uitkomst;
    }

    private static Uitkomst count(Belasting belasting, Instant start) {
        String alle = array(belasting.geregistreerd());
        String metGesprek = array(belasting.startgesprekken());
        long verloren = missing(alle, "statushouder-registered") + missing(metGesprek, "startgesprek-held");
        long dubbel = TestPostgres.get().count("monitoring", "select count(*) from (select record_key, type from received_event "
                + "where record_key::uuid = any(" + alle + ") group by 1, 2 having count(*) > 1) twice");
        long buitenVolgorde = TestPostgres.get().count("monitoring", "select count(*) from received_event r join received_event g "
                + "on g.record_key = r.record_key and g.consumer = r.consumer and r.sequence = 1 and g.sequence = 2 "
                + "where r.record_key::uuid = any(" + alle + ") and g.position < r.position");
        long geparkeerd = TestPostgres.get().count("monitoring", "select count(*) from parked_event where record_key = any(" + alle.replace("::uuid[]", "::text[]") + ")");
        return new Uitkomst((int) verloren, (int) dubbel, (int) buitenVolgorde, geparkeerd, Instant.now());
    }

    private static long applied(String gemeente) {
        return TestPostgres.get().count("monitoring", "select count(distinct record_key) from received_event where gemeente = ?",
                gemeente);
    }

    private static long missing(String ids, String type) {
        return TestPostgres.get().count("monitoring", "select count(*) from unnest(" + ids + ") as a(id) where not exists "
                + "(select 1 from received_event e where e.record_key = a.id::text and e.type = 'nl.statushouders.intake." + type + "')");
    }

    /** Our own generated ids as a PostgreSQL array literal. */
    private static String array(List<UUID> ids) {
        return "'{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}'::uuid[]";
    }

    private static void report(String fault, Belasting belasting, Uitkomst u, Instant faultEnded, Liveness liveness) {
        Set<String> keys = new HashSet<>();
        belasting.geregistreerd().forEach(id -> keys.add(id.toString()));
        List<String> ids = TestKafka.get().readAll("intake.events.v1").stream().filter(r -> keys.contains(r.key()))
                .map(r -> r.value().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1")).toList();
        long duplicatesOnTopic = ids.size() - new HashSet<>(ids).size();
        System.out.printf("[fault] %s: %d registrations and %d startgesprekken accepted, %d requests not accepted while down; "
                        + "lost %d, applied twice %d, out of order %d, parked %d; %d duplicate records on the topic absorbed; "
                        + "all applied %.1f s after the fault ended; liveness DOWN %d of %d checks; answers other than 201: %s%n",
                fault, belasting.geregistreerd().size(), belasting.startgesprekken().size(), belasting.nietAangenomen.get(),
                u.verloren, u.dubbel, u.buitenVolgorde, u.geparkeerd, duplicatesOnTopic,
                Duration.between(faultEnded, u.geteld).toMillis() / 1000.0, liveness.down.get(), liveness.checks.get(),
                belasting.antwoorden.entrySet().stream().filter(e -> e.getKey() != 201)
                        .map(e -> (e.getKey() == 0 ? "no answer" : e.getKey().toString()) + " x" + e.getValue()).toList());
    }

    /** Polls monitoring's liveness every second while a fault runs. */
    static final class Liveness implements AutoCloseable {
        final AtomicInteger checks = new AtomicInteger();
        final AtomicInteger down = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread = new Thread(() -> {
            while (running) {
                int status = given().get("/q/health/live").then().extract().statusCode();
                checks.incrementAndGet();
                if (status != 200) {
                    down.incrementAndGet();
                }
                sleep(1_000);
            }
        }, "liveness");

        Liveness() {
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            running = false;
        }
    }

    private static ServiceProcess startIntakeProcess() {
        TestPostgres pg = TestPostgres.get();
        String oidc = ConfigProvider.getConfig().getValue("keycloak.url", String.class) + "/realms/quarkus/";
        // The same key store as monitoring under test: it decrypts the names intake encrypts.
        Map<String, String> env = new java.util.HashMap<>(nl.statushouders.testsupport.PlatformTestResource.sleutelkluisOmgeving());
        env.putAll(Map.of(
                "DB_JDBC_URL", pg.jdbcUrl(DB),
                "DB_REACTIVE_URL", pg.reactiveUrl(DB),
                "DB_USER", DB,
                "DB_PASSWORD", pg.rolWachtwoord(DB),
                "OIDC_URL", oidc,
                "QUARKUS_OIDC_TOKEN_AUDIENCE", "https://server.example.com"));
        env.putAll(TestKafka.get().dienstOmgeving(nl.statushouders.processes.KafkaRechten.DIENSTEN.get("intake")));
        ServiceProcess started = ServiceProcess.start("intake-service", env);
        INTAKE.set(started.baseUrl());
        return started;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
