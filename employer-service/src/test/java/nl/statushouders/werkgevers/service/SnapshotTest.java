package nl.statushouders.werkgevers.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.werkgevers.domain.Werkgever;
import nl.statushouders.werkgevers.domain.WerkgeverDecider;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvents;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employer with many places: a command folds the events after the latest snapshot, not the whole
 * history, and the state from a snapshot equals the state folded from the start.
 */
@QuarkusTest
class SnapshotTest {

    static final int PLAATSEN = 120;

    @Inject
    WerkgeverService service;
    @Inject
    EventStore store;
    @Inject
    MeterRegistry registry;

    @Test
    void a_large_employer_folds_only_the_events_after_its_snapshot_and_gets_the_same_state() throws Throwable {
        String werkgever = registreerWerkgever();
        for (int i = 0; i < PLAATSEN; i++) {
            biedPlaatsAan(werkgever, plaats("TAALSTAGE"));
        }
        long versie = PLAATSEN + 1;
        assertThat(TestPostgres.get().count("werkgevers", "select version from snapshot where stream_id = ?", werkgever))
                .as("the snapshot of the last multiple of the interval").isEqualTo(versie / WerkgeverService.SNAPSHOT_INTERVAL
                        * WerkgeverService.SNAPSHOT_INTERVAL);

        DistributionSummary folded = registry.find("platform.command.events.folded").tag("stream_type", "werkgever").summary();
        long count = folded.count();
        double total = folded.totalAmount();
        biedPlaatsAan(werkgever, plaats("WERKERVARINGSPLEK"));
        assertThat(folded.count() - count).isEqualTo(1);
        assertThat(folded.totalAmount() - total).as("events folded for the last command")
                .isEqualTo((double) (versie % WerkgeverService.SNAPSHOT_INTERVAL));

        Werkgever uitSnapshot = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> service.toestand(UUID.fromString(werkgever))));
        Werkgever vanafBegin = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() ->
                store.load(werkgever, WerkgeversEvents.REGISTRY).map(s -> new WerkgeverDecider().fold(s.domainEvents()))));
        assertThat(uitSnapshot).isEqualTo(vanafBegin);
        assertThat(uitSnapshot.plaatsen()).hasSize(PLAATSEN + 1);
    }

    @Test
    void a_snapshot_of_an_older_state_version_is_ignored_and_the_stream_folded_from_the_start() throws Throwable {
        String werkgever = registreerWerkgever();
        for (int i = 0; i < WerkgeverService.SNAPSHOT_INTERVAL; i++) {
            biedPlaatsAan(werkgever, plaats("TAALSTAGE"));
        }
        TestPostgres.get().execute("werkgevers", "update snapshot set state_version = 'werkgever-0', state = '{}' "
                + "where stream_id = '" + werkgever + "'");

        biedPlaatsAan(werkgever, plaats("PROEFPLAATSING"));

        Werkgever toestand = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> service.toestand(UUID.fromString(werkgever))));
        assertThat(toestand.plaatsen()).hasSize(WerkgeverService.SNAPSHOT_INTERVAL + 1);
        assertThat(TestPostgres.get().text("werkgevers", "select state_version from snapshot where stream_id = ?", werkgever))
                .as("taken again in the current shape at the next interval, or still the old one until then")
                .isIn("werkgever-0", WerkgeverService.STATE_VERSION);
    }
}
