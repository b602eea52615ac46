package nl.statushouders.werkgevers.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.Accountbeheerder;
import nl.statushouders.werkgevers.domain.Leerdoel;
import nl.statushouders.werkgevers.domain.LeerdoelSoort;
import nl.statushouders.werkgevers.domain.Match;
import nl.statushouders.werkgevers.domain.MatchStatus;
import nl.statushouders.werkgevers.domain.Plaats;
import nl.statushouders.werkgevers.domain.PlaatsSoort;
import nl.statushouders.werkgevers.domain.Taalniveau;
import nl.statushouders.werkgevers.domain.Werkgever;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each named rule on its own: given a situation, when checked, then allowed or the violation. */
class WerkgeverPoliciesTest {

    @Test
    void every_policy_is_listed_once() {
        assertThat(WerkgeverPolicies.ALL).doesNotHaveDuplicates().hasSize(11);
    }

    @Nested
    class EigenWerkgeverTest {
        @Test
        void own_role_and_organisation_may_manage() {
            assertThat(EigenWerkgever.magBeheren(Set.of("werkgeversservicepunt"), "wsp",
                    Accountbeheerder.WERKGEVERSSERVICEPUNT, "wsp")).isTrue();
        }

        @Test
        void other_organisation_same_role_may_not() {
            assertThat(EigenWerkgever.magBeheren(Set.of("werkgeversservicepunt"), "wsp-amersfoort",
                    Accountbeheerder.WERKGEVERSSERVICEPUNT, "wsp")).isFalse();
        }

        @Test
        void other_role_same_organisation_name_may_not() {
            assertThat(EigenWerkgever.magBeheren(Set.of("social-impact-factory"), "wsp",
                    Accountbeheerder.WERKGEVERSSERVICEPUNT, "wsp")).isFalse();
            assertThat(EigenWerkgever.magBeheren(Set.of("werkmatcher"), null,
                    Accountbeheerder.WERKGEVERSSERVICEPUNT, "wsp")).isFalse();
        }

        @Test
        void registering_for_the_other_account_manager_is_a_violation_on_accountbeheerder() {
            assertThat(EigenWerkgever.checkRegistratie(Accountbeheerder.SOCIAL_IMPACT_FACTORY, Set.of("werkgeversservicepunt")))
                    .extracting(Violation::field).containsExactly("accountbeheerder");
            assertThat(EigenWerkgever.checkRegistratie(Accountbeheerder.SOCIAL_IMPACT_FACTORY, Set.of("social-impact-factory")))
                    .isEmpty();
        }
    }

    @Test
    void plaats_omvang_boundaries() {
        assertThat(PlaatsOmvang.check(1, 1)).isEmpty();
        assertThat(PlaatsOmvang.check(1, 40)).isEmpty();
        assertThat(PlaatsOmvang.check(1, 0)).extracting(Violation::field).containsExactly("urenPerWeek");
        assertThat(PlaatsOmvang.check(1, 41)).extracting(Violation::field).containsExactly("urenPerWeek");
        assertThat(PlaatsOmvang.check(0, 20)).extracting(Violation::field).containsExactly("aantal");
    }

    @Test
    void taalstage_needs_a_taal_goal_other_places_do_not() {
        List<Leerdoel> vak = List.of(new Leerdoel(LeerdoelSoort.VAKKENNIS, "Kassa"));
        assertThat(TaalLeerdoelBijTaalstage.check(PlaatsSoort.TAALSTAGE, vak)).extracting(Violation::field)
                .containsExactly("leerdoelen");
        assertThat(TaalLeerdoelBijTaalstage.check(PlaatsSoort.TAALSTAGE, List.of(new Leerdoel(LeerdoelSoort.TAAL, "Praten"))))
                .isEmpty();
        assertThat(TaalLeerdoelBijTaalstage.check(PlaatsSoort.BETAALDE_BAAN, List.of())).isEmpty();
    }

