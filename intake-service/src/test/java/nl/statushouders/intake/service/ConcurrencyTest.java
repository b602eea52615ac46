package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.intake.domain.Huisvesting;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.IntakeEvents;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.EventMetadata;
import nl.statushouders.platform.eventsourcing.EventStore;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.klaarVoorWerkgesprek;
import static nl.statushouders.intake.Fixtures.registratie;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.startgesprek;
import static nl.statushouders.intake.Fixtures.werkgesprek;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static nl.statushouders.testsupport.Parallel.parallel;
import static org.assertj.core.api.Assertions.assertThat;

/** Optimistic concurrency on the real database: a stale write is refused, never merged. */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    EventStore store;

    @Inject
    Identificatiegegevens identificatie;

    @Test
    void two_appends_at_the_same_expected_version_one_wins_one_conflicts() throws Exception {
        String stream = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> append = () -> {
            start.await();
            try {
                VertxContextSupport.subscribeAndAwait(() -> store.inTransaction(() -> store.append("test", stream, 0,
                        List.of(registered(stream)), EventMetadata.of("0344", "test"), stream, IntakeEvents.REGISTRY)));
                return "ok";
            } catch (ConflictException e) {
                return "conflict";
            } catch (Throwable e) {
                return "unexpected " + e;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> a = pool.submit(append);
            Future<String> b = pool.submit(append);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "conflict");
        } finally {
            pool.shutdown();
        }
        assertThat(TestPostgres.get().count("intake", "select count(*) from event_store where stream_id = ?", stream))
                .isEqualTo(1);
        assertThat(TestPostgres.get().count("intake", "select count(*) from outbox o join event_store e "
                + "on e.event_id = o.event_id where e.stream_id = ?", stream)).isEqualTo(1);
    }

    @Test
    void parallel_werkgesprekken_for_one_statushouder_one_wins_the_rest_get_409() throws Exception {
        String id = klaarVoorWerkgesprek(bsn());
        int parallel = 8;
        List<Integer> statuses = parallel(parallel, i -> as(werkmatcher()).body(werkgesprek())
                .post(STATUSHOUDERS + "/" + id + "/werkgesprekken"));
        assertThat(statuses).isSubsetOf(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestPostgres.get().count("intake",
                "select count(*) from event_store where stream_id = ? and event_type = 'WerkgesprekHeld'", id)).isEqualTo(1);
        assertThat(TestPostgres.get().count("intake",
                "select count(*) from event_store where stream_id = ?", id)).isEqualTo(4);
        assertThat(TestPostgres.get().count("intake", "select versie from statushouder where id = ?", UUID.fromString(id)))
                .isEqualTo(4);
    }

    @Test
    void different_commands_at_once_on_one_file_both_land_and_the_read_model_keeps_both() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = registreer(bsn());
            List<Integer> statuses = parallel(2, i -> i == 0
                    ? as(werkmatcher()).body(java.util.Map.of("werkmatcher", "werkmatcher.zuid")).put(STATUSHOUDERS + "/" + id + "/werkmatcher")
                    : as(werkmatcher()).body(startgesprek()).post(STATUSHOUDERS + "/" + id + "/startgesprekken"));
            // The file's row is locked per command, so the second waits instead of failing or overwriting.
            assertThat(statuses).containsExactly(200, 201);
            UUID uuid = UUID.fromString(id);
            assertThat(TestPostgres.get().count("intake", "select versie from statushouder where id = ?", uuid)).isEqualTo(3);
            assertThat(TestPostgres.get().count("intake",
                    "select count(*) from statushouder where id = ? and startgesprek_datum is not null", uuid)).isEqualTo(1);
        }
    }

    @Test
    void parallel_registrations_of_one_bsn_store_one_file() throws Exception {
        String bsn = bsn();
        List<Integer> statuses = parallel(6, i -> as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS));
        assertThat(statuses).isSubsetOf(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestPostgres.get().count("intake", "select count(*) from statushouder where bsn_hash = ?",
                identificatie.zoekwaarde(bsn))).isEqualTo(1);
    }

    private static IntakeEvent registered(String id) {
        return new StatushouderRegistered(UUID.fromString(id), "0344", "Test", "Persoon", LocalDate.of(1990, 1, 1),
                List.of("Tigrinya"), new Huisvesting(Huisvesting.Status.WONING, null), LocalDate.of(2026, 1, 1));
    }
}
