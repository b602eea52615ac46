package nl.statushouders.trajecten.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.statushouders.platform.rebuild.Rebuilds;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.TestEvents.event;
import static nl.statushouders.testsupport.TestEvents.publish;
import static nl.statushouders.trajecten.Fixtures.TAALSCHOOL;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.assessment;
import static nl.statushouders.trajecten.Fixtures.beeindiging;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.gestart;
import static nl.statushouders.trajecten.Fixtures.inburgering;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.taalschool;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.voortgang;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Both read models (traject rows from the own streams, statushouder rows from the received events)
 * rebuilt from history equal, column for column, what the live path wrote; damaged and deleted
 * rows come back, and commands during a rebuild are neither lost nor counted twice.
 */
@QuarkusTest
class HerbouwTest {

    @Inject
    Rebuilds rebuilds;

    @Test
    void a_rebuild_writes_back_exactly_the_rows_the_live_path_wrote() {
        // Registered and assessed twice (the latest level counts), with trajectories in every state.
        UUID amira = statushouder();
        assessment(amira, Tokens.UTRECHT, "VMBO");
        assessment(amira, Tokens.UTRECHT, "HBO");
        String afgerond = gestart(plan(amira));
        as(werkmatcher()).body(voortgang()).post(TRAJECTEN + "/" + afgerond + "/voortgang").then().statusCode(201);
        Map<String, Object> tweede = voortgang();
        tweede.put("toelichting", "Spreekt nu op A2");
        as(werkmatcher()).body(tweede).post(TRAJECTEN + "/" + afgerond + "/voortgang").then().statusCode(201);
        as(werkmatcher()).body(beeindiging()).post(TRAJECTEN + "/" + afgerond + "/beeindiging").then().statusCode(200);
        String lopend = gestart(inburgering(amira, TAALSCHOOL));
        as(taalschool(TAALSCHOOL)).body(voortgang()).post(TRAJECTEN + "/" + lopend + "/voortgang").then().statusCode(201);
        String gepland = gepland(plan(amira));
        String uitMatch = matchAccepted(amira);
        // Known from a match only, never registered: the row holds just the match's gemeente.
        UUID alleenMatch = UUID.randomUUID();
        String uitMatchOnbekend = matchAccepted(alleenMatch);

        List<UUID> personen = List.of(amira, alleenMatch);
        String trajecten = trajecten(personen);
        String statushouders = statushouders(personen);
        assertThat(trajecten.lines()).hasSize(5);
        assertThat(statushouders.lines()).hasSize(2);

        damage(afgerond, lopend, gepland, uitMatch, uitMatchOnbekend, amira, alleenMatch);
        assertThat(trajecten(personen)).isNotEqualTo(trajecten);
        assertThat(statushouders(personen)).isNotEqualTo(statushouders);

        Rebuilds.Status status = rebuilds.runNow();
        // The history holds what the read model needs, not the names the registrations carried.
        org.assertj.core.api.Assertions.assertThat(nl.statushouders.testsupport.TestPostgres.get().count("trajecten",
                "select count(*) from received_event where data like '%voornaam%' or data like '%achternaam%'")).isZero();

        assertThat(status.toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        // Events of the two persons alone: 11 in the store (5 + 3 + 1 + 1 + 1), 5 received (registration,
        // 2 assessments, 2 matches); other tests' rows are rebuilt too.
        assertThat(status.verwerkt()).isGreaterThanOrEqualTo(16);
        assertThat(status.sleutels()).isGreaterThanOrEqualTo(7);
        assertThat(trajecten(personen)).isEqualTo(trajecten);
        assertThat(statushouders(personen)).isEqualTo(statushouders);
        // The service works on from the rebuilt rows: the plan rules read the statushouder row again.
        as(werkmatcher()).get(TRAJECTEN + "/" + afgerond).then().statusCode(200)
                .body("status", equalTo("BEEINDIGD")).body("aantalVoortgangsmeldingen", equalTo(2));
        Map<String, Object> nogEen = plan(amira);
        nogEen.put("urenPerWeek", 4);
        gepland(nogEen);
    }

    @Test
    void commands_during_a_rebuild_are_kept_exactly_once() {
        UUID statushouder = statushouder();
        String id = gestart(plan(statushouder));
        // Reports before, during and after the pages of the rebuild (it rebuilds every test's rows).
        rebuilds.start();
        int gemeld = 0;
        while (rebuilds.status().toestand() == Rebuilds.Status.Toestand.BEZIG || gemeld < 3) {
            as(werkmatcher()).body(voortgang()).post(TRAJECTEN + "/" + id + "/voortgang").then().statusCode(201);
            gemeld++;
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilds.status().toestand() != Rebuilds.Status.Toestand.BEZIG);

        assertThat(rebuilds.status().toestand()).isEqualTo(Rebuilds.Status.Toestand.KLAAR);
        UUID traject = UUID.fromString(id);
        assertThat(count("select aantal_voortgang from traject where id = ?", traject)).isEqualTo(gemeld);
        assertThat(count("select versie from traject where id = ?", traject)).isEqualTo(2 + gemeld)
                .isEqualTo(count("select max(version) from event_store where stream_id = ?", id));
    }

    /** Every traject row of these persons as text, one line each, in id order. */
    private static String trajecten(List<UUID> personen) {
        return TestPostgres.get().text("trajecten", "select string_agg(t::text, E'\\n' order by t.id) from traject t "
                + "where t.statushouder_id in (" + lijst(personen) + ")");
    }

    private static String statushouders(List<UUID> personen) {
        return TestPostgres.get().text("trajecten", "select string_agg(s::text, E'\\n' order by s.id) from statushouder s "
                + "where s.id in (" + lijst(personen) + ")");
    }

    private static String lijst(List<UUID> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    /** Wrong values in every kind of column, and rows gone, in both tables. */
    private static void damage(String afgerond, String lopend, String gepland, String uitMatch, String uitMatchOnbekend,
                               UUID amira, UUID alleenMatch) {
        TestPostgres pg = TestPostgres.get();
        pg.execute("trajecten", "update traject set status = 'ACTIEF', aantal_voortgang = 7, laatste_voortgang = null, "
                + "beeindigd_op = null, reden_beeindiging = null, versie = 1, gepland_op = now() where id = '" + afgerond + "'");
        pg.execute("trajecten", "update traject set leerdoelen = '[]', uren_per_week = 40, motivering = 'fout', "
                + "gestart_op = null, aanbieder_organisatie = null where id = '" + lopend + "'");
        pg.execute("trajecten", "update traject set gemeente = '0307', soort = 'OPLEIDING', startdatum = '2000-01-01' "
                + "where id = '" + gepland + "'");
        pg.execute("trajecten", "delete from traject where id in ('" + uitMatch + "', '" + uitMatchOnbekend + "')");
        pg.execute("trajecten", "update statushouder set gemeente = '0307', geboortedatum = null, opleidingsniveau = 'GEEN', "
                + "geregistreerd = false where id = '" + amira + "'");
        pg.execute("trajecten", "delete from statushouder where id = '" + alleenMatch + "'");
    }

    /** werkgevers' match-accepted for this person; returns the trajectory it plans once applied. */
    private static String matchAccepted(UUID statushouder) {
        UUID matchId = UUID.randomUUID();
        Map<String, Object> data = new HashMap<>();
        data.put("matchId", matchId.toString());
        data.put("statushouderId", statushouder.toString());
        data.put("plaatsId", UUID.randomUUID().toString());
        data.put("werkgeverId", UUID.randomUUID().toString());
        data.put("werkgeverNaam", "Bakkerij De Korenschoof");
        data.put("soort", "VRIJWILLIGERSWERK");
        data.put("urenPerWeek", 4);
        data.put("startdatum", vandaag().plusDays(14).toString());
        data.put("leerdoelen", List.of(Map.of("soort", "VAKKENNIS", "omschrijving", "Brood bakken")));
        publish("werkgevers.events.v1", statushouder.toString(),
                event("werkgevers", "match-accepted").subject(matchId).gemeente(Tokens.UTRECHT).data(data).json());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from traject where match_id = ?", matchId) == 1);
        return InkomendeEvents.trajectIdVoorMatch(matchId).toString();
    }

    private static long count(String sql, Object... params) {
        return TestPostgres.get().count("trajecten", sql, params);
    }
}
