package nl.statushouders.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class EventRecordsTest {

    private final EventRecords records = new EventRecords(new ObjectMapper());
    private final AtomicInteger applied = new AtomicInteger();

    @Test
    void a_readable_event_is_applied() {
        records.handle(record(event()), e -> Uni.createFrom().item(applied.incrementAndGet()))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted();
        assertThat(applied).hasValue(1);
    }

    @Test
    void an_unreadable_record_is_skipped() {
        records.handle(record("not json"), e -> Uni.createFrom().item(applied.incrementAndGet()))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted();
        assertThat(applied).hasValue(0);
    }

    @Test
    void a_failure_fails_the_message_so_it_is_dead_lettered() {
        records.handle(record(event()), e -> Uni.createFrom().failure(new IllegalStateException("kapot")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).assertFailedWith(IllegalStateException.class);
    }

    @Test
    void a_failure_while_stopping_leaves_the_message_unfinished_for_redelivery() {
        records.onStop(null);
        records.handle(record(event()), e -> Uni.createFrom().failure(new IllegalStateException("pool closed")))
                .subscribe().withSubscriber(UniAssertSubscriber.create()).assertNotTerminated();
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("intake.events.v1", 0, 7L, "key", value);
    }

    private static String event() {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"urn:test\","
                + "\"type\":\"nl.statushouders.intake.statushouder-registered\",\"time\":\"2026-11-29T10:00:00Z\","
                + "\"subject\":\"s\",\"sequence\":\"1\",\"gemeente\":\"0344\",\"data\":{}}";
    }
}
