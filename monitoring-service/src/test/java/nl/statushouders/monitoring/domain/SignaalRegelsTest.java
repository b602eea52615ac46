package nl.statushouders.monitoring.domain;

import nl.statushouders.platform.consumer.CloudEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.monitoring.Events.cloudEvent;
import static nl.statushouders.monitoring.Events.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Each signal on the day before it holds, the day it starts to hold, and when it is resolved. */
class SignaalRegelsTest {

    static final UUID ID = UUID.randomUUID();
    static final LocalDate AANGEMELD = LocalDate.of(2026, 3, 2);
    static final Drempels D = Drempels.STANDAARD;

    final List<CloudEvent> events = new ArrayList<>();

    SignaalRegelsTest() {
        add("statushouder-registered", AANGEMELD, Map.of("geboortedatum", "2001-06-01"));
    }

    @Test
    void geen_werkgesprek_binnen_termijn_from_ten_weeks_after_registration() {
        LocalDate grens = AANGEMELD.plusWeeks(10);
        assertThat(signalen(grens.minusDays(1))).doesNotContain(Signaal.GEEN_WERKGESPREK_BINNEN_TERMIJN);
        assertThat(melding(grens, Signaal.GEEN_WERKGESPREK_BINNEN_TERMIJN).sinds()).isEqualTo(grens);
        add("werkgesprek-held", grens.plusDays(2), Map.of("datum", grens.plusDays(2).toString()));
        assertThat(signalen(grens.plusDays(3))).doesNotContain(Signaal.GEEN_WERKGESPREK_BINNEN_TERMIJN);
    }

    @Test
    void assessment_niet_verschenen_until_a_new_appointment() {
        add("assessment-invited", AANGEMELD.plusDays(5), Map.of("soort", "NOA"));
        add("assessment-missed", AANGEMELD.plusDays(12), Map.of());
        assertThat(melding(AANGEMELD.plusDays(12), Signaal.ASSESSMENT_NIET_VERSCHENEN).sinds()).isEqualTo(AANGEMELD.plusDays(12));
        add("assessment-scheduled", AANGEMELD.plusDays(14), Map.of("datum", AANGEMELD.plusDays(20).toString()));
        assertThat(signalen(AANGEMELD.plusDays(15))).doesNotContain(Signaal.ASSESSMENT_NIET_VERSCHENEN);
    }

    @Test
    void traject_zonder_voortgang_six_weeks_after_the_last_report() {
        LocalDate start = AANGEMELD.plusMonths(2);
        addTraject("taalstage-started", "t1", start, Map.of("startdatum", start.toString()));
        assertThat(signalen(start.plusWeeks(6).minusDays(1))).doesNotContain(Signaal.TRAJECT_ZONDER_VOORTGANG);
        assertThat(melding(start.plusWeeks(6), Signaal.TRAJECT_ZONDER_VOORTGANG).sinds()).isEqualTo(start.plusWeeks(6));
        LocalDate gemeld = start.plusWeeks(5);
        addTraject("traject-progress-reported", "t1", gemeld, Map.of("datum", gemeld.toString(), "aanwezigheidPercentage", 90));
        assertThat(signalen(start.plusWeeks(6))).doesNotContain(Signaal.TRAJECT_ZONDER_VOORTGANG);
        assertThat(melding(gemeld.plusWeeks(6), Signaal.TRAJECT_ZONDER_VOORTGANG).sinds()).isEqualTo(gemeld.plusWeeks(6));
        addTraject("traject-ended", "t1", gemeld.plusWeeks(1), Map.of("datum", gemeld.plusWeeks(1).toString(), "reden", "AFGEROND"));
        assertThat(signalen(gemeld.plusWeeks(7))).doesNotContain(Signaal.TRAJECT_ZONDER_VOORTGANG);
    }

