package nl.statushouders.monitoring.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What may be shown of the counted figures (the counting itself: KpiQueriesTest, against PostgreSQL). */
class KpisTest {

    @Test
    void cohorts_are_registration_quarters() {
        assertThat(Kpis.cohortVan(LocalDate.of(2026, 7, 14))).isEqualTo("2026-Q3");
        assertThat(Kpis.cohortVan(LocalDate.of(2026, 1, 1))).isEqualTo("2026-Q1");
    }

    @Test
    void a_group_smaller_than_five_shows_only_its_size() {
        Kpis.Cohort klein = Kpis.toonbaar(telling(4, 4, new Kpis.Aandeel(4, 4)));
        assertThat(klein.aantal()).isEqualTo(4);
        assertThat(klein.perFase()).isEmpty();
        assertThat(klein.mediaanDagen()).isEmpty();
        assertThat(klein.aandeelWerkgesprekBinnenTermijn()).isNull();
        assertThat(klein.trajectenPerSoort()).isEmpty();
        assertThat(klein.aandeelWerkOfOpleiding()).isEmpty();
    }

    @Test
    void every_cell_of_a_breakdown_with_fewer_than_five_people_is_hidden_and_never_one_alone() {
        Map<Fase, Long> fasen = new EnumMap<>(Fase.class);
        fasen.put(Fase.AANGEMELD, 0L);
        fasen.put(Fase.STARTGESPREK, 2L);
        fasen.put(Fase.WERKGESPREK, 6L);
        fasen.put(Fase.IN_TRAJECT, 9L);
        Map<Fase, Long> getoond = Kpis.onderdrukt(fasen);
        // 2 is hidden; so is 6, the smallest other, or 2 would be 17 minus the rest.
        assertThat(getoond).containsEntry(Fase.AANGEMELD, 0L).containsEntry(Fase.STARTGESPREK, null)
                .containsEntry(Fase.WERKGESPREK, null).containsEntry(Fase.IN_TRAJECT, 9L);
        assertThat(Kpis.onderdrukt(Map.of("TAALSTAGE", 1L, "OPLEIDING", 3L, "BETAALD_WERK", 7L)))
                .containsEntry("TAALSTAGE", null).containsEntry("OPLEIDING", null).containsEntry("BETAALD_WERK", 7L);
        assertThat(Kpis.onderdrukt(Map.of("TAALSTAGE", 5L, "OPLEIDING", 12L))).containsEntry("TAALSTAGE", 5L);
    }

    @Test
    void a_median_or_share_over_fewer_than_five_people_is_left_out() {
        Kpis.Cohort cohort = Kpis.toonbaar(telling(10, 4, new Kpis.Aandeel(2, 4)));
        assertThat(cohort.mediaanDagen()).containsOnlyKeys("aanmeldingTotStartgesprek");
        assertThat(cohort.aandeelWerkgesprekBinnenTermijn()).isNull();
        assertThat(cohort.aandeelWerkOfOpleiding()).containsOnlyKeys("6Maanden");
    }

    @Test
    void shares_are_rounded_to_three_decimals() {
        Kpis.Cohort cohort = Kpis.toonbaar(telling(6, 6, new Kpis.Aandeel(4, 6)));
        assertThat(cohort.aandeelWerkgesprekBinnenTermijn()).isEqualTo(0.667);
        assertThat(cohort.aandeelWerkOfOpleiding()).containsEntry("6Maanden", 0.333);
    }

    @Test
    void outflow_counts_work_enterprise_and_education_once_started() {
        LocalDate start = LocalDate.of(2026, 5, 1);
        assertThat(Kpis.werkOfOpleiding(traject("BETAALD_WERK", Traject.Status.ACTIEF, start))).isTrue();
        assertThat(Kpis.werkOfOpleiding(traject("ONDERNEMERSCHAP", Traject.Status.BEEINDIGD, start))).isTrue();
        assertThat(Kpis.werkOfOpleiding(traject("PRE_BACHELOR", Traject.Status.ACTIEF, start))).isTrue();
        assertThat(Kpis.werkOfOpleiding(traject("BETAALD_WERK", Traject.Status.GEPLAND, start))).isFalse();
        assertThat(Kpis.werkOfOpleiding(traject("TAALSTAGE", Traject.Status.ACTIEF, start))).isFalse();
        assertThat(Kpis.werkOfOpleiding(traject("OPLEIDING", Traject.Status.ACTIEF, null))).isFalse();
    }

    private static Kpis.Telling telling(long aantal, long mediaanOver, Kpis.Aandeel termijn) {
        Map<Fase, Long> perFase = new EnumMap<>(Fase.class);
        perFase.put(Fase.AANGEMELD, aantal);
        return new Kpis.Telling("0344", "2026-Q1", aantal, perFase,
                Map.of("aanmeldingTotStartgesprek", new Kpis.Mediaan(12, 5), "startgesprekTotWerkgesprek",
                        new Kpis.Mediaan(30, mediaanOver)),
                termijn, Map.of("TAALSTAGE", 3L), Map.of(6, new Kpis.Aandeel(2, 6), 12, new Kpis.Aandeel(1, 3)));
    }

    private static Traject traject(String soort, Traject.Status status, LocalDate start) {
        return new Traject("t", soort, null, status, start, null, null, null, null, null, null);
    }
}
