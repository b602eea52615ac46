package nl.statushouders.werkgevers.service;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.Parallel.parallel;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.WSP;
import static nl.statushouders.werkgevers.Fixtures.accountbeheerder;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.idOf;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rotterdam (0599) has a test budget of 3000 euro. Grants racing for it load the same budget
 * version; only one of them can append, so the budget is never overspent.
 */
@QuarkusTest
class TaalvoucherBudgetConcurrencyTest {

    static final String ROTTERDAM = "0599";
    static final long BUDGET = 300_000;

    @Test
    void parallel_grants_never_exceed_the_yearly_budget() throws Exception {
        String wsp = accountbeheerder(WSP, WSP, ROTTERDAM);
        String werkmatcher = Tokens.token().roles("werkmatcher").gemeenten(ROTTERDAM).build();
        String werkgever = registreerWerkgever(wsp, "WERKGEVERSSERVICEPUNT");
        Map<String, Object> banen = plaats("BETAALDE_BAAN");
        banen.put("aantal", 10);
        String plaats = biedPlaatsAan(wsp, werkgever, banen);
        List<UUID> statushouders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID s = statushouder(ROTTERDAM, "A1", "Magazijnmedewerker", 1);
            String match = idOf(as(werkmatcher).body(Map.of("statushouderId", s.toString(), "plaatsId", plaats))
                    .post(MATCHES).then().statusCode(201).extract().header("Location"));
            as(wsp).body(Map.of("startdatum", LocalDate.now().plusDays(7).toString()))
                    .post(MATCHES + "/" + match + "/acceptatie").then().statusCode(200);
            statushouders.add(s);
        }

        // 8 racing grants of 1000 euro against a budget of 3000 euro.
        List<Integer> statuses = parallel(8, i -> as(wsp).body(Map.of("statushouderId", statushouders.get(i).toString(),
                "bedrag", 100_000, "maanden", 6)).post(WERKGEVERS + "/" + werkgever + "/taalvouchers"));
        assertThat(statuses).isSubsetOf(201, 409, 422).contains(201);
        assertThat(spent()).isLessThanOrEqualTo(BUDGET).isEqualTo(100_000L * statuses.stream().filter(s -> s == 201).count());

        // Retrying the losers one by one fills the budget exactly, and then stops.
        List<Integer> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            if (statuses.get(i) != 201) {
                retries.add(as(wsp).body(Map.of("statushouderId", statushouders.get(i).toString(), "bedrag", 100_000,
                        "maanden", 6)).post(WERKGEVERS + "/" + werkgever + "/taalvouchers").statusCode());
            }
        }
        assertThat(retries).isSubsetOf(201, 422).contains(422);
        assertThat(spent()).isEqualTo(BUDGET);
        assertThat(TestPostgres.get().count("werkgevers", "select count(*) from event_store where stream_id like ? "
                + "and event_type = 'TaalvoucherGranted'", "taalvoucherbudget-" + ROTTERDAM + "-%")).isEqualTo(3);
    }

    private static long spent() {
        return TestPostgres.get().count("werkgevers", "select coalesce(sum(bedrag), 0) from taalvoucher where gemeente = ?",
                ROTTERDAM);
    }
}
