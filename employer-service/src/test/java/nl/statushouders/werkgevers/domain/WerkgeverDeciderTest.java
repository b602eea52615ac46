package nl.statushouders.werkgevers.domain;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.event.BijeenkomstScheduled;
import nl.statushouders.werkgevers.domain.event.MatchAccepted;
import nl.statushouders.werkgevers.domain.event.MatchProposed;
import nl.statushouders.werkgevers.domain.event.MatchRejected;
import nl.statushouders.werkgevers.domain.event.PlaatsClosed;
import nl.statushouders.werkgevers.domain.event.PlaatsOffered;
import nl.statushouders.werkgevers.domain.event.TaalvoucherGranted;
import nl.statushouders.werkgevers.domain.event.WerkgeverRegistered;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given past events, when a command, then new events or a refusal. No I/O. */
class WerkgeverDeciderTest {

    static final UUID WERKGEVER = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    static final UUID PLAATS = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID MATCH = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID AMIRA = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    static final UUID KHALID = UUID.fromString("00000000-0000-4000-8000-0000000000d2");
    static final LocalDate START = LocalDate.of(2026, 12, 14);

    final WerkgeverDecider decider = new WerkgeverDecider();

    @Test
    void given_nothing_when_a_wsp_manager_registers_a_wsp_employer_then_registered_with_its_organisation() {
        List<WerkgeversEvent> events = when(List.of(), registreer(Accountbeheerder.WERKGEVERSSERVICEPUNT, "werkgeversservicepunt"));
        assertThat(events).singleElement().isInstanceOfSatisfying(WerkgeverRegistered.class, e -> {
            assertThat(e.werkgeverId()).isEqualTo(WERKGEVER);
            assertThat(e.accountbeheerderOrganisatie()).isEqualTo("wsp-utrecht");
        });
    }