    @Test
    void inburgering_lage_aanwezigheid_below_eighty_percent() {
        LocalDate start = AANGEMELD.plusMonths(1);
        addTraject("inburgering-started", "inb", start, Map.of("startdatum", start.toString()));
        addTraject("traject-progress-reported", "inb", start.plusWeeks(3), Map.of("datum", start.plusWeeks(3).toString(),
                "aanwezigheidPercentage", 80));
        assertThat(signalen(start.plusWeeks(3))).doesNotContain(Signaal.INBURGERING_LAGE_AANWEZIGHEID);
        addTraject("traject-progress-reported", "inb", start.plusWeeks(4), Map.of("datum", start.plusWeeks(4).toString(),
                "aanwezigheidPercentage", 79));
        assertThat(melding(start.plusWeeks(4), Signaal.INBURGERING_LAGE_AANWEZIGHEID).sinds()).isEqualTo(start.plusWeeks(4));
    }

    @Test
    void plan_evaluatie_verlopen_the_day_after_the_evaluation_date() {
        LocalDate evaluatie = AANGEMELD.plusMonths(4);
        add("plan-van-aanpak-agreed", AANGEMELD.plusMonths(1), Map.of("versie", 1, "evaluatiedatum", evaluatie.toString()));
        assertThat(signalen(evaluatie)).doesNotContain(Signaal.PLAN_EVALUATIE_VERLOPEN);
        assertThat(melding(evaluatie.plusDays(1), Signaal.PLAN_EVALUATIE_VERLOPEN).sinds()).isEqualTo(evaluatie.plusDays(1));
        add("plan-van-aanpak-revised", evaluatie.plusDays(3), Map.of("versie", 2, "evaluatiedatum", evaluatie.plusMonths(3).toString()));
        assertThat(signalen(evaluatie.plusDays(4))).doesNotContain(Signaal.PLAN_EVALUATIE_VERLOPEN);
    }

    @Test
    void klaar_voor_volgende_stap_when_speaking_a2_while_only_in_taalstage_or_volunteering() {
        LocalDate start = AANGEMELD.plusMonths(2);
        addTraject("taalstage-started", "t1", start, Map.of("startdatum", start.toString()));
        addTraject("traject-progress-reported", "t1", start.plusWeeks(2), Map.of("datum", start.plusWeeks(2).toString(),
                "taalniveau", Map.of("spreken", "A1")));
        assertThat(signalen(start.plusWeeks(2))).doesNotContain(Signaal.KLAAR_VOOR_VOLGENDE_STAP);
        addTraject("traject-progress-reported", "t1", start.plusWeeks(5), Map.of("datum", start.plusWeeks(5).toString(),
                "taalniveau", Map.of("spreken", "A2")));
        assertThat(melding(start.plusWeeks(5), Signaal.KLAAR_VOOR_VOLGENDE_STAP).sinds()).isEqualTo(start.plusWeeks(5));
        addTraject("werkervaringsplek-started", "t2", start.plusWeeks(6), Map.of("startdatum", start.plusWeeks(6).toString()));
        assertThat(signalen(start.plusWeeks(6))).doesNotContain(Signaal.KLAAR_VOOR_VOLGENDE_STAP);
    }

    @Test
    void jongere_zonder_opleiding_three_months_after_the_werkgesprek() {
        LocalDate werkgesprek = AANGEMELD.plusWeeks(6);
        add("werkgesprek-held", werkgesprek, Map.of("datum", werkgesprek.toString()));
        LocalDate termijn = werkgesprek.plusMonths(3);
        assertThat(signalen(termijn)).doesNotContain(Signaal.JONGERE_ZONDER_OPLEIDING);
        assertThat(melding(termijn.plusDays(1), Signaal.JONGERE_ZONDER_OPLEIDING).sinds()).isEqualTo(termijn.plusDays(1));
        addTraject("opleiding-started", "o1", termijn.minusDays(1), Map.of("startdatum", termijn.minusDays(1).toString()));
        assertThat(signalen(termijn.plusDays(1))).doesNotContain(Signaal.JONGERE_ZONDER_OPLEIDING);
    }

