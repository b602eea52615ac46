package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import nl.statushouders.platform.config.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Given a record and what applying it does, then what the consumer makes of it (no database: parking is recorded). */
class EventRecordsTest {

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger applied = new AtomicInteger();
    private final RecordingParking parking = new RecordingParking();
    private Duration giveUpAfter = Duration.ofMinutes(1);

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void a_readable_event_is_applied() {
        records(e -> Uni.createFrom().item(applied.incrementAndGet())).handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitItem();
        assertThat(applied).hasValue(1);
        assertThat(parking.parked).isEmpty();
    }

    @Test
    void an_unreadable_record_is_parked_and_dead_lettered() {
        records(e -> Uni.createFrom().item(applied.incrementAndGet())).handle(record("not json"))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure()
                .assertFailedWith(Failures.PermanentFailure.class);
        assertThat(applied).hasValue(0);
        assertThat(parking.parked).containsExactly("unreadable: MalformedEventException: not a readable CloudEvent: JsonParseException");
    }

    @Test
    void an_event_from_another_producer_than_the_topics_is_rejected_at_once_without_holding_up_the_person() {
        for (String forged : List.of(
                event("urn:nld:oin:00000001234567890000:systeem:statushouders-werkgevers",
                        "nl.statushouders.intake.statushouder-registered", "{}"),
                event(INTAKE, "nl.statushouders.werkgevers.match-accepted", "{}"),
                event("{\"gemeente\":\"0307\"}"))) {
            records(e -> Uni.createFrom().item(applied.incrementAndGet())).handle(record(forged))
                    .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure()
                    .assertFailedWith(Failures.PermanentFailure.class);
        }
        records(e -> Uni.createFrom().item(applied.incrementAndGet()))
                .handle(new ConsumerRecord<>("onbekend.events.v1", 0, 1L, "persoon-1", event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure();
        assertThat(applied).hasValue(0);
        assertThat(parking.parked).containsExactly(
                "unreadable: Verworpen: bron hoort niet bij topic intake.events.v1 (verwacht " + INTAKE + ")",
                "unreadable: Verworpen: type hoort niet bij topic intake.events.v1 (verwacht nl.statushouders.intake.*)",
                "unreadable: Verworpen: gemeente in de data verschilt van die in de envelop",
                "unreadable: Verworpen: topic onbekend.events.v1 heeft geen bekende producent");
    }

    @Test
    void a_handler_that_rejects_an_event_is_not_retried() {
        AtomicInteger attempts = new AtomicInteger();
        records(e -> {
                    attempts.incrementAndGet();
                    return Uni.createFrom().failure(new Failures.Verworpen("gemeente van het event wijkt af"));
                }).handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure()
                .assertFailedWith(Failures.PermanentFailure.class);
        assertThat(attempts).hasValue(1);
        assertThat(parking.parked).containsExactly("unreadable: Verworpen: gemeente van het event wijkt af");
    }

    @Test
    void a_passing_failure_is_retried_in_place_until_it_passes() {
        AtomicInteger attempts = new AtomicInteger();
        records(e -> attempts.incrementAndGet() < 4
                ? Uni.createFrom().failure(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))
                : Uni.createFrom().item(applied.incrementAndGet()))
                .handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitItem(Duration.ofSeconds(10));
        assertThat(attempts).hasValue(4);
        assertThat(applied).hasValue(1);
        assertThat(parking.parked).isEmpty();
    }

    @Test
    void a_permanent_failure_is_parked_and_dead_lettered_with_a_reason_without_the_payload() {
        AtomicInteger attempts = new AtomicInteger();
        var failure = records(e -> Uni.createFrom().failure(() -> {
                    attempts.incrementAndGet();
                    return new DateTimeParseException("Text 'Fatima 1990' could not be parsed", "Fatima 1990", 0);
                }))
                .handle(record(event("{\"voornaam\":\"Fatima\"}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure().getFailure();
        assertThat(failure).isInstanceOf(Failures.PermanentFailure.class);
        assertThat(attempts).as("believed once it recurs").hasValue(3);
        assertThat(failure.getMessage()).startsWith("DateTimeParseException").doesNotContain("Fatima");
        assertThat(parking.parked).hasSize(1);
        assertThat(parking.parked.get(0)).doesNotContain("Fatima");
    }

    @Test
    void a_failure_that_looks_permanent_but_does_not_recur_is_applied() {
        AtomicInteger attempts = new AtomicInteger();
        records(e -> attempts.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IllegalStateException("driver confused while the connection dropped"))
                : Uni.createFrom().item(applied.incrementAndGet()))
                .handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitItem(Duration.ofSeconds(10));
        assertThat(applied).hasValue(1);
        assertThat(parking.parked).isEmpty();
    }

    @Test
    void a_passing_failure_that_does_not_pass_in_time_is_parked_saying_so() {
        giveUpAfter = Duration.ofMillis(300);
        records(e -> Uni.createFrom().failure(new PgException("deadlock detected", "ERROR", "40P01", null)))
                .handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitFailure(Duration.ofSeconds(10));
        assertThat(parking.parked).hasSize(1);
        assertThat(parking.parked.get(0)).contains("opgegeven na").contains("SQLSTATE 40P01");
    }

    @Test
    void an_event_whose_key_has_a_parked_event_is_parked_behind_it_not_applied() {
        parking.blockedKeys.add("persoon-1");
        records(e -> Uni.createFrom().item(applied.incrementAndGet())).handle(record(event("{}")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).awaitItem();
        assertThat(applied).hasValue(0);
        assertThat(parking.parked).containsExactly(ParkedEvents.WAITS_BEHIND);
    }

    @Test
    void a_failure_while_stopping_leaves_the_message_unfinished_for_redelivery() {
        EventRecords records = records(e -> Uni.createFrom().failure(new IllegalStateException("pool closed")));
        records.onStop(null);
        records.handle(record(event("{}"))).subscribe().withSubscriber(UniAssertSubscriber.create()).assertNotTerminated();
        assertThat(parking.parked).isEmpty();
    }

    @Test
    void backoff_grows_exponentially_with_jitter_up_to_the_maximum() {
        EventRecords records = records(e -> Uni.createFrom().voidItem());
        assertThat(records.backoff(0).toMillis()).isBetween(50L, 150L);
        assertThat(records.backoff(3).toMillis()).isBetween(400L, 1200L);
        assertThat(records.backoff(40).toMillis()).isBetween(15_000L, 45_000L);
    }

    /** These tests are not about erasure: no key is an erased statushouder (the real check is a query). */
    static final nl.statushouders.platform.verwijdering.Verwijderingen NIEMAND_VERWIJDERD =
            new nl.statushouders.platform.verwijdering.Verwijderingen(null, null) {
                @Override
                public Uni<java.util.Set<String>> verwijderd(java.util.Collection<String> keys) {
                    return Uni.createFrom().item(java.util.Set.of());
                }
            };

    private EventRecords records(EventHandler handler) {
        return new EventRecords(new ObjectMapper(), vertx, config(), parking,
                new ConsumerActivity(new SimpleMeterRegistry()), () -> handler, () -> { },
                new nl.statushouders.platform.tracing.EventTracing(io.opentelemetry.api.OpenTelemetry.noop().getTracer("test")),
                new IdempotentConsumer(new ObjectMapper()),
                new nl.statushouders.platform.sleutels.Persoonsgegevens(null, new ObjectMapper()), NIEMAND_VERWIJDERD);
    }

    private ConsumerConfig config() {
        return new ConsumerConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Retry retry() {
                return new Retry() {
                    public Duration initialBackoff() { return Duration.ofMillis(100); }
                    public Duration maxBackoff() { return Duration.ofSeconds(30); }
                    public double jitter() { return 0.5; }
                    public Duration giveUpAfter() { return giveUpAfter; }
                    public int permanentAttempts() { return 3; }
                    public Duration alertAfter() { return Duration.ofMinutes(1); }
                };
            }

            @Override
            public Duration attemptTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration stuckAfter() {
                return Duration.ofMinutes(5);
            }

            @Override
            public java.util.Map<String, Producent> producenten() {
                return java.util.Map.of("intake.events.v1", new Producent() {
                    public String source() { return INTAKE; }
                    public String typePrefix() { return "nl.statushouders.intake"; }
                });
            }
        };
    }

    /** Parking as the database would do it, kept in memory. */
    static class RecordingParking extends ParkedEvents {
        final List<String> parked = new ArrayList<>();
        final List<String> blockedKeys = new ArrayList<>();

        @Override
        public Uni<Boolean> blocks(String recordKey) {
            return Uni.createFrom().item(blockedKeys.contains(recordKey));
        }

        @Override
        public Uni<Void> park(ConsumerRecord<String, String> record, CloudEvent event, String recordKey, String reason) {
            parked.add(reason);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Void> parkUnreadable(ConsumerRecord<String, String> record, String reason) {
            parked.add("unreadable: " + reason);
            return Uni.createFrom().voidItem();
        }
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("intake.events.v1", 0, 7L, "persoon-1", value);
    }

    static final String INTAKE = "urn:nld:oin:00000001234567890000:systeem:statushouders-intake";

    private static String event(String data) {
        return event(INTAKE, "nl.statushouders.intake.statushouder-registered", data);
    }

    private static String event(String source, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"" + source + "\","
                + "\"type\":\"" + type + "\",\"time\":\"2026-11-29T10:00:00Z\","
                + "\"subject\":\"s\",\"sequence\":\"1\",\"gemeente\":\"0344\",\"data\":" + data + "}";
    }
}
