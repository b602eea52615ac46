package nl.statushouders.monitoring.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.domain.Fase;
import nl.statushouders.monitoring.domain.Kpis;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The KPI figures as PostgreSQL counts them over stored projections, for a fixed day. */
@QuarkusTest
class KpiQueriesTest {

    static final LocalDate VANDAAG = LocalDate.of(2027, 12, 1);
    // Gemeenten of their own: other tests' projections do not count here.
    static final String GROOT = "0502";
    static final String KLEIN = "0501";

    @Inject
    KpiQueries kpis;
    @Inject
    VoortgangService voortgang;

    static boolean opgeslagen;

    @BeforeAll
    static void leeg() {
        nl.statushouders.testsupport.TestPostgres.get().execute("monitoring",
                "delete from voortgang where gemeente in ('" + GROOT + "', '" + KLEIN + "')");
    }

    void opslaan() throws Throwable {
        if (opgeslagen) {
            return;
        }
        // Six people registered in 2026-Q1 in one gemeente; werkgesprek after 3, 5, 7, 9 and 12 weeks, one without.
        int[] weken = {3, 5, 7, 9, 12};
        for (int w : weken) {
            bewaar(persoon(GROOT, LocalDate.of(2026, 2, 2), w, w == 3 ? "BETAALD_WERK" : w == 5 ? "OPLEIDING" : "TAALSTAGE"));
        }
        bewaar(persoon(GROOT, LocalDate.of(2026, 2, 2), -1, null));
        // Two in another: too few for anything but their number.
        bewaar(persoon(KLEIN, LocalDate.of(2026, 2, 10), 4, null));
        bewaar(persoon(KLEIN, LocalDate.of(2026, 2, 10), 4, null));
        opgeslagen = true;
    }

    @Test
    void figures_per_cohort_and_gemeente() throws Throwable {
        opslaan();
        List<Kpis.Cohort> cohorten = kpis(Optional.of("2026-Q1"));
        assertThat(cohorten).extracting(Kpis.Cohort::gemeente).containsExactly(KLEIN, GROOT);

        Kpis.Cohort klein = cohorten.get(0);
        assertThat(klein.aantal()).isEqualTo(2);
        assertThat(klein.mediaanDagen()).isEmpty();
        assertThat(klein.aandeelWerkgesprekBinnenTermijn()).isNull();

        Kpis.Cohort groot = cohorten.get(1);
        assertThat(groot.aantal()).isEqualTo(6);
        // 1 uitgestroomd, 4 in traject, 1 aangemeld: each fewer than five, so hidden (KpisTest has the rule).
        assertThat(groot.perFase()).containsEntry(Fase.UITGESTROOMD, null).containsEntry(Fase.IN_TRAJECT, null)
                .containsEntry(Fase.AANGEMELD, null).containsEntry(Fase.STARTGESPREK, 0L);
        // 4 of 6 had their werkgesprek within 10 weeks.
        assertThat(groot.aandeelWerkgesprekBinnenTermijn()).isEqualTo(0.667);
        // 3 taalstages, 1 betaald werk, 1 opleiding: all hidden.
        assertThat(groot.trajectenPerSoort()).containsEntry("TAALSTAGE", null).containsEntry("BETAALD_WERK", null)
                .containsEntry("OPLEIDING", null);
        // Paid work or education within 6 months: the two who started them 1 month after the werkgesprek.
        assertThat(groot.aandeelWerkOfOpleiding()).containsEntry("6Maanden", 0.333).containsEntry("12Maanden", 0.333);
        // No startgesprek recorded, and only four reached IN_TRAJECT (paid work is outflow): no median over fewer than five.
        assertThat(groot.mediaanDagen()).isEmpty();
        assertThat(kpis(Optional.of("2025-Q4"))).isEmpty();
    }

    @Test
    void no_person_level_data_in_the_figures() throws Throwable {
        opslaan();
        assertThat(kpis(Optional.empty()).toString()).doesNotContain("Naam");
    }

    private List<Kpis.Cohort> kpis(Optional<String> cohort) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> kpis.kpis(Set.of(GROOT, KLEIN), cohort, VANDAAG));
    }

    private void bewaar(List<CloudEvent> events) throws Throwable {
        UUID id = UUID.fromString(events.get(0).data().get("statushouderId").asText());
        VoortgangRecord record = new VoortgangRecord();
        voortgang.write(record, VoortgangProjector.fold(id, events.get(0).gemeente(), events));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(record::persist));
    }

    private static List<CloudEvent> persoon(String gemeente, LocalDate aangemeld, int werkgesprekNaWeken, String traject) {
        UUID id = UUID.randomUUID();
        List<CloudEvent> events = new ArrayList<>();
        events.add(parse(cloudEvent("statushouder-registered", id, 1, at(aangemeld), gemeente, Map.of("voornaam", "Naam"))));
        if (werkgesprekNaWeken >= 0) {
            LocalDate wg = aangemeld.plusWeeks(werkgesprekNaWeken);
            events.add(parse(cloudEvent("werkgesprek-held", id, 2, at(wg), gemeente, Map.of("datum", wg.toString()))));
            if (traject != null) {
                LocalDate start = wg.plusMonths(1);
                events.add(parse(cloudEvent(traject.toLowerCase().replace('_', '-') + "-started", id, 3, at(start), gemeente,
                        Map.of("startdatum", start.toString()))));
            }
        }
        return events;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }
}
