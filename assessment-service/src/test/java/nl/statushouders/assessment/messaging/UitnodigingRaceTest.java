package nl.statushouders.assessment.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.assessment.service.IntakeEventHandler;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.testsupport.TestEvents;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.statushouders.assessment.Fixtures.ASSESSMENTS;
import static nl.statushouders.assessment.Fixtures.as;
import static nl.statushouders.assessment.Fixtures.uitnodiging;
import static nl.statushouders.assessment.Fixtures.werkmatcher;
import static nl.statushouders.assessment.messaging.Events.cloudEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A werkmatcher invites by hand at the moment intake's startgesprek arrives: one open assessment
 * results, and the event is applied (not dead-lettered), whoever wins.
 */
@QuarkusTest
class UitnodigingRaceTest {

    @Inject
    IntakeEventHandler handler;

    @Test
    void a_hand_made_invitation_racing_the_startgesprek_event_leaves_one_open_assessment() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                // The REST request needs a few milliseconds more to reach the database: vary the head start.
                int vertraging = round % 20;
                UUID statushouder = UUID.randomUUID();
                apply(cloudEvent(UUID.randomUUID(), "statushouder-registered", statushouder, 1, "0344", Map.of()));
                String startgesprek = cloudEvent(UUID.randomUUID(), "startgesprek-held", statushouder, 2, "0344",
                        Map.of("datum", "2026-11-20", "werkmatcher", "w", "assessmentBesluit", "NOA"));
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> rest = pool.submit(() -> {
                    go.await();
                    return as(werkmatcher()).body(uitnodiging(statushouder, "NOA")).post(ASSESSMENTS).statusCode();
                });
                Future<Boolean> consumer = pool.submit(() -> {
                    go.await();
                    Thread.sleep(vertraging);
                    return apply(startgesprek);
                });
                go.countDown();
                assertThat(rest.get()).isIn(201, 409);
                assertThat(consumer.get()).isTrue();
                assertThat(TestPostgres.get().count("assessment",
                        "select count(*) from assessment where statushouder_id = ?", statushouder)).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    private Boolean apply(String json) throws Exception {
        CloudEvent event = CloudEvent.parse(TestEvents.JSON, json);
        try {
            return VertxContextSupport.subscribeAndAwait(() -> handler.apply(event));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
