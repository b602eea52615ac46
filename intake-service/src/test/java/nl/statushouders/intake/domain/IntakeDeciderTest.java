package nl.statushouders.intake.domain;

import nl.statushouders.intake.domain.IntakeCommand.HoudWerkgesprek;
import nl.statushouders.intake.domain.IntakeCommand.RegistreerStatushouder;
import nl.statushouders.intake.domain.event.IntakeEvent;
import nl.statushouders.intake.domain.event.DossierAfgesloten;
import nl.statushouders.intake.domain.policy.AfsluitingNietInToekomst;
import nl.statushouders.intake.domain.policy.BewaartermijnVerstreken;
import nl.statushouders.intake.domain.policy.EenmaalAfgesloten;
import nl.statushouders.intake.domain.event.PlanVanAanpakAgreed;
import nl.statushouders.intake.domain.event.PlanVanAanpakRevised;
import nl.statushouders.intake.domain.event.StartgesprekHeld;
import nl.statushouders.intake.domain.event.WerkmatcherAssigned;
import nl.statushouders.intake.domain.event.StatushouderRegistered;
import nl.statushouders.intake.domain.event.WerkgesprekHeld;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.PreconditionFailedException;
import nl.statushouders.platform.eventsourcing.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given past events, when a command, then new events or a refusal. No I/O. */
class IntakeDeciderTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);
    static final UUID ID = UUID.fromString("5b0c1f7e-0000-4000-8000-000000000001");

    final IntakeDecider decider = new IntakeDecider();

    @Test
    void given_nothing_when_registered_then_statushouder_registered() {
        List<IntakeEvent> events = when(List.of(), registreer(LocalDate.of(1990, 5, 1)));
        assertThat(events).singleElement().isInstanceOfSatisfying(StatushouderRegistered.class, e -> {
            assertThat(e.statushouderId()).isEqualTo(ID);
            assertThat(e.gemeente()).isEqualTo("0344");
        });
    }

    @Test
    void given_registered_when_registered_again_then_conflict() {
        assertThatThrownBy(() -> when(List.of(registered()), registreer(LocalDate.of(1990, 5, 1))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_nothing_when_a_child_is_registered_then_working_age_policy_refuses() {
        assertThatThrownBy(() -> when(List.of(), registreer(VANDAAG.minusYears(10))))
                .isInstanceOfSatisfying(PolicyViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::policy).containsExactly("plausibele-geboortedatum"));
    }

    @Test
    void given_registered_when_werkgesprek_without_startgesprek_then_refused() {
        assertThatThrownBy(() -> when(List.of(registered()), werkgesprek(deelnemers(), null, afspraken())))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("startgesprek-voor-werkgesprek"));
    }

    @Test
    void given_registered_when_startgesprek_with_alternatief_and_motivation_then_held() {
        List<IntakeEvent> events = when(List.of(registered()), new IntakeCommand.HoudStartgesprek(VANDAAG.minusDays(5),
                "werkmatcher.utrecht", AssessmentBesluit.ALTERNATIEF, "Kan niet lezen en schrijven", VANDAAG));
        assertThat(events).singleElement().isInstanceOfSatisfying(StartgesprekHeld.class,
                e -> assertThat(e.assessmentBesluit()).isEqualTo(AssessmentBesluit.ALTERNATIEF));
    }

    @Test
    void given_registered_when_startgesprek_with_geen_and_no_motivation_then_refused() {
        assertThatThrownBy(() -> when(List.of(registered()), new IntakeCommand.HoudStartgesprek(VANDAAG,
                "werkmatcher.utrecht", AssessmentBesluit.GEEN, null, VANDAAG)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("motivering-bij-assessmentbesluit"));
    }

    @Test
    void given_a_werkmatcher_when_assigned_again_then_nothing_happens_and_another_is_recorded_with_the_previous() {
        List<IntakeEvent> history = List.of(registered(),
                new WerkmatcherAssigned(ID, "0344", "werkmatcher.a", null));
        assertThat(when(history, new IntakeCommand.WijsWerkmatcherToe("werkmatcher.a"))).isEmpty();
        assertThat(when(history, new IntakeCommand.WijsWerkmatcherToe("werkmatcher.b"))).singleElement()
                .isEqualTo(new WerkmatcherAssigned(ID, "0344", "werkmatcher.b", "werkmatcher.a"));
    }

    @Test
    void given_a_plan_when_revised_then_the_next_version_with_its_reason() {
        List<IntakeEvent> history = concat(voorWerkgesprek(), when(voorWerkgesprek(), werkgesprek(deelnemers(), null, afspraken())));
        List<IntakeEvent> events = when(history, new IntakeCommand.HerzienPlan("Taalniveau gestegen",
                plan(afspraken(), VANDAAG.plusMonths(6)), 1));
        assertThat(events).singleElement().isInstanceOfSatisfying(PlanVanAanpakRevised.class, e -> {
            assertThat(e.versie()).isEqualTo(2);
            assertThat(e.reden()).isEqualTo("Taalniveau gestegen");
        });
        List<IntakeEvent> later = concat(history, events);
        assertThatThrownBy(() -> when(later, new IntakeCommand.HerzienPlan("Oud", plan(afspraken(), VANDAAG.plusMonths(6)), 1)))
                .isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void given_no_plan_when_revised_then_conflict() {
        assertThatThrownBy(() -> when(voorWerkgesprek(), new IntakeCommand.HerzienPlan("x", plan(afspraken(), VANDAAG.plusMonths(1)), null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_registered_when_werkgesprek_held_then_werkgesprek_and_plan_version_1() {
        List<IntakeEvent> events = when(voorWerkgesprek(), werkgesprek(deelnemers(), null, afspraken()));
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(WerkgesprekHeld.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(PlanVanAanpakAgreed.class, p -> {
            assertThat(p.versie()).isEqualTo(1);
            assertThat(p.afspraken()).hasSize(2);
        });
    }

    @Test
    void given_a_plan_when_another_werkgesprek_makes_a_plan_then_conflict() {
        List<IntakeEvent> history = voorWerkgesprek();
        history = concat(history, when(history, werkgesprek(deelnemers(), null, afspraken())));
        List<IntakeEvent> past = history;
        assertThatThrownBy(() -> when(past, werkgesprek(deelnemers(), null, afspraken())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("een-plan-per-statushouder");
    }

    @Test
    void given_registered_when_werkgesprek_breaks_several_rules_then_all_are_reported() {
        HoudWerkgesprek command = new HoudWerkgesprek(VANDAAG.plusDays(1),
                List.of(new Deelnemer(Deelnemer.Rol.STATUSHOUDER, null)), " ", null,
                plan(List.of(new Afspraak("Taalcursus", Partij.TAALSCHOOL, null),
                        new Afspraak("taalcursus", Partij.GEMEENTE, null),
                        new Afspraak("CV maken", null, null)), VANDAAG), VANDAAG);
        assertThatThrownBy(() -> when(voorWerkgesprek(), command))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy)
                        .contains("gezamenlijk-werkgesprek", "gesprek-niet-in-toekomst", "geen-dubbelingen",
                                "een-verantwoordelijke-per-afspraak", "evaluatie-na-werkgesprek"));
    }

    @Test
    void evolve_tracks_what_decisions_need() {
        IntakeDossier dossier = decider.fold(concat(voorWerkgesprek(),
                when(voorWerkgesprek(), werkgesprek(deelnemers(), null, afspraken()))));
        assertThat(dossier.geregistreerd()).isTrue();
        assertThat(dossier.startgesprekDatum()).isEqualTo(VANDAAG.minusDays(10));
        assertThat(dossier.werkgesprekDatum()).isEqualTo(VANDAAG.minusDays(2));
        assertThat(dossier.planVersie()).isEqualTo(1);
    }

    private List<IntakeEvent> when(List<IntakeEvent> given, IntakeCommand command) {
        return decider.decide(command, decider.fold(given));
    }

    private static RegistreerStatushouder registreer(LocalDate geboortedatum) {
        return new RegistreerStatushouder(ID, "0344", "Yonas", "Tesfay", geboortedatum, List.of("Tigrinya"),
                new Huisvesting(Huisvesting.Status.AZC, "AZC Utrecht"), LocalDate.of(2026, 8, 1), VANDAAG);
    }

    private static StatushouderRegistered registered() {
        return new StatushouderRegistered(ID, "0344", "Yonas", "Tesfay", LocalDate.of(1990, 5, 1), List.of("Tigrinya"),
                new Huisvesting(Huisvesting.Status.AZC, "AZC Utrecht"), LocalDate.of(2026, 8, 1));
    }

    @Test
    void given_registered_when_a_werkmatcher_asks_for_erasure_then_it_is_asked_not_done() {
        List<IntakeEvent> events = when(List.of(registered()),
                new IntakeCommand.VraagVerwijderingAan(Verwijdergrond.VERZOEK_BETROKKENE, "werkmatcher-1"));
        assertThat(events).singleElement().isInstanceOfSatisfying(
                nl.statushouders.intake.domain.event.VerwijderingAangevraagd.class,
                e -> assertThat(e.grond()).isEqualTo(Verwijdergrond.VERZOEK_BETROKKENE));
    }

    @Test
    void given_an_erasure_asked_when_someone_else_approves_then_the_statushouder_is_erased_with_the_asked_grond() {
        List<IntakeEvent> given = List.of(registered(), new nl.statushouders.intake.domain.event.VerwijderingAangevraagd(
                ID, "0344", Verwijdergrond.BEWAARTERMIJN_VERSTREKEN, "werkmatcher-1"));
        List<IntakeEvent> events = when(given, new IntakeCommand.KeurVerwijderingGoed("teamleider-1"));
        assertThat(events).singleElement().isInstanceOfSatisfying(
                nl.statushouders.intake.domain.event.StatushouderVerwijderd.class, e -> {
                    assertThat(e.grond()).isEqualTo(Verwijdergrond.BEWAARTERMIJN_VERSTREKEN);
                    assertThat(e.aangevraagdDoor()).isEqualTo("werkmatcher-1");
                    assertThat(e.goedgekeurdDoor()).isEqualTo("teamleider-1");
                });
    }

    @Test
    void given_no_erasure_asked_when_approved_then_four_eyes_policy_refuses() {
        assertThatThrownBy(() -> when(List.of(registered()), new IntakeCommand.KeurVerwijderingGoed("teamleider-1")))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(nl.statushouders.platform.eventsourcing.Violation::policy)
                        .containsExactly(nl.statushouders.intake.domain.policy.VierOgenBijVerwijdering.NAME));
    }

    @Test
    void given_an_erasure_asked_when_the_one_who_asked_approves_then_four_eyes_policy_refuses() {
        List<IntakeEvent> given = List.of(registered(), new nl.statushouders.intake.domain.event.VerwijderingAangevraagd(
                ID, "0344", Verwijdergrond.VERZOEK_BETROKKENE, "dubbelrol-1"));
        assertThatThrownBy(() -> when(given, new IntakeCommand.KeurVerwijderingGoed("dubbelrol-1")))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(nl.statushouders.platform.eventsourcing.Violation::policy)
                        .containsExactly(nl.statushouders.intake.domain.policy.VierOgenBijVerwijdering.NAME));
    }

    @Test
    void given_erased_when_anything_then_there_is_no_file() {
        List<IntakeEvent> given = List.of(registered(), new nl.statushouders.intake.domain.event.StatushouderVerwijderd(
                ID, "0344", Verwijdergrond.VERZOEK_BETROKKENE, "werkmatcher-1", "teamleider-1"));
        assertThatThrownBy(() -> when(given, new IntakeCommand.WijsWerkmatcherToe("werkmatcher.b")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void given_registered_when_the_guidance_ended_then_the_file_is_closed() {
        List<IntakeEvent> events = when(List.of(registered()),
                new IntakeCommand.SluitDossierAf(VANDAAG.minusDays(3), Afsluitreden.WERK, VANDAAG));
        assertThat(events).containsExactly(new DossierAfgesloten(ID, "0344", VANDAAG.minusDays(3), Afsluitreden.WERK));
    }

    @Test
    void given_closed_when_closed_again_or_ahead_of_time_then_the_policies_refuse() {
        List<IntakeEvent> gesloten = List.of(registered(), new DossierAfgesloten(ID, "0344", VANDAAG.minusDays(3), Afsluitreden.WERK));
        assertThatThrownBy(() -> when(gesloten, new IntakeCommand.SluitDossierAf(VANDAAG, Afsluitreden.VERHUISD, VANDAAG)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly(EenmaalAfgesloten.NAME));
        assertThatThrownBy(() -> when(List.of(registered()),
                new IntakeCommand.SluitDossierAf(VANDAAG.plusDays(1), Afsluitreden.WERK, VANDAAG)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly(AfsluitingNietInToekomst.NAME));
    }

    @Test
    void given_closed_five_years_ago_when_the_retention_job_runs_then_the_file_is_erased_by_it() {
        List<IntakeEvent> given = List.of(registered(), new DossierAfgesloten(ID, "0344", VANDAAG.minusYears(5), Afsluitreden.ONDERWIJS));
        List<IntakeEvent> events = when(given, new IntakeCommand.VerwijderNaBewaartermijn(Period.ofYears(5), VANDAAG, "bewaartermijn"));
        assertThat(events).containsExactly(new nl.statushouders.intake.domain.event.StatushouderVerwijderd(
                ID, "0344", Verwijdergrond.BEWAARTERMIJN_VERSTREKEN, "bewaartermijn", "bewaartermijn"));
    }

    @Test
    void given_open_or_closed_within_the_period_when_the_retention_job_runs_then_nothing_is_erased() {
        IntakeCommand job = new IntakeCommand.VerwijderNaBewaartermijn(Period.ofYears(5), VANDAAG, "bewaartermijn");
        assertThatThrownBy(() -> when(List.of(registered()), job))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("afsluiting"));
        List<IntakeEvent> recent = List.of(registered(),
                new DossierAfgesloten(ID, "0344", VANDAAG.minusYears(5).plusDays(1), Afsluitreden.WERK));
        assertThatThrownBy(() -> when(recent, job))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly(BewaartermijnVerstreken.NAME));
    }

    private static List<IntakeEvent> voorWerkgesprek() {
        return List.of(registered(), new StartgesprekHeld(ID, "0344", VANDAAG.minusDays(10), "werkmatcher.utrecht",
                AssessmentBesluit.NOA, null));
    }

    private static List<Deelnemer> deelnemers() {
        return List.of(new Deelnemer(Deelnemer.Rol.WERKMATCHER, null), new Deelnemer(Deelnemer.Rol.VLUCHTELINGENWERK, null));
    }

    private static List<Afspraak> afspraken() {
        return List.of(new Afspraak("Sollicitatietraining", Partij.GEMEENTE, null),
                new Afspraak("Maatschappelijke begeleiding", Partij.VLUCHTELINGENWERK, null));
    }

    private static HoudWerkgesprek werkgesprek(List<Deelnemer> deelnemers, String reden, List<Afspraak> afspraken) {
        return new HoudWerkgesprek(VANDAAG.minusDays(2), deelnemers, reden, null, plan(afspraken, VANDAAG.plusMonths(3)), VANDAAG);
    }

    private static PlanVanAanpak plan(List<Afspraak> afspraken, LocalDate evaluatie) {
        return new PlanVanAanpak(Leerroute.B1, List.of("Werk in de logistiek"), afspraken, List.of(), evaluatie);
    }

    private static List<IntakeEvent> concat(List<IntakeEvent> a, List<IntakeEvent> b) {
        List<IntakeEvent> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
