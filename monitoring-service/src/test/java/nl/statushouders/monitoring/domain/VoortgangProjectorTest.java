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
    void a_history_across_all_topics_gives_the_same_progress_in_any_arrival_order() {
        List<CloudEvent> events = new ArrayList<>(List.of(registered, werkgesprek, plan,
                other("assessment-invited", "a1", 2, 2, Map.of("soort", "NOA")),
                other("assessment-completed", "a1", 3, 9, Map.of("taalniveau", Map.of("spreken", "A1", "lezen", "A2"))),
                other("taalstage-started", "t1", 2, 40, Map.of("startdatum", "2026-10-11", "aanbieder", "Bakkerij")),
                other("traject-progress-reported", "t1", 3, 60, Map.of("datum", "2026-10-31", "taalniveau", Map.of("spreken", "A2"))),
                other("inburgering-started", "i1", 2, 35, Map.of("startdatum", "2026-10-06")),
                other("traject-progress-reported", "i1", 3, 55, Map.of("datum", "2026-10-26", "aanwezigheidPercentage", 75)),
                other("match-accepted", "m1", 2, 38, Map.of("soort", "TAALSTAGE"))));
        Voortgang expected = VoortgangProjector.fold(ID, "0344", events);
        assertThat(expected.fase()).isEqualTo(Fase.IN_TRAJECT);
        assertThat(expected.taalniveau().get("spreken").niveau()).isEqualTo("A2");
        assertThat(expected.taalniveau().get("lezen").niveau()).isEqualTo("A2");
        assertThat(expected.trajecten().get("t1").status()).isEqualTo(Traject.Status.ACTIEF);
        assertThat(expected.trajecten().get("i1").aanwezigheidPercentage()).isEqualTo(75);
        assertThat(expected.assessment().status()).isEqualTo(Assessment.Status.AFGEROND);
        assertThat(expected.mijlpalen()).containsKeys(Fase.AANGEMELD, Fase.ASSESSMENT, Fase.WERKGESPREK, Fase.IN_TRAJECT);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(events);
            assertThat(VoortgangProjector.fold(ID, "0344", events)).isEqualTo(expected);
        }
        List<CloudEvent> twice = new ArrayList<>(events);
        twice.addAll(events);
        assertThat(VoortgangProjector.fold(ID, "0344", twice)).isEqualTo(expected);
    }

    @Test
    void inburgering_exam_results_keep_the_newest_per_part() {
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered,
                other("inburgering-started", "i1", 2, 10, Map.of("startdatum", "2026-09-11")),
                other("traject-progress-reported", "i1", 4, 90, Map.of("datum", "2026-11-30",
                        "examen", Map.of("onderdeel", "LEZEN", "datum", "2026-11-28", "behaald", true))),
                other("traject-progress-reported", "i1", 3, 60, Map.of("datum", "2026-10-31",
                        "examen", Map.of("onderdeel", "LEZEN", "datum", "2026-10-30", "behaald", false))),
                other("traject-progress-reported", "i1", 5, 91, Map.of("datum", "2026-12-01",
                        "examen", Map.of("onderdeel", "KNM", "behaald", false)))));
        assertThat(v.examens()).containsEntry("LEZEN", new Examen("LEZEN", LocalDate.of(2026, 11, 28), true))
                .containsEntry("KNM", new Examen("KNM", LocalDate.of(2026, 12, 1), false));
        assertThat(v.trajecten().get("i1").laatsteVoortgang()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void paid_work_is_uitstroom() {
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered,
                other("betaald-werk-started", "w1", 2, 100, Map.of("startdatum", "2026-12-10"))));
        assertThat(v.fase()).isEqualTo(Fase.UITGESTROOMD);
        assertThat(v.mijlpalen()).containsEntry(Fase.UITGESTROOMD, LocalDate.of(2026, 12, 10));
    }

    @Test
    void matches_proposed_and_rejected_are_on_the_timeline_without_changing_the_phase() {
        Voortgang v = VoortgangProjector.fold(ID, "0344", List.of(registered,
                other("match-proposed", "m1", 1, 40, Map.of("plaatsId", "p1")),
                other("match-rejected", "m1", 2, 45, Map.of("reden", "Te weinig uren beschikbaar"))));
        assertThat(v.fase()).isEqualTo(Fase.AANGEMELD);
        assertThat(v.tijdlijn()).extracting(Tijdlijnregel::omschrijving)
                .contains("Voorgesteld aan een werkgever", "Match afgewezen: Te weinig uren beschikbaar");
    }

    private static CloudEvent other(String name, String subject, long sequence, int dagen, Map<String, Object> data) {
        return parse(cloudEvent(name, ID, sequence, T0.plusSeconds(86400L * dagen), "0344", data)
                .replace("\"subject\":\"" + ID + "\"", "\"subject\":\"" + subject + "\""));
    }

    @Test
    void unknown_events_are_not_understood() {
        CloudEvent other = parse(cloudEvent("something-new-happened", ID, 9, T0, "0344", Map.of()));
        assertThat(VoortgangProjector.kent(other)).isFalse();
        assertThat(VoortgangProjector.kent(registered)).isTrue();
        assertThat(VoortgangProjector.kent(parse(cloudEvent("werkgever-registered", ID, 1, T0, "0344", Map.of()))))
                .isTrue();
    }
}
