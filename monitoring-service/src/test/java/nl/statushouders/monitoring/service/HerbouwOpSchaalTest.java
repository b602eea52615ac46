package nl.statushouders.monitoring.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild from a history of 100 000 events gives exactly the projections that incremental
 * processing built, and live events keep being applied while it runs. The timings are logged (and recorded in docs/benchmarks.md), never asserted.
 */
@QuarkusTest
class HerbouwOpSchaalTest {

    private static final Logger LOG = Logger.getLogger(HerbouwOpSchaalTest.class);
    static final String GEMEENTE = "0999";
    static final String LIVE = "0998";
    static final int STATUSHOUDERS = 20_000;
    static final int EVENTS_PER_STATUSHOUDER = 5;
    static final int THREADS = 8;

    @Inject
    VoortgangService voortgang;

    @Inject
    Rebuilds herbouw;

    @Test
    void a_rebuild_of_100k_events_equals_the_incremental_projection() throws Throwable {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int slice = t;
            work.add(pool.submit(() -> {
                for (int i = slice; i < STATUSHOUDERS; i += THREADS) {
                    List<CloudEvent> events = history(i);
                    try {
                        VertxContextSupport.subscribeAndAwait(() -> applyInOrder(events));
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double incrementeel = (System.nanoTime() - start) / 1e9;
        Map<String, String> incremental = projections();
        assertThat(incremental).hasSize(STATUSHOUDERS);

        // Damage the projection, then rebuild it while new registrations keep arriving on Kafka.
        TestPostgres.get().execute("monitoring", "update voortgang set fase = 'AANGEMELD', document = '{}' "
                + "where gemeente = '" + GEMEENTE + "' and statushouder_id in (select statushouder_id from voortgang "
                + "where gemeente = '" + GEMEENTE + "' order by statushouder_id limit 1000)");
        herbouw.start();
        List<Long> wachttijden = new ArrayList<>();
        int tijdensHerbouw = 0;
        while (herbouw.status().toestand() == Rebuilds.Status.Toestand.BEZIG) {
            UUID nieuw = UUID.randomUUID();
            long verstuurd = System.nanoTime();
            TestEvents.publish("intake.events.v1", nieuw.toString(), cloudEvent("statushouder-registered", nieuw, 1,
                    Instant.now(), LIVE, Map.of("voornaam", "L")));
            while (TestPostgres.get().count("monitoring", "select count(*) from voortgang where statushouder_id = ?", nieuw) == 0) {
                assertThat(System.nanoTime() - verstuurd).as("a live event waits for the whole rebuild").isLessThan(60_000_000_000L);
                Thread.sleep(20);
            }
            wachttijden.add((System.nanoTime() - verstuurd) / 1_000_000);
            if (herbouw.status().toestand() == Rebuilds.Status.Toestand.BEZIG) {
                tijdensHerbouw++;
            }
        }
        Rebuilds.Status status = herbouw.status();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(status.verwerkt()).isGreaterThanOrEqualTo((long) STATUSHOUDERS * EVENTS_PER_STATUSHOUDER);
        assertThat(projections()).isEqualTo(incremental);
        assertThat(tijdensHerbouw).as("live events applied while the rebuild ran").isGreaterThan(0);
        List<Long> gesorteerd = wachttijden.stream().sorted().toList();
        LOG.infof("BENCHMARK incremental: %d events in %.1f s (%.0f events/s); rebuild: %d events, %d keys in %d ms; "
                        + "%d live events applied during the rebuild, wait median %d ms, max %d ms",
                STATUSHOUDERS * EVENTS_PER_STATUSHOUDER, incrementeel, STATUSHOUDERS * EVENTS_PER_STATUSHOUDER / incrementeel,
                status.verwerkt(), status.sleutels(), status.millis(), tijdensHerbouw,
                gesorteerd.get(gesorteerd.size() / 2), gesorteerd.get(gesorteerd.size() - 1));
    }

    private Uni<Void> applyInOrder(List<CloudEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CloudEvent e : events) {
            chain = chain.chain(() -> voortgang.apply(e).replaceWithVoid());
        }
        return chain;
    }

    /** A plausible intake history: registered, werkmatcher, startgesprek, werkgesprek, plan. */
    private static List<CloudEvent> history(int i) {
        UUID id = new UUID(0x5A5A_0000_0000_0000L, i);
        LocalDate aangemeld = LocalDate.of(2025, 1, 1).plusDays(i % 700);
        Instant t = aangemeld.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(i % 86_400);
        LocalDate start = aangemeld.plusDays(3 + i % 20);
        LocalDate werkgesprek = start.plusDays(7 + i % 60);
        return List.of(
                parse(cloudEvent(new UUID(1, i), "statushouder-registered", id, 1, t, GEMEENTE,
                        Map.of("voornaam", "P" + i, "geboortedatum", "199" + i % 10 + "-01-01"))),
                parse(cloudEvent(new UUID(2, i), "werkmatcher-assigned", id, 2, t.plusSeconds(60), GEMEENTE,
                        Map.of("werkmatcher", "wm" + i % 15))),
                parse(cloudEvent(new UUID(3, i), "startgesprek-held", id, 3, t.plusSeconds(86_400L * 3), GEMEENTE,
                        Map.of("datum", start.toString(), "assessmentBesluit", "NOA"))),
                parse(cloudEvent(new UUID(4, i), "werkgesprek-held", id, 4, t.plusSeconds(86_400L * 10), GEMEENTE,
                        Map.of("datum", werkgesprek.toString()))),
                parse(cloudEvent(new UUID(5, i), "plan-van-aanpak-agreed", id, 5, t.plusSeconds(86_400L * 10), GEMEENTE,
                        Map.of("versie", 1, "evaluatiedatum", werkgesprek.plusMonths(3).toString()))));
    }

    private static Map<String, String> projections() {
        Map<String, String> all = new TreeMap<>();
        TestPostgres pg = TestPostgres.get();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("monitoring"), pg.user(), pg.password());
             var ps = c.prepareStatement("select statushouder_id, fase, werkmatcher, document from voortgang where gemeente = ?")) {
            ps.setString(1, GEMEENTE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }
}