    @Test
    void no_education_signal_from_thirty_on() {
        events.clear();
        add("statushouder-registered", AANGEMELD, Map.of("geboortedatum", "1990-01-01"));
        add("werkgesprek-held", AANGEMELD.plusWeeks(6), Map.of("datum", AANGEMELD.plusWeeks(6).toString()));
        assertThat(signalen(AANGEMELD.plusYears(1))).doesNotContain(Signaal.JONGERE_ZONDER_OPLEIDING);
    }

    @Test
    void a_young_person_stops_being_young_on_their_thirtieth_birthday_and_on_1_march_when_born_on_29_february() {
        events.clear();
        add("statushouder-registered", AANGEMELD, Map.of("geboortedatum", "2000-02-29"));
        add("werkgesprek-held", AANGEMELD.plusWeeks(6), Map.of("datum", AANGEMELD.plusWeeks(6).toString()));
        assertThat(signalen(LocalDate.of(2030, 2, 28))).contains(Signaal.JONGERE_ZONDER_OPLEIDING);
        assertThat(signalen(LocalDate.of(2030, 3, 1))).doesNotContain(Signaal.JONGERE_ZONDER_OPLEIDING);
        assertThat(SignaalRegels.termijnen(voortgang(), D)).filteredOn(t -> t.melding().signaal() == Signaal.JONGERE_ZONDER_OPLEIDING)
                .singleElement().satisfies(t -> assertThat(t.tot()).isEqualTo(LocalDate.of(2030, 3, 1)));
        assertThat(SignaalRegels.jongerTot(LocalDate.of(2001, 6, 1), D)).isEqualTo(LocalDate.of(2031, 6, 1));
    }

    @Test
    void a_stored_term_holds_from_its_first_day_up_to_but_not_on_its_last() {
        SignaalMelding m = new SignaalMelding(Signaal.JONGERE_ZONDER_OPLEIDING, AANGEMELD, "uitleg");
        SignaalRegels.Termijn termijn = new SignaalRegels.Termijn(m, AANGEMELD, AANGEMELD.plusDays(2));
        assertThat(termijn.geldtOp(AANGEMELD.minusDays(1))).isFalse();
        assertThat(termijn.geldtOp(AANGEMELD)).isTrue();
        assertThat(termijn.geldtOp(AANGEMELD.plusDays(1))).isTrue();
        assertThat(termijn.geldtOp(AANGEMELD.plusDays(2))).isFalse();
        assertThat(new SignaalRegels.Termijn(m, null, null).geldtOp(LocalDate.MIN)).isTrue();
    }

    @Test
    void thresholds_are_configurable() {
        Drempels streng = new Drempels(4, 6, 80, "A2", 30, 3);
        List<SignaalMelding> m = SignaalRegels.bereken(voortgang(), AANGEMELD.plusWeeks(4), streng);
        assertThat(m).extracting(SignaalMelding::signaal).contains(Signaal.GEEN_WERKGESPREK_BINNEN_TERMIJN);
        assertThat(m.get(0).uitleg()).contains("4 weken");
    }

    private List<Signaal> signalen(LocalDate vandaag) {
        return SignaalRegels.bereken(voortgang(), vandaag, D).stream().map(SignaalMelding::signaal).toList();
    }

    private SignaalMelding melding(LocalDate vandaag, Signaal signaal) {
        return SignaalRegels.bereken(voortgang(), vandaag, D).stream().filter(m -> m.signaal() == signaal).findFirst()
                .orElseThrow(() -> new AssertionError(signaal + " does not hold on " + vandaag));
    }

    private Voortgang voortgang() {
        return VoortgangProjector.fold(ID, "0344", events);
    }

    private void add(String name, LocalDate day, Map<String, Object> data) {
        events.add(parse(cloudEvent(name, ID, events.size() + 1, at(day), "0344", data)));
    }

    private void addTraject(String name, String trajectId, LocalDate day, Map<String, Object> data) {
        String json = cloudEvent(name, ID, events.size() + 1, at(day), "0344", data).replace(
                "\"subject\":\"" + ID + "\"", "\"subject\":\"" + trajectId + "\"");
        events.add(parse(json));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }
}
