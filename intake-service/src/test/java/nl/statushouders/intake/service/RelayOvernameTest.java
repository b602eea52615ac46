package nl.statushouders.intake.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.config.EventsConfig;
import nl.statushouders.platform.outbox.OutboxNotifications;
import nl.statushouders.platform.outbox.OutboxRelay;
import nl.statushouders.testsupport.TestKafka;
import nl.statushouders.testsupport.TestPostgres;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of a service share one outbox: only the lease holder publishes; a clean stop hands
 * the lease over at once; an instance that died holding it is taken over once it expires.
 */
@QuarkusTest
class RelayOvernameTest {

    private static final String TOPIC = "intake.events.v1";

    @Inject
    OutboxRelay relay;
    @Inject
    EventsConfig events;
    @Inject
    OutboxNotifications notifications;
    @Inject
    nl.statushouders.platform.config.KafkaKlant kafka;

    @Test
    void a_second_instance_publishes_nothing_while_the_lease_is_held_and_takes_over_when_it_is_handed_back() throws Exception {
        OutboxRelay tweede = new OutboxRelay(events, kafka, 9999, notifications, new SimpleMeterRegistry());
        assertThat(tweede.owner()).isNotEqualTo(relay.owner());
        tweede.start();
        try {
            String eerste = registreer(bsn());
            TestKafka.get().awaitRecords(TOPIC, r -> eerste.equals(r.key()), 1);
            assertThat(leaseOwner()).isEqualTo(relay.owner());

            relay.stop();
            String tweedeId = registreer(bsn());
            await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(tweedeId) == 0);
            assertThat(leaseOwner()).isEqualTo(tweede.owner());
            assertThat(TestKafka.get().readAll(TOPIC).stream().filter(r -> eerste.equals(r.key()) || tweedeId.equals(r.key())))
                    .as("each event published once").hasSize(2);
        } finally {
            tweede.stop();
            relay.start();
        }
    }

    @Test
    void an_instance_that_died_holding_the_lease_is_taken_over_once_it_expires() throws Exception {
        relay.stop();
        TestPostgres.get().execute("intake", "update outbox_lease set owner = 'gestorven-instantie', "
                + "expires_at = now() + interval '5 seconds'");
        relay.start();
        String id = registreer(bsn());
        Thread.sleep(1_000);
        assertThat(unpublished(id)).as("the dead instance's lease is still valid").isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).until(() -> unpublished(id) == 0);
        assertThat(leaseOwner()).isEqualTo(relay.owner());
    }

    @Test
    void a_restarted_instance_takes_its_own_lease_back_at_once() {
        relay.stop();
        // The lease as this instance left it when it died: its own name, still valid for an hour. Named
        // explicitly: after another test the row may still name the instance that handed it back.
        TestPostgres.get().execute("intake", "update outbox_lease set owner = '" + relay.owner()
                + "', expires_at = now() + interval '1 hour'");
        relay.start();
        String id = registreer(bsn());
        await().atMost(Duration.ofSeconds(5)).until(() -> unpublished(id) == 0);
    }

    private static String leaseOwner() {
        return TestPostgres.get().text("intake", "select owner from outbox_lease where name = 'outbox'");
    }

    private static long unpublished(String id) {
        return TestPostgres.get().count("intake", "select count(*) from outbox o join event_store e "
                + "on e.event_id = o.event_id where e.stream_id = ? and o.published_at is null", id);
    }
}
