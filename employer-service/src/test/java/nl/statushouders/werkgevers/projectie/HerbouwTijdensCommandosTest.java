package nl.statushouders.werkgevers.projectie;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.werkgevers.Leesmodelrijen;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.statushouders.testsupport.Parallel.parallel;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds running back to back while commands hit one employer: a page and a command on the same
 * employer take turns on its row, so no command's change is overwritten by a page that read the
 * history before it, and what is left equals a rebuild from the final history.
 */
@QuarkusTest
class HerbouwTijdensCommandosTest {

    @Inject
    Rebuilds rebuilds;

    @Test
    void commands_during_rebuilds_leave_rows_that_a_rebuild_from_the_final_history_does_not_change() throws Exception {
        String werkgever = registreerWerkgever();
        Map<String, Object> ruim = plaats("BETAALDE_BAAN");
        ruim.put("aantal", 10);
        String plaats = biedPlaatsAan(werkgever, ruim);
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            matches.add(stelVoor(statushouder("A2"), plaats));
        }

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger herbouwd = new AtomicInteger();
        CompletableFuture<Void> herbouwer = CompletableFuture.runAsync(() -> {
            while (!stop.get()) {
                assertThat(rebuilds.runNow().toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
                herbouwd.incrementAndGet();
            }
        });
        // Three rounds, so the commands span several rebuilds: acceptances and offers, then offers only.
        List<Integer> statuses = new ArrayList<>();
        for (int ronde = 0; ronde < 3; ronde++) {
            boolean eerste = ronde == 0;
            statuses.addAll(parallel(12, i -> eerste && i < 4
                    ? as(wsp()).body(Map.of("startdatum", LocalDate.now().plusDays(7).toString()))
                    .post(MATCHES + "/" + matches.get(i) + "/acceptatie")
                    : as(wsp()).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen")));
        }
        stop.set(true);
        herbouwer.get();

        assertThat(statuses.subList(0, 4)).containsOnly(200);
        assertThat(statuses.subList(4, statuses.size())).containsOnly(201);
        assertThat(herbouwd.get()).isPositive();
        Set<UUID> werkgevers = Set.of(UUID.fromString(werkgever));
        Map<String, List<String>> live = Leesmodelrijen.van(werkgevers, Set.of(), Set.of());
        assertThat(live.get("plaats")).hasSize(33);
        assertThat(TestPostgres.get().count("werkgevers", "select bezet from plaats where id = ?", UUID.fromString(plaats)))
                .isEqualTo(4);
        assertThat(TestPostgres.get().count("werkgevers", "select versie from werkgever where id = ?", UUID.fromString(werkgever)))
                .as("registration, 33 places, 4 proposals, 4 acceptances").isEqualTo(42);

        assertThat(rebuilds.runNow().toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(Leesmodelrijen.van(werkgevers, Set.of(), Set.of())).isEqualTo(live);
    }
}