    @Test
    void given_nothing_when_a_sif_manager_registers_a_wsp_employer_then_eigen_werkgever_refuses() {
        assertThatThrownBy(() -> when(List.of(), registreer(Accountbeheerder.WERKGEVERSSERVICEPUNT, "social-impact-factory")))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy, Violation::field).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("eigen-werkgever", "accountbeheerder")));
    }

    @Test
    void given_registered_when_registered_again_then_conflict() {
        assertThatThrownBy(() -> when(List.of(registered()), registreer(Accountbeheerder.WERKGEVERSSERVICEPUNT,
                "werkgeversservicepunt"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void given_an_employer_when_a_taalstage_without_language_goal_is_offered_then_refused() {
        assertThatThrownBy(() -> when(List.of(registered()), new WerkgeverCommand.BiedPlaatsAan(PLAATS, PlaatsSoort.TAALSTAGE,
                "Gastheer", null, 16, Taalniveau.A1, 1, List.of(new Leerdoel(LeerdoelSoort.VAKKENNIS, "Koffie zetten")))))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("taalleerdoel-bij-taalstage"));
    }

    @Test
    void given_an_employer_when_a_place_of_zero_positions_and_41_hours_is_offered_then_both_fields_refused() {
        assertThatThrownBy(() -> when(List.of(registered()), new WerkgeverCommand.BiedPlaatsAan(PLAATS,
                PlaatsSoort.BETAALDE_BAAN, "Kok", "Kok", 41, Taalniveau.A2, 0, List.of())))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("aantal", "urenPerWeek"));
    }

    @Test
    void given_a_place_when_a_match_is_proposed_then_proposed_and_keyed_by_the_statushouder() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 1));
        List<WerkgeversEvent> events = when(history, propose(MATCH, AMIRA));
        assertThat(events).singleElement().isInstanceOf(MatchProposed.class);
        assertThat(state(history, events).laatsteSleutel()).isEqualTo(AMIRA.toString());
        assertThat(state(history, List.of()).laatsteSleutel()).isEqualTo(WERKGEVER.toString());
    }

    @Test
    void given_an_open_match_when_the_same_statushouder_is_proposed_again_then_refused() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 2), proposed(MATCH, AMIRA));
        assertThatThrownBy(() -> when(history, propose(UUID.randomUUID(), AMIRA)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("een-open-match-per-plaats"));
    }

    @Test
    void given_a_rejected_match_when_proposed_again_then_allowed() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 2), proposed(MATCH, AMIRA),
                new MatchRejected(MATCH, AMIRA, "0344", PLAATS, WERKGEVER, "Past niet"));
        assertThat(when(history, propose(UUID.randomUUID(), AMIRA))).singleElement().isInstanceOf(MatchProposed.class);
    }

    @Test
    void given_a_proposed_match_when_accepted_then_accepted_with_the_place_and_proposal_copied() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 1), proposed(MATCH, AMIRA));
        List<WerkgeversEvent> events = when(history, new WerkgeverCommand.AccepteerMatch(MATCH, START));
        assertThat(events).singleElement().isInstanceOfSatisfying(MatchAccepted.class, e -> {
            assertThat(e.werkgeverNaam()).isEqualTo("Bakkerij Utrecht");
            assertThat(e.soort()).isEqualTo(PlaatsSoort.TAALSTAGE);
            assertThat(e.urenPerWeek()).isEqualTo(16);
            assertThat(e.leerdoelen()).extracting(Leerdoel::soort).containsExactly(LeerdoelSoort.TAAL);
            assertThat(e.motivering()).isEqualTo("Wil bakker worden");
            assertThat(e.startdatum()).isEqualTo(START);
        });
        assertThat(state(history, events).plaatsen().get(PLAATS).bezet()).isEqualTo(1);
    }

    @Test
    void given_a_full_place_when_another_match_is_proposed_or_accepted_then_refused() {
        UUID tweede = UUID.randomUUID();
        List<WerkgeversEvent> history = new ArrayList<>(List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 1),
                proposed(MATCH, AMIRA), proposed(tweede, KHALID)));
        history.addAll(when(history, new WerkgeverCommand.AccepteerMatch(MATCH, START)));
        assertThatThrownBy(() -> when(history, new WerkgeverCommand.AccepteerMatch(tweede, START)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("plaats-beschikbaar"));
        assertThatThrownBy(() -> when(history, propose(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("plaats-beschikbaar"));
    }

    @Test
    void given_a_closed_place_when_a_match_is_proposed_then_refused_and_closing_again_changes_nothing() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 3),
                new PlaatsClosed(PLAATS, WERKGEVER, "0344", null));
        assertThatThrownBy(() -> when(history, propose(MATCH, AMIRA)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::reason).containsExactly("de plaats is gesloten"));
        assertThat(when(history, new WerkgeverCommand.SluitPlaats(PLAATS, "Vol"))).isEmpty();
    }

    @Test
    void given_a_decided_match_when_accepted_or_rejected_again_then_conflict() {
        List<WerkgeversEvent> history = List.of(registered(), offered(PlaatsSoort.TAALSTAGE, 3), proposed(MATCH, AMIRA),
                new MatchRejected(MATCH, AMIRA, "0344", PLAATS, WERKGEVER, "Past niet"));
        assertThatThrownBy(() -> when(history, new WerkgeverCommand.AccepteerMatch(MATCH, START)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> when(history, new WerkgeverCommand.WijsMatchAf(MATCH, "Nogmaals")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void paid_job_is_an_accepted_match_on_a_betaalde_baan() {
        List<WerkgeversEvent> history = new ArrayList<>(List.of(registered(), offered(PlaatsSoort.BETAALDE_BAAN, 1),
                proposed(MATCH, AMIRA)));
        assertThat(state(history, List.of()).heeftBetaaldeBaan(AMIRA)).isFalse();
        history.addAll(when(history, new WerkgeverCommand.AccepteerMatch(MATCH, START)));
        assertThat(state(history, List.of()).heeftBetaaldeBaan(AMIRA)).isTrue();
        assertThat(state(history, List.of()).heeftBetaaldeBaan(KHALID)).isFalse();
    }

    @Test
    void taalvoucher_within_budget_is_granted_and_the_budget_counts_it() {
        TaalvoucherDecider budget = new TaalvoucherDecider();
        List<WerkgeversEvent> events = budget.decide(voucher(100_000, true, Taalniveau.A2), TaalvoucherBudget.LEEG);
        assertThat(events).singleElement().isInstanceOfSatisfying(TaalvoucherGranted.class,
                e -> assertThat(e.jaar()).isEqualTo(2026));
        TaalvoucherBudget na = budget.fold(events);
        assertThat(na.besteed()).isEqualTo(100_000);
        assertThat(na.laatsteStatushouder()).isEqualTo(AMIRA);
    }

    @Test
    void taalvoucher_beyond_the_yearly_budget_is_refused_exactly_at_the_limit_allowed() {
        TaalvoucherDecider budget = new TaalvoucherDecider();
        TaalvoucherBudget bijna = new TaalvoucherBudget(200_000, 2, KHALID);
        assertThat(budget.decide(voucher(100_000, true, Taalniveau.A1), bijna)).hasSize(1);
        assertThatThrownBy(() -> budget.decide(voucher(100_001, true, Taalniveau.A1), bijna))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy, Violation::field).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("taalvoucher-jaarbudget", "bedrag")));
    }

    @Test
    void taalvoucher_without_paid_job_or_at_b1_is_refused() {
        TaalvoucherDecider budget = new TaalvoucherDecider();
        assertThatThrownBy(() -> budget.decide(voucher(1000, false, Taalniveau.A2), TaalvoucherBudget.LEEG))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("taalvoucher-voorwaarden"));
        assertThatThrownBy(() -> budget.decide(voucher(1000, true, Taalniveau.B1), TaalvoucherBudget.LEEG))
                .isInstanceOf(PolicyViolationException.class);
    }

    @Test
    void bijeenkomst_is_planned_once_and_not_in_the_past() {
        BijeenkomstDecider bijeenkomsten = new BijeenkomstDecider();
        UUID id = UUID.randomUUID();
        LocalDate vandaag = LocalDate.of(2026, 11, 29);
        PlanBijeenkomst plan = new PlanBijeenkomst(id, "0344", BijeenkomstSoort.RONDLEIDING, vandaag, null, "Bakkerij",
                "Rondleiding", vandaag);
        List<WerkgeversEvent> events = bijeenkomsten.decide(plan, null);
        assertThat(events).singleElement().isInstanceOf(BijeenkomstScheduled.class);
        assertThatThrownBy(() -> bijeenkomsten.decide(plan, bijeenkomsten.fold(events))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> bijeenkomsten.decide(new PlanBijeenkomst(id, "0344", BijeenkomstSoort.RONDLEIDING,
                vandaag.minusDays(1), null, "Bakkerij", "Rondleiding", vandaag), null))
                .isInstanceOf(PolicyViolationException.class);
    }

    private static VerleenTaalvoucher voucher(long bedrag, boolean betaaldeBaan, Taalniveau niveau) {
        return new VerleenTaalvoucher(UUID.randomUUID(), WERKGEVER, AMIRA, "0344", bedrag, 6, 2026, 300_000, betaaldeBaan, niveau);
    }

    private List<WerkgeversEvent> when(List<WerkgeversEvent> history, WerkgeverCommand command) {
        return decider.decide(command, decider.fold(history));
    }

    private Werkgever state(List<WerkgeversEvent> history, List<WerkgeversEvent> events) {
        List<WerkgeversEvent> all = new ArrayList<>(history);
        all.addAll(events);
        return decider.fold(all);
    }

    static WerkgeverCommand registreer(Accountbeheerder beheerder, String rol) {
        return new WerkgeverCommand.RegistreerWerkgever(WERKGEVER, "0344", "Bakkerij Utrecht", "12345678", "Horeca",
                WerkgeverSoort.MKB, beheerder, "wsp-utrecht", Set.of(rol));
    }

    static WerkgeverRegistered registered() {
        return new WerkgeverRegistered(WERKGEVER, "0344", "Bakkerij Utrecht", "12345678", "Horeca", WerkgeverSoort.MKB,
                Accountbeheerder.WERKGEVERSSERVICEPUNT, "werkgeversservicepunt");
    }

    static PlaatsOffered offered(PlaatsSoort soort, int aantal) {
        return new PlaatsOffered(PLAATS, WERKGEVER, "0344", soort, "Bakker", "Bakker", 16, Taalniveau.A1, aantal,
                List.of(new Leerdoel(LeerdoelSoort.TAAL, "Klanten te woord staan")));
    }

    static WerkgeverCommand propose(UUID match, UUID statushouder) {
        return new WerkgeverCommand.StelMatchVoor(match, statushouder, PLAATS, "Wil bakker worden", false);
    }

    static MatchProposed proposed(UUID match, UUID statushouder) {
        return new MatchProposed(match, statushouder, "0344", PLAATS, WERKGEVER, "Wil bakker worden", false);
    }
}
