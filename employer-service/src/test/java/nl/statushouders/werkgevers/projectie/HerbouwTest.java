package nl.statushouders.werkgevers.projectie;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.werkgevers.Leesmodelrijen;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.statushouders.testsupport.TestEvents.event;
import static nl.statushouders.testsupport.TestEvents.publish;
import static nl.statushouders.werkgevers.Fixtures.MATCHES;
import static nl.statushouders.werkgevers.Fixtures.PLAATSEN;
import static nl.statushouders.werkgevers.Fixtures.ROOT;
import static nl.statushouders.werkgevers.Fixtures.WERKGEVERS;
import static nl.statushouders.werkgevers.Fixtures.accepteer;
import static nl.statushouders.werkgevers.Fixtures.as;
import static nl.statushouders.werkgevers.Fixtures.biedPlaatsAan;
import static nl.statushouders.werkgevers.Fixtures.idOf;
import static nl.statushouders.werkgevers.Fixtures.plaats;
import static nl.statushouders.werkgevers.Fixtures.registreerWerkgever;
import static nl.statushouders.werkgevers.Fixtures.sif;
import static nl.statushouders.werkgevers.Fixtures.statushouder;
import static nl.statushouders.werkgevers.Fixtures.stelVoor;
import static nl.statushouders.werkgevers.Fixtures.wsp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read model of the service rebuilt from history (the event store, and the events received
 * from intake, assessment and trajecten) equals what the commands and the consumer built, to the
 * column: damaged values are restored, deleted rows come back.
 */
@QuarkusTest
class HerbouwTest {

    @Inject
    Rebuilds rebuilds;

    @Test
    void a_rebuild_restores_damaged_and_deleted_rows_to_exactly_what_commands_and_events_built() {
        UUID werkgever = UUID.fromString(registreerWerkgever());
        UUID andere = UUID.fromString(registreerWerkgever(sif(), "SOCIAL_IMPACT_FACTORY"));
        UUID betaald = statushouder("A2");
        UUID afgewezen = statushouder("A1");
        UUID voorgesteld = statushouder("B1");
        voortgang(betaald, "A2");

        String baan = biedPlaatsAan(werkgever.toString(), plaats("BETAALDE_BAAN"));
        String stage = biedPlaatsAan(werkgever.toString(), plaats("TAALSTAGE"));
        String elders = biedPlaatsAan(sif(), andere.toString(), plaats("WERKERVARINGSPLEK"));
        accepteer(stelVoor(betaald, baan));
        String afwijzing = stelVoor(afgewezen, baan);
        as(wsp()).body(Map.of("reden", "Past niet bij het rooster")).post(MATCHES + "/" + afwijzing + "/afwijzing")
                .then().statusCode(200);
        String open = stelVoor(voorgesteld, stage);
        as(wsp()).body(Map.of("reden", "Vol")).post(PLAATSEN + "/" + stage + "/sluiting").then().statusCode(200);
        as(wsp()).body(Map.of("statushouderId", betaald.toString(), "bedrag", 1500, "maanden", 6))
                .post(WERKGEVERS + "/" + werkgever + "/taalvouchers").then().statusCode(201);
        UUID bijeenkomst = UUID.fromString(idOf(as(wsp()).body(Map.of("soort", "RONDLEIDING",
                        "datum", LocalDate.now().plusDays(10).toString(), "werkgeverId", werkgever.toString(),
                        "locatie", "Bakkerij Utrecht", "omschrijving", "Rondleiding door de bakkerij"))
                .post(ROOT + "/bijeenkomsten").then().statusCode(201).extract().header("Location")));

        Set<UUID> werkgevers = Set.of(werkgever, andere);
        Set<UUID> statushouders = Set.of(betaald, afgewezen, voorgesteld);
        Map<String, List<String>> gebouwd = Leesmodelrijen.van(werkgevers, Set.of(bijeenkomst), statushouders);
        assertThat(gebouwd.get("plaats")).hasSize(3);
        assertThat(gebouwd.get("matching")).hasSize(3);
        assertThat(gebouwd.get("taalvoucher")).hasSize(1);

        beschadig(werkgever, andere, baan, stage, elders, afwijzing, open, bijeenkomst, betaald, afgewezen);
        assertThat(Leesmodelrijen.van(werkgevers, Set.of(bijeenkomst), statushouders)).isNotEqualTo(gebouwd);

        Rebuilds.Status status = rebuilds.runNow();
        // The history holds what the read model needs, not the names the registrations carried.
        org.assertj.core.api.Assertions.assertThat(nl.statushouders.testsupport.TestPostgres.get().count("werkgevers",
                "select count(*) from received_event where data like '%voornaam%' or data like '%achternaam%'")).isZero();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        assertThat(status.verwerkt()).as("events read, of this test and earlier ones").isGreaterThanOrEqualTo(20);
        assertThat(Leesmodelrijen.van(werkgevers, Set.of(bijeenkomst), statushouders)).isEqualTo(gebouwd);
    }

    /** Wrong values in every table, and deleted places, matches, a meeting and a statushouder. */
    private static void beschadig(UUID werkgever, UUID andere, String baan, String stage, String elders, String afwijzing,
                                  String open, UUID bijeenkomst, UUID betaald, UUID afgewezen) {
        TestPostgres pg = TestPostgres.get();
        String[] sql = {
                "update werkgever set naam = 'Kapot', versie = 0, geregistreerd_op = now() where id = '" + werkgever + "'",
                "update werkgever set accountbeheerder = 'WERKGEVERSSERVICEPUNT', versie = 99 where id = '" + andere + "'",
                "update plaats set bezet = 0, open = false, functie = 'Kapot', leerdoelen = '[]' where id = '" + baan + "'",
                "update matching set status = 'VOORGESTELD', startdatum = null where werkgever_id = '" + werkgever
                        + "' and status = 'GEACCEPTEERD'",
                "delete from matching where id = '" + afwijzing + "'",
                "delete from matching where id = '" + open + "'",
                "delete from plaats where id in ('" + stage + "', '" + elders + "')",
                "update taalvoucher set bedrag = 1, verleend_op = now() where werkgever_id = '" + werkgever + "'",
                "delete from bijeenkomst where id = '" + bijeenkomst + "'",
                "update statushouder set gesproken_taalniveau = 'C2', werkervaring = '[]', bijgewerkt_op = now() "
                        + "where id = '" + betaald + "'",
                "delete from statushouder where id = '" + afgewezen + "'"};
        for (String statement : sql) {
            pg.execute("werkgevers", statement);
        }
    }

    /** A progress report from trajecten, so the statushouder's history spans three topics. */
    private static void voortgang(UUID statushouder, String spreken) {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> data = new HashMap<>();
        data.put("trajectId", UUID.randomUUID().toString());
        data.put("datum", LocalDate.now().minusDays(2).toString());
        data.put("aanwezigheidPercentage", 90);
        data.put("taalniveau", Map.of("spreken", spreken, "lezen", "B1"));
        data.put("toelichting", "Goede voortgang");
        data.put("gemeldDoor", "taalschool-utrecht");
        publish("trajecten.events.v1", statushouder.toString(), event("trajecten", "traject-progress-reported").id(eventId)
                .statushouder(statushouder).subject(data.get("trajectId")).gemeente("0344").data(data).json());
        await().atMost(Duration.ofSeconds(60)).until(() -> TestPostgres.get().count("werkgevers",
                "select count(*) from received_event where event_id = ?", eventId) == 1);
    }
}