    @Test
    void plaats_beschikbaar_open_with_positions_left() {
        assertThat(PlaatsBeschikbaar.check(plaats(2, 1, true), "plaatsId")).isEmpty();
        assertThat(PlaatsBeschikbaar.check(plaats(2, 2, true), "plaatsId")).extracting(Violation::reason)
                .containsExactly("alle plekken van deze plaats zijn bezet");
        assertThat(PlaatsBeschikbaar.check(plaats(2, 0, false), "plaatsId")).extracting(Violation::reason)
                .containsExactly("de plaats is gesloten");
    }

    @Test
    void een_open_match_per_plaats_counts_proposed_and_accepted_not_rejected() {
        UUID s = UUID.randomUUID();
        Plaats p = plaats(3, 0, true);
        for (MatchStatus status : MatchStatus.values()) {
            Match m = new Match(UUID.randomUUID(), s, p.id(), status, null);
            Werkgever w = new Werkgever(UUID.randomUUID(), "0344", "X", Accountbeheerder.WERKGEVERSSERVICEPUNT, "wsp",
                    Map.of(p.id(), p), Map.of(m.id(), m), null);
            assertThat(EenOpenMatchPerPlaats.check(w, s, p.id())).hasSize(status == MatchStatus.AFGEWEZEN ? 0 : 1);
            assertThat(EenOpenMatchPerPlaats.check(w, UUID.randomUUID(), p.id())).isEmpty();
        }
    }

    @Test
    void only_a_proposed_match_is_decided() {
        AlleenVoorgesteldeMatch.check(new Match(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), MatchStatus.VOORGESTELD, null));
        assertThatThrownBy(() -> AlleenVoorgesteldeMatch.check(new Match(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), MatchStatus.GEACCEPTEERD, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void taalvoucher_voorwaarden_paid_job_and_spoken_below_b1() {
        assertThat(TaalvoucherVoorwaarden.check(true, Taalniveau.A2)).isEmpty();
        assertThat(TaalvoucherVoorwaarden.check(true, Taalniveau.B1)).extracting(Violation::reason)
                .containsExactly("spreekt Nederlands op B1 of hoger");
        assertThat(TaalvoucherVoorwaarden.check(true, null)).hasSize(1);
        assertThat(TaalvoucherVoorwaarden.check(false, Taalniveau.A0)).extracting(Violation::reason)
                .containsExactly("heeft geen betaalde baan bij deze werkgever");
        // Without a paid job here, the person's level is not revealed, whatever it is.
        for (Taalniveau niveau : new Taalniveau[]{Taalniveau.A0, Taalniveau.B1, Taalniveau.C2, null}) {
            assertThat(TaalvoucherVoorwaarden.check(false, niveau)).extracting(Violation::reason)
                    .containsExactly("heeft geen betaalde baan bij deze werkgever");
        }
    }

    @Test
    void taalvoucher_jaarbudget_boundary() {
        assertThat(TaalvoucherJaarbudget.check(0, 300_000, 300_000)).isEmpty();
        assertThat(TaalvoucherJaarbudget.check(1, 300_000, 300_000)).extracting(Violation::field).containsExactly("bedrag");
    }

    @Test
    void bijeenkomst_today_or_later() {
        LocalDate vandaag = LocalDate.of(2026, 11, 29);
        assertThat(BijeenkomstNietInVerleden.check(vandaag, vandaag)).isEmpty();
        assertThat(BijeenkomstNietInVerleden.check(vandaag.minusDays(1), vandaag)).extracting(Violation::field)
                .containsExactly("datum");
    }

    private static Plaats plaats(int aantal, int bezet, boolean open) {
        return new Plaats(UUID.randomUUID(), PlaatsSoort.WERKERVARINGSPLEK, "Magazijn", null, 20, Taalniveau.A1, aantal,
                bezet, open, List.of());
    }
}
