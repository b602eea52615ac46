package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.intake.domain.event.IntakeEvents;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.platform.sleutels.Sleutelkluis;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registreer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crypto-shredding in the event store: a person's names and dates are stored and published encrypted
 * with their own key; once the key is destroyed the events remain, unreadable, and no new key is made.
 */
@QuarkusTest
class CryptoShreddingTest {

    @Inject
    EventStore store;

    @Inject
    Sleutelkluis kluis;

    @Test
    void names_are_stored_and_queued_for_kafka_encrypted_only() {
        String id = registreer(bsn());
        TestPostgres pg = TestPostgres.get();
        assertThat(pg.count("intake", "select count(*) from event_store where stream_id = ?", id)).isEqualTo(1);
        assertThat(pg.count("intake", "select count(*) from event_store where stream_id = ? and (payload like '%Amira%' "
                + "or payload like '%Haddad%' or payload like '%1990%')", id)).isZero();
        assertThat(pg.count("intake", "select count(*) from outbox o join event_store e using (event_id) where e.stream_id = ? "
                + "and (o.cloud_event like '%Amira%' or o.cloud_event like '%Haddad%')", id)).isZero();
        assertThat(pg.count("sleutelkluis", "select count(*) from persoonssleutel where persoon = cast(? as uuid)", id))
                .isEqualTo(1);
    }

    @Test
    void after_the_key_is_destroyed_the_events_remain_but_say_nothing_about_the_person() throws Throwable {
        String id = registreer(bsn());
        UUID persoon = UUID.fromString(id);
        assertThat(registered(id).voornaam()).isEqualTo("Amira");

        assertThat(VertxContextSupport.subscribeAndAwait(() -> kluis.vernietig(persoon))).isTrue();

        StatushouderRegistered event = registered(id);
        assertThat(event.statushouderId()).isEqualTo(persoon);
        assertThat(event.gemeente()).isEqualTo("0344");
        assertThat(event.voornaam()).isNull();
        assertThat(event.achternaam()).isNull();
        assertThat(event.geboortedatum()).isNull();
        assertThat(VertxContextSupport.<byte[]>subscribeAndAwait(() -> kluis.sleutelVoor(persoon))).as("never made again").isNull();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> kluis.vernietig(persoon))).isFalse();
    }

    private StatushouderRegistered registered(String id) throws Throwable {
        var stream = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> store.load(id, IntakeEvents.REGISTRY)));
        assertThat(stream.events()).hasSize(1);
        return (StatushouderRegistered) stream.events().get(0).event();
    }
}
