package nl.statushouders.monitoring.domain;

import nl.statushouders.platform.consumer.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

class VoortgangProjectorTest {

    static final UUID ID = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-09-01T09:00:00Z");

    final CloudEvent registered = parse(cloudEvent("statushouder-registered", ID, 1, T0, "0344",
            Map.of("voornaam", "Amira", "achternaam", "Haddad")));
    final CloudEvent werkgesprek = parse(cloudEvent("werkgesprek-held", ID, 2, T0.plusSeconds(86400 * 30), "0344",
            Map.of("datum", "2026-09-30")));
    final CloudEvent plan = parse(cloudEvent("plan-van-aanpak-agreed", ID, 3, T0.plusSeconds(86400 * 30), "0344",
            Map.of("versie", 1, "evaluatiedatum", "2026-12-30")));

    @Test
    void registered_is_phase_aangemeld_with_its_milestone() {
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered));
        assertThat(v.fase()).isEqualTo(Fase.AANGEMELD);
        assertThat(v.mijlpalen()).containsEntry(Fase.AANGEMELD, LocalDate.of(2026, 9, 1));
        assertThat(v.voornaam()).isEqualTo("Amira");
        assertThat(v.tijdlijn()).hasSize(1);
    }

    @Test
    void werkgesprek_moves_to_phase_werkgesprek_with_plan_evaluation() {
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered, werkgesprek, plan));
        assertThat(v.fase()).isEqualTo(Fase.WERKGESPREK);
        assertThat(v.mijlpalen()).containsEntry(Fase.WERKGESPREK, LocalDate.of(2026, 9, 30));
        assertThat(v.planVersie()).isEqualTo(1);
        assertThat(v.planEvaluatiedatum()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(v.tijdlijn()).extracting(r -> r.type())
                .containsExactly("statushouder-registered", "werkgesprek-held", "plan-van-aanpak-agreed");
        assertThat(v.tijdlijn()).allSatisfy(r -> assertThat(r.bron()).endsWith("statushouders-intake"));
    }

    @Test
    void startgesprek_is_its_own_phase_and_a_revision_moves_the_evaluation_date() {
        CloudEvent start = parse(cloudEvent("startgesprek-held", ID, 2, T0.plusSeconds(86400 * 7), "0344",
                Map.of("datum", "2026-09-08", "assessmentBesluit", "NOA")));
        assertThat(VoortgangProjector.fold(ID, "0344", List.of(registered, start)).fase()).isEqualTo(Fase.STARTGESPREK);
        CloudEvent revised = parse(cloudEvent("plan-van-aanpak-revised", ID, 5, T0.plusSeconds(86400 * 60), "0344",
                Map.of("versie", 2, "reden", "B1 gehaald", "evaluatiedatum", "2027-03-01")));
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered, start, werkgesprek, plan, revised));
        assertThat(v.fase()).isEqualTo(Fase.WERKGESPREK);
        assertThat(v.mijlpalen()).containsEntry(Fase.STARTGESPREK, LocalDate.of(2026, 9, 8));
        assertThat(v.planVersie()).isEqualTo(2);
        assertThat(v.planEvaluatiedatum()).isEqualTo(LocalDate.of(2027, 3, 1));
        // The older version arriving late does not undo the newer one.
        assertThat(VoortgangProjector.fold(ID, "0344", List.of(registered, revised, plan)).planEvaluatiedatum())
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void werkmatcher_assignment_is_shown() {
        CloudEvent assigned = parse(cloudEvent("werkmatcher-assigned", ID, 2, T0, "0344", Map.of("werkmatcher", "werkmatcher.utrecht")));
        assertThat(VoortgangProjector.fold(ID, "0344", List.of(registered, assigned)).werkmatcher()).isEqualTo("werkmatcher.utrecht");
    }

    @Test
    void the_same_event_twice_changes_nothing() {
        Voortgang once = VoortgangProjector.fold(ID, "0344", List.of(registered, werkgesprek));
        Voortgang twice = VoortgangProjector.evolve(once, werkgesprek);
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void arrival_order_does_not_matter() {
        List<CloudEvent> events = new ArrayList<>(List.of(registered, werkgesprek, plan));
        Voortgang expected = VoortgangProjector.fold(ID, "0344", events);
        for (int i = 0; i < 6; i++) {
            Collections.shuffle(events);
            assertThat(VoortgangProjector.fold(ID, "0344", events)).isEqualTo(expected);
        }
    }

    @Test
    void unknown_events_are_not_understood() {
        CloudEvent other = parse(cloudEvent("something-new-happened", ID, 9, T0, "0344", Map.of()));
        assertThat(VoortgangProjector.kent(other)).isFalse();
        assertThat(VoortgangProjector.kent(registered)).isTrue();
    }
}
