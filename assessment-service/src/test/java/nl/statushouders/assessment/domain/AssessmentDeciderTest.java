package nl.statushouders.assessment.domain;

import nl.statushouders.assessment.domain.AssessmentCommand.LegResultaatVast;
import nl.statushouders.assessment.domain.AssessmentCommand.MeldNietVerschenen;
import nl.statushouders.assessment.domain.AssessmentCommand.NodigUit;
import nl.statushouders.assessment.domain.AssessmentCommand.PlanSessie;
import nl.statushouders.assessment.domain.event.AlternatieveIntakeCompleted;
import nl.statushouders.assessment.domain.event.AssessmentCompleted;
import nl.statushouders.assessment.domain.event.AssessmentEvent;
import nl.statushouders.assessment.domain.event.AssessmentInvited;
import nl.statushouders.assessment.domain.event.AssessmentMissed;
import nl.statushouders.assessment.domain.event.AssessmentScheduled;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Given past events, when a command, then new events or a refusal. No I/O. */
class AssessmentDeciderTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);
    static final UUID ID = UUID.fromString("a55e5500-0000-4000-8000-000000000001");
    static final UUID STATUSHOUDER = UUID.fromString("5b0c1f7e-0000-4000-8000-000000000001");

    final AssessmentDecider decider = new AssessmentDecider();

    @Test
    void given_nothing_when_invited_then_assessment_invited() {
        UUID startgesprek = UUID.randomUUID();
        assertThat(when(List.of(), new NodigUit(ID, STATUSHOUDER, "0344", Soort.NOA, "nog te plannen", startgesprek)))
                .containsExactly(new AssessmentInvited(ID, STATUSHOUDER, "0344", Soort.NOA, "nog te plannen", startgesprek));
    }

    @Test
    void given_invited_when_invited_again_then_conflict() {
        assertThatThrownBy(() -> when(List.of(invited(Soort.NOA)),
                new NodigUit(ID, STATUSHOUDER, "0344", Soort.NOA, "x", null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void given_invited_when_a_supported_session_is_planned_then_scheduled() {
        assertThat(when(List.of(invited(Soort.NOA)), new PlanSessie(VANDAAG.plusDays(3), "AZC Utrecht", true, "met tolk", VANDAAG)))
                .containsExactly(new AssessmentScheduled(ID, STATUSHOUDER, "0344", VANDAAG.plusDays(3), "AZC Utrecht", true, "met tolk"));
    }

    @Test
    void given_invited_when_a_session_in_the_past_then_refused() {
        assertRefused(List.of(invited(Soort.NOA)), new PlanSessie(VANDAAG.minusDays(1), "x", false, null, VANDAAG),
                "sessie-niet-in-verleden");
    }

    @Test
    void given_invited_without_session_when_no_show_then_refused() {
        assertRefused(List.of(invited(Soort.NOA)), new MeldNietVerschenen(VANDAAG, VANDAAG), "niet-verschenen-na-sessie");
    }

    @Test
    void given_a_future_session_when_no_show_then_refused() {
        assertRefused(List.of(invited(Soort.NOA), scheduled(VANDAAG.plusDays(1))), new MeldNietVerschenen(VANDAAG, VANDAAG),
                "niet-verschenen-na-sessie");
    }

    @Test
    void given_a_session_today_when_no_show_then_missed_and_a_new_session_may_follow() {
        List<AssessmentEvent> history = new ArrayList<>(List.of(invited(Soort.NOA), scheduled(VANDAAG)));
        List<AssessmentEvent> missed = when(history, new MeldNietVerschenen(VANDAAG, VANDAAG));
        assertThat(missed).containsExactly(new AssessmentMissed(ID, STATUSHOUDER, "0344", VANDAAG));
        history.addAll(missed);
        assertThat(decider.fold(history).status()).isEqualTo(Status.NIET_VERSCHENEN);
        assertRefused(history, new MeldNietVerschenen(VANDAAG, VANDAAG), "niet-verschenen-na-sessie");
        assertThat(when(history, new PlanSessie(VANDAAG.plusDays(7), "Werkplein", true, null, VANDAAG)))
                .singleElement().isInstanceOf(AssessmentScheduled.class);
    }

    @Test
    void given_noa_when_a_complete_result_then_assessment_completed() {
        List<AssessmentEvent> events = when(List.of(invited(Soort.NOA), scheduled(VANDAAG)),
                new LegResultaatVast(VANDAAG, profiel(Opleidingsniveau.MBO2, volledig()), VANDAAG));
        assertThat(events).singleElement().isInstanceOfSatisfying(AssessmentCompleted.class, e -> {
            assertThat(e.opleidingsniveau()).isEqualTo(Opleidingsniveau.MBO2);
            assertThat(e.taalniveau()).isEqualTo(volledig());
            assertThat(e.werkervaring()).containsExactly(new Werkervaring("Kapper", 6, "Syrië"));
            assertThat(e.statushouderId()).isEqualTo(STATUSHOUDER);
        });
    }

    @Test
    void given_noa_when_a_result_without_education_and_skills_then_every_gap_is_reported() {
        assertThatThrownBy(() -> when(List.of(invited(Soort.NOA)), new LegResultaatVast(VANDAAG,
                profiel(null, new Taalniveau("A2", null, "A1", null)), VANDAAG)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("opleidingsniveau", "taalniveau.luisteren", "taalniveau.schrijven"));
    }

    @Test
    void given_alternatief_when_a_partial_result_then_alternatieve_intake_completed_with_unknowns() {
        List<AssessmentEvent> events = when(List.of(invited(Soort.ALTERNATIEF)),
                new LegResultaatVast(VANDAAG, profiel(null, new Taalniveau(null, "A1", "A1", null)), VANDAAG));
        assertThat(events).singleElement().isInstanceOfSatisfying(AlternatieveIntakeCompleted.class, e -> {
            assertThat(e.opleidingsniveau()).isEqualTo(Opleidingsniveau.ONBEKEND);
            assertThat(e.taalniveau()).isEqualTo(new Taalniveau(null, "A1", "A1", null));
        });
    }

    @Test
    void given_a_result_when_it_breaks_several_rules_then_all_are_reported() {
        Profiel p = new Profiel(Opleidingsniveau.HBO, List.of(new Werkervaring("Leraar", 61, "Eritrea")),
                new Taalniveau("A2", "D1", "A1", "A1"), List.of(), List.of(), List.of(), "advies");
        assertThatThrownBy(() -> when(List.of(invited(Soort.NOA)), new LegResultaatVast(VANDAAG.plusDays(1), p, VANDAAG)))
                .isInstanceOfSatisfying(PolicyViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::policy)
                        .containsExactlyInAnyOrder("resultaat-niet-in-toekomst", "geldig-taalniveau", "plausibele-werkervaring"));
    }

    @Test
    void given_completed_when_anything_else_then_final() {
        List<AssessmentEvent> history = new ArrayList<>(List.of(invited(Soort.NOA), scheduled(VANDAAG)));
        history.addAll(when(history, new LegResultaatVast(VANDAAG, profiel(Opleidingsniveau.WO, volledig()), VANDAAG)));
        assertThat(decider.fold(history).status()).isEqualTo(Status.AFGEROND);
        for (AssessmentCommand c : List.<AssessmentCommand>of(
                new LegResultaatVast(VANDAAG, profiel(Opleidingsniveau.WO, volledig()), VANDAAG),
                new PlanSessie(VANDAAG.plusDays(1), "x", false, null, VANDAAG),
                new MeldNietVerschenen(VANDAAG, VANDAAG))) {
            assertThatThrownBy(() -> when(history, c)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("afgerond-is-definitief");
        }
    }

    @Test
    void evolve_tracks_status_and_the_planned_session() {
        Assessment a = decider.fold(List.of(invited(Soort.ALTERNATIEF)));
        assertThat(a.status()).isEqualTo(Status.UITGENODIGD);
        assertThat(a.soort()).isEqualTo(Soort.ALTERNATIEF);
        a = decider.evolve(a, scheduled(VANDAAG.plusDays(2)));
        assertThat(a.status()).isEqualTo(Status.GEPLAND);
        assertThat(a.sessieDatum()).isEqualTo(VANDAAG.plusDays(2));
    }

    static AssessmentInvited invited(Soort soort) {
        return new AssessmentInvited(ID, STATUSHOUDER, "0344", soort, "Werkplein", null);
    }

    static AssessmentScheduled scheduled(LocalDate datum) {
        return new AssessmentScheduled(ID, STATUSHOUDER, "0344", datum, "AZC Utrecht", true, null);
    }

    static Taalniveau volledig() {
        return new Taalniveau("A2", "A2", "A1", "A1");
    }

    static Profiel profiel(Opleidingsniveau opleiding, Taalniveau taal) {
        return new Profiel(opleiding, List.of(new Werkervaring("Kapper", 6, "Syrië")), taal, List.of("Klantgericht"),
                List.of("Dienstverlening"), List.of("Taal"), "Taalstage");
    }

    private List<AssessmentEvent> when(List<AssessmentEvent> given, AssessmentCommand command) {
        return decider.decide(command, decider.fold(given));
    }

    private void assertRefused(List<AssessmentEvent> given, AssessmentCommand command, String policy) {
        assertThatThrownBy(() -> when(given, command)).isInstanceOfSatisfying(PolicyViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::policy).containsExactly(policy));
    }
}
