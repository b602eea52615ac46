package nl.statushouders.werkgevers.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KandidaatRankingTest {

    static final Plaats KOK = new Plaats(UUID.randomUUID(), PlaatsSoort.WERKERVARINGSPLEK, "Hulpkok", "Kok", 24,
            Taalniveau.A2, 2, 0, true, List.of());

    @Test
    void experience_in_the_profession_and_enough_language_rank_first_with_reasons() {
        UUID kok = UUID.randomUUID();
        UUID leraar = UUID.randomUUID();
        UUID onbekend = UUID.randomUUID();
        List<Kandidaat> ranked = KandidaatRanking.rangschik(KOK, List.of(
                new StatushouderProfiel(leraar, Taalniveau.B1, List.of(new Werkervaring("Leraar", 8, "Syrie")), "HBO"),
                new StatushouderProfiel(onbekend, null, List.of(), null),
                new StatushouderProfiel(kok, Taalniveau.A2, List.of(new Werkervaring("kok", 12, "Eritrea")), "GEEN")), Set.of());
        assertThat(ranked).extracting(Kandidaat::statushouderId).containsExactly(kok, leraar, onbekend);
        assertThat(ranked.get(0).score()).isEqualTo(40 + 30 + 5 * 2 + 10);
        assertThat(ranked.get(0).redenen()).contains("spreekt A2, minimaal A2 gevraagd", "werkervaring als kok (12 jaar)");
        assertThat(ranked.get(2).redenen()).contains("gesproken taalniveau onbekend");
    }

    @Test
    void statushouders_with_an_open_or_accepted_match_are_left_out_and_low_language_costs_points() {
        UUID gematcht = UUID.randomUUID();
        UUID laag = UUID.randomUUID();
        List<Kandidaat> ranked = KandidaatRanking.rangschik(KOK, List.of(
                new StatushouderProfiel(gematcht, Taalniveau.B2, List.of(), null),
                new StatushouderProfiel(laag, Taalniveau.A0, List.of(), null)), Set.of(gematcht));
        assertThat(ranked).singleElement().satisfies(k -> {
            assertThat(k.statushouderId()).isEqualTo(laag);
            assertThat(k.score()).isEqualTo(-2 * 15 + 10);
            assertThat(k.redenen()).contains("spreekt A0, onder het gevraagde A2");
        });
    }

    @Test
    void a_taalstage_favours_statushouders_below_b1_and_matches_on_function_without_profession() {
        Plaats taalstage = new Plaats(UUID.randomUUID(), PlaatsSoort.TAALSTAGE, "Medewerker kapsalon", null, 32,
                Taalniveau.A1, 1, 0, true, List.of());
        UUID kapper = UUID.randomUUID();
        Kandidaat k = KandidaatRanking.rangschik(taalstage, List.of(new StatushouderProfiel(kapper, Taalniveau.A1,
                List.of(new Werkervaring("Kapsalon", 3, "Irak")), null)), Set.of()).get(0);
        assertThat(k.score()).isEqualTo(40 + 15 + 30 + 3 * 2);
        assertThat(k.redenen()).contains("taalstage past bij taalniveau onder B1");
    }
}
