package nl.statushouders.werkgevers.service;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.Parallel.parallel;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.werkmatcher;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Places and matches share the employer's stream, so racing writes cannot overfill a place. */
@QuarkusTest
class MatchConcurrencyTest {

    @Test
    void racing_acceptances_on_a_place_with_one_position_accept_exactly_one() throws Exception {
        Map<String, Object> eenPlek = plaats("BETAALDE_BAAN");
        eenPlek.put("aantal", 1);
        String plaats = biedPlaatsAan(registreerWerkgever(), eenPlek);
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            matches.add(stelVoor(statushouder("A2"), plaats));
        }
        List<Integer> statuses = parallel(5, i -> as(wsp()).body(Map.of("startdatum", LocalDate.now().plusDays(7).toString()))
                .post(MATCHES + "/" + matches.get(i) + "/acceptatie"));
        assertThat(statuses).isSubsetOf(200, 409, 422);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from matching where plaats_id = ? and status = 'GEACCEPTEERD'",
                UUID.fromString(plaats))).isEqualTo(1);
        as(werkmatcher()).get(PLAATSEN + "/" + plaats).then().body("bezet", equalTo(1));
    }

    @Test
    void places_offered_at_once_on_one_employer_all_land_the_server_reruns_a_lost_race_instead_of_answering_409() throws Exception {
        String werkgever = registreerWerkgever();
        // Four at once: each round at least one wins, so three reruns (the default) always suffice.
        List<Integer> statuses = parallel(4, i -> as(wsp()).body(plaats("TAALSTAGE")).post(WERKGEVERS + "/" + werkgever + "/plaatsen"));
        assertThat(statuses).containsOnly(201);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from plaats where werkgever_id = ?",
                UUID.fromString(werkgever))).isEqualTo(4);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from event_store where stream_id = ?", werkgever))
                .as("registration and four offers").isEqualTo(5);
    }

    @Test
    void racing_proposals_of_one_statushouder_on_one_place_store_one_match() throws Exception {
        String plaats = biedPlaatsAan(registreerWerkgever(), plaats("WERKERVARINGSPLEK"));
        UUID statushouder = statushouder("A2");
        List<Integer> statuses = parallel(6, i -> as(werkmatcher())
                .body(Map.of("statushouderId", statushouder.toString(), "plaatsId", plaats)).post(MATCHES));
        assertThat(statuses).isSubsetOf(201, 409, 422);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from matching where plaats_id = ?",
                UUID.fromString(plaats))).isEqualTo(1);
    }
}
