package nl.statushouders.monitoring.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.platform.consumer.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four topics are consumed concurrently, so events of one statushouder can be applied at the
 * same moment, even before the projection row exists: none may be lost.
 */
@QuarkusTest
class GelijktijdigeEventsTest {

    @Inject
    VoortgangService voortgang;

    @Test
    void events_of_one_statushouder_applied_at_the_same_moment_are_all_kept() throws Exception {
        UUID id = UUID.randomUUID();
        Instant t = Instant.parse("2026-09-01T10:00:00Z");
        List<CloudEvent> events = new ArrayList<>();
        events.add(parse(cloudEvent("statushouder-registered", id, 1, t, "0344", Map.of("voornaam", "Gelijk"))));
        events.add(parse(cloudEvent("werkmatcher-assigned", id, 2, t.plusSeconds(60), "0344", Map.of("werkmatcher", "wm"))));
        events.add(parse(cloudEvent("startgesprek-held", id, 3, t.plusSeconds(600), "0344", Map.of("datum", "2026-09-02"))));
        for (int i = 0; i < 7; i++) {
            events.add(parse(cloudEvent("assessment-scheduled", id, 10 + i, t.plusSeconds(3600L * (i + 1)), "0344", Map.of())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(events.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> applied = new ArrayList<>();
        for (CloudEvent e : events) {
            applied.add(pool.submit(() -> {
                start.await();
                try {
                    return VertxContextSupport.subscribeAndAwait(() -> voortgang.apply(e));
                } catch (Throwable ex) {
                    throw new IllegalStateException(ex);
                }
            }));
        }
        start.countDown();
        for (Future<Boolean> f : applied) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
        Voortgang v;
        try {
            v = VertxContextSupport.subscribeAndAwait(() -> voortgang.vind(id, Set.of("0344")));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        assertThat(v.tijdlijn()).hasSize(events.size());
        assertThat(v.voornaam()).isEqualTo("Gelijk");
        assertThat(v.werkmatcher()).isEqualTo("wm");
    }
}
