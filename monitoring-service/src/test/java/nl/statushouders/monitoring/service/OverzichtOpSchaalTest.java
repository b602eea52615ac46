package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.testsupport.TestPostgres;
import nl.statushouders.testsupport.Tokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Caseload, KPIs and the meeting agenda of a gemeente with 100 000 files answer from the database
 * a page at a time. 200 varied files are built by the projection in one gemeente and copied 500
 * times into another: every count there is 500 times the count over the originals, every median and
 * share the same. Timings are logged for docs/benchmarks.md, never asserted.
 */
@QuarkusTest
class OverzichtOpSchaalTest {

    private static final Logger LOG = Logger.getLogger(OverzichtOpSchaalTest.class);
    static final String ORIGINEEL = "0364";
    static final String GROOT = "0363";
    static final int ORIGINELEN = 200;
    static final int KOPIEEN = 500;
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Inject
    VoortgangService voortgang;

    @AfterAll
    static void opruimen() {
        TestPostgres.get().execute("monitoring", "delete from voortgang where gemeente in ('" + ORIGINEEL + "', '" + GROOT + "')");
    }

    @Test
    @SuppressWarnings("unchecked")
    void caseload_kpis_and_agenda_of_100000_files_page_by_page() throws Throwable {
        opruimen();
        LocalDate vandaag = LocalDate.now(NL);
        for (int i = 0; i < ORIGINELEN; i++) {
            bewaar(persoon(i, vandaag));
        }
        long start = System.nanoTime();
        TestPostgres.get().execute("monitoring", """
                create temporary table kopie as
                    select gen_random_uuid() as id, t.statushouder_id as bron
                    from voortgang t, generate_series(1, %d) n where t.gemeente = '%s';
                insert into voortgang (statushouder_id, gemeente, fase, werkmatcher, document, bijgewerkt_op)
                select k.id, '%s', t.fase, t.werkmatcher,
                       replace(replace(t.document, t.statushouder_id::text, k.id::text), '"gemeente":"%s"', '"gemeente":"%s"'),
                       now()
                from kopie k join voortgang t on t.statushouder_id = k.bron;
                insert into voortgang_lijst (statushouder_id, gemeente, fase, werkmatcher, sorteernaam, fase_sinds,
                    laatst_gewijzigd, signaal_soort, signaal_sinds, signaal_vanaf, signaal_tot, stand_aantal, stand_eerste, stand_soorten, stand_van, stand_tot, aangemeld_op, cohort, startgesprek_op, werkgesprek_op, in_traject_op,
                    uitstroom_grenzen, werk_of_opleiding_op, trajectsoorten)
                select k.id, '%s', l.fase, l.werkmatcher, l.sorteernaam, l.fase_sinds, l.laatst_gewijzigd, l.signaal_soort, l.signaal_sinds, l.signaal_vanaf, l.signaal_tot, l.stand_aantal, l.stand_eerste, l.stand_soorten, l.stand_van, l.stand_tot,
                       l.aangemeld_op, l.cohort, l.startgesprek_op, l.werkgesprek_op, l.in_traject_op,
                       l.uitstroom_grenzen, l.werk_of_opleiding_op, l.trajectsoorten
                from kopie k join voortgang_lijst l on l.statushouder_id = k.bron;
                drop table kopie;
                analyze voortgang_lijst;
                analyze voortgang;
                """.formatted(KOPIEEN, ORIGINEEL, GROOT, ORIGINEEL, GROOT, GROOT));
        TestPostgres.get().execute("monitoring", "vacuum analyze voortgang_lijst");
        LOG.infof("BENCHMARK scale: %d files copied in %d ms", ORIGINELEN * KOPIEEN, (System.nanoTime() - start) / 1_000_000);

        String groot = Tokens.token().roles("werkmatcher", "teamleider", "beleidsmedewerker").gemeenten(GROOT).build();
        String origineel = Tokens.token().roles("werkmatcher", "teamleider", "beleidsmedewerker").gemeenten(ORIGINEEL).build();
        String sinds = vandaag.minusWeeks(3).toString();

        // Caseload: the whole gemeente, most urgent first, and its last page.
        JsonPath eerste = timed("caseload, page 1 of 100 000", () -> get(groot, "/api/monitoring/v1/caseload")).jsonPath();
        assertThat(eerste.getLong("totaal")).isEqualTo((long) ORIGINELEN * KOPIEEN);
        List<Integer> aantallen = eerste.getList("regels.collect { it.signalen.size() }", Integer.class);
        assertThat(aantallen).hasSize(20).isSortedAccordingTo((a, b) -> b - a);
        assertThat(aantallen.get(0)).as("the most urgent file first").isEqualTo(maxSignalen(origineel));
        JsonPath laatste = timed("caseload, page 5 000", () -> get(groot, "/api/monitoring/v1/caseload?pagina=5000")).jsonPath();
        assertThat(laatste.getList("regels")).hasSize(20);
        assertThat(get(groot, "/api/monitoring/v1/caseload?pagina=5001").jsonPath().getLong("totaal")).isEqualTo(100_000L);

        // Filtered: 500 times what the originals give.
        for (String filter : new String[]{"signaal=GEEN_WERKGESPREK_BINNEN_TERMIJN", "signaal=JONGERE_ZONDER_OPLEIDING",
                "fase=IN_TRAJECT", "werkmatcher=wm3"}) {
            long totaal = timed("caseload, " + filter, () -> get(groot, "/api/monitoring/v1/caseload?" + filter))
                    .jsonPath().getLong("totaal");
            assertThat(totaal).as(filter).isEqualTo(KOPIEEN * get(origineel, "/api/monitoring/v1/caseload?" + filter)
                    .jsonPath().getLong("totaal")).isPositive();
        }

        // KPIs: counts 500 times, medians and shares the same.
        List<Map<String, Object>> kpis = timed("kpis, all cohorts", () -> get(groot, "/api/monitoring/v1/kpis")).jsonPath().getList("");
        List<Map<String, Object>> kpisOrigineel = get(origineel, "/api/monitoring/v1/kpis").jsonPath().getList("");
        assertThat(kpis).hasSameSizeAs(kpisOrigineel).hasSizeGreaterThan(4);
        for (int i = 0; i < kpis.size(); i++) {
            Map<String, Object> k = kpis.get(i);
            Map<String, Object> o = kpisOrigineel.get(i);
            assertThat(k.get("cohort")).isEqualTo(o.get("cohort"));
            assertThat(((Number) k.get("aantal")).longValue()).isEqualTo(KOPIEEN * ((Number) o.get("aantal")).longValue());
            // What the originals show, the copies show alike; over 500 times as many people they may show more.
            assertThat((Map<String, Object>) k.get("mediaanDagen")).containsAllEntriesOf((Map<String, Object>) o.get("mediaanDagen"));
            assertThat((Map<String, Object>) k.get("aandeelWerkOfOpleiding"))
                    .containsAllEntriesOf((Map<String, Object>) o.get("aandeelWerkOfOpleiding"));
            if (o.get("aandeelWerkgesprekBinnenTermijn") != null) {
                assertThat(k.get("aandeelWerkgesprekBinnenTermijn")).isEqualTo(o.get("aandeelWerkgesprekBinnenTermijn"));
            }
        }

        // The agenda: a page at a time, the total in a header.
        Response agenda = timed("agenda, page 1", () -> given().auth().oauth2(Tokens.token().roles("vluchtelingenwerk")
                .gemeenten(GROOT).build()).get("/api/monitoring/v1/overleg?sinds=" + sinds).then().statusCode(200).extract().response());
        long agendaOrigineel = Long.parseLong(given().auth().oauth2(Tokens.token().roles("vluchtelingenwerk").gemeenten(ORIGINEEL)
                .build()).get("/api/monitoring/v1/overleg?sinds=" + sinds).then().statusCode(200).extract().header("X-Total-Count"));
        assertThat(Long.parseLong(agenda.header("X-Total-Count"))).isEqualTo(KOPIEEN * agendaOrigineel).isPositive();
        assertThat(agenda.jsonPath().getList("")).hasSize(50);
        assertThat(agenda.header("Link")).contains("pagina=2").contains("rel=\"next\"");
    }

