package nl.statushouders.trajecten.domain;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.TrajectCommand.BeeindigTraject;
import nl.statushouders.trajecten.domain.TrajectCommand.PlanTraject;
import nl.statushouders.trajecten.domain.TrajectCommand.RapporteerVoortgang;
import nl.statushouders.trajecten.domain.TrajectCommand.StartTraject;
import nl.statushouders.trajecten.domain.event.BetaaldWerkStarted;
import nl.statushouders.trajecten.domain.event.InburgeringStarted;
import nl.statushouders.trajecten.domain.event.TaalstageStarted;
import nl.statushouders.trajecten.domain.event.TrajectEnded;
import nl.statushouders.trajecten.domain.event.TrajectEvent;
import nl.statushouders.trajecten.domain.event.TrajectPlanned;
import nl.statushouders.trajecten.domain.event.TrajectProgressReported;
import nl.statushouders.trajecten.domain.event.TrajectStarted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given past events, when a command, then new events or a refusal. No I/O. */
class TrajectDeciderTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);
    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final UUID ID = UUID.fromString("7a0c1f7e-0000-4000-8000-000000000001");
    static final UUID STATUSHOUDER = UUID.fromString("7a0c1f7e-0000-4000-8000-000000000002");
    static final UUID MATCH = UUID.fromString("7a0c1f7e-0000-4000-8000-000000000003");
    static final Deelnemer VOLWASSEN = new Deelnemer(LocalDate.of(1980, 1, 1), Startkwalificatie.JA);
    static final Deelnemer JONGERE = new Deelnemer(START.minusYears(22), Startkwalificatie.NEE);
    static final Uren RUIMTE = new Uren(0, 40);
    static final List<Leerdoel> TAAL = List.of(new Leerdoel(LeerdoelSoort.TAAL, "Nederlands op de werkvloer"));

    final TrajectDecider decider = new TrajectDecider();

    @Test
    void given_nothing_when_planned_then_traject_planned_with_the_plan() {
        List<TrajectEvent> events = when(List.of(), plan(Soort.TAALSTAGE, VOLWASSEN, null, false));
        assertThat(events).singleElement().isInstanceOfSatisfying(TrajectPlanned.class, e -> {
            assertThat(e.trajectId()).isEqualTo(ID);
            assertThat(e.statushouderId()).isEqualTo(STATUSHOUDER);
            assertThat(e.gemeente()).isEqualTo("0344");
            assertThat(e.soort()).isEqualTo(Soort.TAALSTAGE);
            assertThat(e.urenPerWeek()).isEqualTo(16);
            assertThat(e.leerdoelen()).isEqualTo(TAAL);
        });
    }

    @Test
    void given_nothing_when_a_young_person_without_qualification_gets_a_taalstage_then_a_motivering_is_required() {
        assertThatThrownBy(() -> when(List.of(), plan(Soort.TAALSTAGE, JONGERE, null, false)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy, Violation::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("jongeren-eerst-onderwijs", "motivering")));
        assertThat(when(List.of(), plan(Soort.TAALSTAGE, JONGERE, "Wil eerst de taal leren op de werkvloer", false)))
                .hasSize(1);
    }

    @Test
    void given_nothing_when_planned_from_a_match_then_the_choice_rules_wait_for_the_start() {
        PlanTraject uitMatch = plan(Soort.TAALSTAGE, JONGERE, null, true, List.of(), new Uren(40, 40));
        assertThat(when(List.of(), uitMatch)).singleElement().isInstanceOf(TrajectPlanned.class);
    }

    @Test
    void given_planned_from_a_match_when_planned_again_for_that_match_then_nothing_happens() {
        PlanTraject uitMatch = plan(Soort.TAALSTAGE, JONGERE, null, true);
        List<TrajectEvent> history = when(List.of(), uitMatch);
        assertThat(when(history, uitMatch)).isEmpty();
    }

    @Test
    void given_planned_when_planned_again_by_a_user_then_conflict() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null)), plan(Soort.TAALSTAGE, VOLWASSEN, null, false)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_planned_when_started_then_the_started_event_of_its_kind_with_the_planned_dates() {
        List<TrajectEvent> events = when(List.of(planned(Soort.TAALSTAGE, null)), start(null, null, VOLWASSEN, RUIMTE));
        assertThat(events).singleElement().isInstanceOfSatisfying(TaalstageStarted.class, e -> {
            assertThat(e.startdatum()).isEqualTo(START);
            assertThat(e.geplandeEinddatum()).isEqualTo(START.plusMonths(6));
            assertThat(e.aanbieder()).isEqualTo("Zorgcentrum De Linde");
            assertThat(e.urenPerWeek()).isEqualTo(16);
            assertThat(e.motivering()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Soort.class)
    void every_kind_has_its_own_started_event(Soort soort) {
        List<TrajectEvent> events = when(List.of(planned(soort, "motivering")),
                start(START.plusDays(3), null, new Deelnemer(LocalDate.of(1980, 1, 1), Startkwalificatie.JA), RUIMTE));
        assertThat(events).singleElement().isInstanceOfSatisfying(TrajectStarted.class, e -> {
            assertThat(e.soort()).isEqualTo(soort);
            assertThat(e.getClass().getSimpleName()).isEqualTo(camel(soort) + "Started");
            assertThat(e.startdatum()).isEqualTo(START.plusDays(3));
        });
    }

    @Test
    void given_a_match_trajectory_for_a_young_person_when_started_without_motivering_then_refused_and_with_one_started() {
        List<TrajectEvent> history = when(List.of(), plan(Soort.BETAALD_WERK, JONGERE, null, true, List.of(), RUIMTE));
        assertThatThrownBy(() -> when(history, start(null, null, JONGERE, RUIMTE)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("jongeren-eerst-onderwijs"));
        assertThat(when(history, start(null, "Gezin onderhouden; avondopleiding gepland", JONGERE, RUIMTE)))
                .singleElement().isInstanceOfSatisfying(BetaaldWerkStarted.class,
                        e -> assertThat(e.motivering()).isEqualTo("Gezin onderhouden; avondopleiding gepland"));
    }

    @Test
    void given_planned_when_started_beyond_the_hours_maximum_then_refused() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null)), start(null, null, VOLWASSEN, new Uren(30, 40))))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("maximale-uren-per-week"));
    }

    @Test
    void given_planned_when_started_on_or_after_the_planned_end_then_refused() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null)), start(START.plusMonths(6), null, VOLWASSEN, RUIMTE)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy).containsExactly("einddatum-na-startdatum"));
    }

    @Test
    void given_started_when_started_again_then_conflict() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null), started()), start(null, null, VOLWASSEN, RUIMTE)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_started_when_progress_reported_then_progress_reported() {
        Taalniveau niveau = new Taalniveau(Niveau.A2, Niveau.A2, Niveau.A1, null);
        Examen examen = new Examen("Lezen", VANDAAG.minusDays(3), true);
        List<TrajectEvent> events = when(List.of(planned(Soort.INBURGERING, null), started()),
                new RapporteerVoortgang(VANDAAG, 85, niveau, "Goed bezig", examen, "taalschool-utrecht", VANDAAG));
        assertThat(events).singleElement().isInstanceOfSatisfying(TrajectProgressReported.class, e -> {
            assertThat(e.aanwezigheidPercentage()).isEqualTo(85);
            assertThat(e.taalniveau()).isEqualTo(niveau);
            assertThat(e.examen()).isEqualTo(examen);
            assertThat(e.gemeldDoor()).isEqualTo("taalschool-utrecht");
        });
    }

    @Test
    void given_planned_only_when_progress_reported_then_conflict() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null)), voortgang(VANDAAG, 80)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_ended_when_progress_reported_then_conflict() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null), started(), ended()), voortgang(VANDAAG, 80)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void given_started_when_progress_is_dated_tomorrow_with_attendance_over_100_then_both_rules_refuse() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null), started()), voortgang(VANDAAG.plusDays(1), 101)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy)
                        .containsExactly("voortgang-niet-in-toekomst", "aanwezigheid-als-percentage"));
    }

    @Test
    void given_planned_when_ended_then_ended_and_not_twice() {
        List<TrajectEvent> history = List.of(planned(Soort.TAALSTAGE, null));
        List<TrajectEvent> events = when(history, new BeeindigTraject(VANDAAG, Reden.UITVAL, "Verhuisd naar familie"));
        assertThat(events).singleElement().isInstanceOfSatisfying(TrajectEnded.class,
                e -> assertThat(e.reden()).isEqualTo(Reden.UITVAL));
        assertThatThrownBy(() -> when(List.of(planned(Soort.TAALSTAGE, null), ended()),
                new BeeindigTraject(VANDAAG, Reden.AFGEROND, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void given_ended_when_started_then_conflict() {
        assertThatThrownBy(() -> when(List.of(planned(Soort.INBURGERING, null), ended()), start(null, null, VOLWASSEN, RUIMTE)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void evolve_follows_the_status() {
        Traject t = decider.fold(List.of(planned(Soort.INBURGERING, null)));
        assertThat(t.status()).isEqualTo(Status.GEPLAND);
        t = decider.evolve(t, new InburgeringStarted(ID, STATUSHOUDER, "0344", START, "Taalschool", 16, START.plusMonths(6), null));
        assertThat(t.status()).isEqualTo(Status.ACTIEF);
        t = decider.evolve(t, ended());
        assertThat(t.status()).isEqualTo(Status.BEEINDIGD);
    }

    private List<TrajectEvent> when(List<TrajectEvent> history, TrajectCommand command) {
        return decider.decide(command, decider.fold(history));
    }

    static PlanTraject plan(Soort soort, Deelnemer deelnemer, String motivering, boolean uitMatch) {
        return plan(soort, deelnemer, motivering, uitMatch, TAAL, RUIMTE);
    }

    static PlanTraject plan(Soort soort, Deelnemer deelnemer, String motivering, boolean uitMatch, List<Leerdoel> leerdoelen,
                            Uren uren) {
        return new PlanTraject(ID, STATUSHOUDER, "0344", soort, "Zorgcentrum De Linde", null, null, uitMatch ? MATCH : null,
                START, START.plusMonths(6), 16, leerdoelen, motivering, uitMatch, deelnemer, uren);
    }

    static TrajectPlanned planned(Soort soort, String motivering) {
        return new TrajectPlanned(ID, STATUSHOUDER, "0344", soort, "Zorgcentrum De Linde", null, null, null, START,
                START.plusMonths(6), 16, TAAL, motivering);
    }

    static StartTraject start(LocalDate startdatum, String motivering, Deelnemer deelnemer, Uren uren) {
        return new StartTraject(startdatum, motivering, deelnemer, uren);
    }

    static TrajectEvent started() {
        return new TaalstageStarted(ID, STATUSHOUDER, "0344", START, "Zorgcentrum De Linde", 16, START.plusMonths(6), null);
    }

    static TrajectEvent ended() {
        return new TrajectEnded(ID, STATUSHOUDER, "0344", VANDAAG, Reden.AFGEROND, null);
    }

    static RapporteerVoortgang voortgang(LocalDate datum, Integer aanwezigheid) {
        return new RapporteerVoortgang(datum, aanwezigheid, null, "Voortgang", null, "gemeente", VANDAAG);
    }

    static String camel(Soort soort) {
        StringBuilder s = new StringBuilder();
        for (String part : soort.name().split("_")) {
            s.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.toString();
    }
}
