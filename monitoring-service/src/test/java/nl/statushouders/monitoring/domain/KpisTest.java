package nl.statushouders.monitoring.domain;

import nl.statushouders.platform.consumer.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

class KpisTest {

    static final LocalDate VANDAAG = LocalDate.of(2027, 12, 1);

    @Test
    void cohorts_are_registration_quarters() {
        assertThat(Kpis.cohortVan(LocalDate.of(2026, 7, 14))).isEqualTo("2026-Q3");
        assertThat(Kpis.cohortVan(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
    }

    @Test
    void figures_per_cohort_and_gemeente() {
        List<Voortgang> alle = new ArrayList<>();
        // Six people registered in 2026-Q1 in Utrecht; werkgesprek after 3, 5, 7, 9 and 12 weeks, one without.
        int[] weken = {3, 5, 7, 9, 12};
        for (int w : weken) {
            alle.add(persoon("0344", LocalDate.of(2026, 2, 2), w, w == 3 ? "BETAALD_WERK" : w == 5 ? "OPLEIDING" : "TAALSTAGE"));
        }
        alle.add(persoon("0344", LocalDate.of(2026, 2, 2), -1, null));
        // Two in Amersfoort: too few for anything but their number.
        alle.add(persoon("0307", LocalDate.of(2026, 2, 10), 4, null));
        alle.add(persoon("0307", LocalDate.of(2026, 2, 10), 4, null));

        List<Kpis.Cohort> kpis = Kpis.bereken(alle, Optional.of("2026-Q1"), VANDAAG, Drempels.STANDAARD);
        assertThat(kpis).extracting(Kpis.Cohort::gemeente).containsExactly("0307", "0344");

        Kpis.Cohort amersfoort = kpis.get(0);
        assertThat(amersfoort.aantal()).isEqualTo(2);
        assertThat(amersfoort.mediaanDagen()).isEmpty();
        assertThat(amersfoort.aandeelWerkgesprekBinnenTermijn()).isNull();

        Kpis.Cohort utrecht = kpis.get(1);
        assertThat(utrecht.aantal()).isEqualTo(6);
        assertThat(utrecht.perFase()).containsEntry(Fase.UITGESTROOMD, 1L).containsEntry(Fase.IN_TRAJECT, 4L)
                .containsEntry(Fase.AANGEMELD, 1L);
        // 4 of 6 had their werkgesprek within 10 weeks.
        assertThat(utrecht.aandeelWerkgesprekBinnenTermijn()).isEqualTo(0.667);
        assertThat(utrecht.trajectenPerSoort()).containsEntry("TAALSTAGE", 3L).containsEntry("BETAALD_WERK", 1L);
        // Paid work or education within 6 months: the two who started them 1 month after the werkgesprek.
        assertThat(utrecht.aandeelWerkOfOpleiding()).containsEntry("6Maanden", 0.333);
        assertThat(Kpis.bereken(alle, Optional.of("2025-Q4"), VANDAAG, Drempels.STANDAARD)).isEmpty();
    }

    @Test
    void no_person_level_data_in_the_figures() {
        List<Voortgang> alle = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            alle.add(persoon("0344", LocalDate.of(2026, 2, 2), 4, null));
        }
        Kpis.Cohort cohort = Kpis.bereken(alle, Optional.empty(), VANDAAG, Drempels.STANDAARD).get(0);
        assertThat(cohort.toString()).doesNotContain(alle.get(0).statushouderId().toString()).doesNotContain("Naam");
    }

    private static Voortgang persoon(String gemeente, LocalDate aangemeld, int werkgesprekNaWeken, String traject) {
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
        return VoortgangProjector.fold(id, gemeente, events);
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    @Test
    void projections_stored_by_an_older_version_without_the_newer_fields_still_count() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
        List<Voortgang> alle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alle.add(json.readValue("{\"statushouderId\":\"" + UUID.randomUUID() + "\",\"gemeente\":\"0344\","
                    + "\"fase\":\"AANGEMELD\",\"mijlpalen\":{\"AANGEMELD\":\"2026-02-01\"},\"tijdlijn\":[]}", Voortgang.class));
        }
        assertThat(alle.get(0).trajecten()).isEmpty();
        Kpis.Cohort cohort = Kpis.bereken(alle, Optional.empty(), VANDAAG, Drempels.STANDAARD).get(0);
        assertThat(cohort.aantal()).isEqualTo(5);
        assertThat(cohort.trajectenPerSoort()).isEmpty();
    }
}