    private static int maxSignalen(String token) {
        return get(token, "/api/monitoring/v1/caseload?paginaGrootte=1").jsonPath().getInt("regels[0].signalen.size()");
    }

    private static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().response();
    }

    /** Median of five runs after one warm-up, logged. */
    private static <T> T timed(String wat, Supplier<T> request) {
        T result = request.get();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = request.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        LOG.infof("BENCHMARK scale: %s: median %d ms, max %d ms (100 000 files)", wat, millis.get(2), millis.get(4));
        return result;
    }

    void bewaar(List<CloudEvent> events) throws Throwable {
        UUID id = UUID.fromString(events.get(0).data().get("statushouderId").asText());
        VoortgangRecord record = new VoortgangRecord();
        voortgang.write(record, VoortgangProjector.fold(id, ORIGINEEL, events));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(record::persist));
    }

    /** Varied files: registered over the last two years, some without werkgesprek, young and older, in trajectories. */
    static List<CloudEvent> persoon(int i, LocalDate vandaag) {
        UUID id = UUID.randomUUID();
        LocalDate aangemeld = vandaag.minusDays(3 + (i * 37L) % 720);
        List<CloudEvent> events = new ArrayList<>();
        events.add(event("statushouder-registered", id, 1, aangemeld, Map.of("voornaam", "V" + i, "achternaam", "A" + (i % 50),
                "geboortedatum", (i % 3 == 0 ? "2001" : "1985") + "-05-0" + (1 + i % 9))));
        events.add(event("werkmatcher-assigned", id, 2, aangemeld, Map.of("werkmatcher", "wm" + i % 10)));
        if (i % 4 == 0) {
            return events;
        }
        LocalDate wg = aangemeld.plusWeeks(2 + i % 14);
        if (wg.isAfter(vandaag)) {
            return events;
        }
        events.add(event("startgesprek-held", id, 3, aangemeld.plusDays(5), Map.of("datum", aangemeld.plusDays(5).toString(),
                "assessmentBesluit", "NOA")));
        events.add(event("werkgesprek-held", id, 4, wg, Map.of("datum", wg.toString())));
        events.add(event("plan-van-aanpak-agreed", id, 5, wg, Map.of("versie", 1, "evaluatiedatum", wg.plusMonths(3).toString())));
        LocalDate start = wg.plusDays(10 + i % 40);
        if (i % 3 != 1 && !start.isAfter(vandaag)) {
            String soort = new String[]{"taalstage", "betaald-werk", "opleiding", "vrijwilligerswerk"}[i % 4];
            events.add(event(soort + "-started", id, 6, start, Map.of("startdatum", start.toString())));
        }
        return events;
    }

    private static CloudEvent event(String name, UUID id, long sequence, LocalDate day, Map<String, Object> data) {
        Instant at = day.atTime(10, 0).atZone(NL).toInstant();
        return parse(cloudEvent(name, id, sequence, at, ORIGINEEL, data));
    }
}
