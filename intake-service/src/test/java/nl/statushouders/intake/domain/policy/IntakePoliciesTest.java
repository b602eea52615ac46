package nl.statushouders.intake.domain.policy;

import nl.statushouders.intake.domain.Afspraak;
import nl.statushouders.intake.domain.AssessmentBesluit;
import nl.statushouders.intake.domain.Deelnemer;
import nl.statushouders.intake.domain.IntakeDossier;
import nl.statushouders.intake.domain.Partij;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PreconditionFailedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each intake policy on its own, at its boundaries. */
class IntakePoliciesTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);

    static IntakeDossier dossier(int planVersie) {
        return new IntakeDossier(UUID.randomUUID(), "0344", null, null, VANDAAG.minusDays(9), VANDAAG.minusDays(2), planVersie, null, false, null);
    }

    @Nested
    class Elfproef {
        @ParameterizedTest
        @ValueSource(strings = {"111222333", "123456782", "999999990"})
        void valid(String bsn) {
            assertThat(BsnElfproef.isValid(bsn)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"123456789", "111222334", "12345678", "1234567890", "12345678a", "000000000", ""})
        void invalid(String bsn) {
            assertThat(BsnElfproef.isValid(bsn)).isFalse();
        }

        @Test
        void null_is_invalid() {
            assertThat(BsnElfproef.isValid(null)).isFalse();
        }
    }

    @Nested
    class Geboortedatum {
        @Test
        void tomorrow_is_in_the_future() {
            assertThat(PlausibeleGeboortedatum.check(VANDAAG.plusDays(1), VANDAAG)).hasSize(1);
        }

        @Test
        void working_age_boundaries() {
            assertThat(PlausibeleGeboortedatum.check(VANDAAG.minusYears(15), VANDAAG)).isEmpty();
            assertThat(PlausibeleGeboortedatum.check(VANDAAG.minusYears(15).plusDays(1), VANDAAG)).hasSize(1);
            assertThat(PlausibeleGeboortedatum.check(VANDAAG.minusYears(67).plusDays(1), VANDAAG)).isEmpty();
            assertThat(PlausibeleGeboortedatum.check(VANDAAG.minusYears(67), VANDAAG)).hasSize(1);
        }
    }

    @Nested
    class Gezamenlijk {
        final Deelnemer werkmatcher = new Deelnemer(Deelnemer.Rol.WERKMATCHER, null);
        final Deelnemer vwn = new Deelnemer(Deelnemer.Rol.VLUCHTELINGENWERK, null);

        @Test
        void werkmatcher_and_vluchtelingenwerk() {
            assertThat(GezamenlijkWerkgesprek.check(List.of(werkmatcher, vwn), null)).isEmpty();
        }

        @Test
        void vluchtelingenwerk_absent_with_reason() {
            assertThat(GezamenlijkWerkgesprek.check(List.of(werkmatcher), "ziek")).isEmpty();
        }

        @Test
        void vluchtelingenwerk_absent_without_reason() {
            assertThat(GezamenlijkWerkgesprek.check(List.of(werkmatcher), "  ")).hasSize(1);
        }

        @Test
        void no_gemeente_participant() {
            assertThat(GezamenlijkWerkgesprek.check(List.of(vwn), null)).hasSize(1);
        }
    }

    @Nested
    class Afspraken {
        @Test
        void each_agreement_needs_a_responsible_party() {
            assertThat(EenVerantwoordelijkePerAfspraak.check(List.of(new Afspraak("CV", Partij.GEMEENTE, null),
                    new Afspraak("Taal", null, null)))).singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("planVanAanpak.afspraken[1].verantwoordelijke"));
        }

        @Test
        void the_same_activity_twice_is_a_dubbeling_whatever_the_spacing_or_case() {
            assertThat(GeenDubbelingen.check(List.of(new Afspraak("Sollicitatie  training", Partij.GEMEENTE, null),
                    new Afspraak(" sollicitatie training", Partij.VLUCHTELINGENWERK, null)))).hasSize(1);
        }

        @Test
        void different_activities_are_fine() {
            assertThat(GeenDubbelingen.check(List.of(new Afspraak("CV", Partij.GEMEENTE, null),
                    new Afspraak("Taal", Partij.TAALSCHOOL, null)))).isEmpty();
        }
    }

    @Nested
    class Data {
        @Test
        void evaluation_on_the_day_of_the_werkgesprek_is_too_early() {
            assertThat(EvaluatieNaWerkgesprek.check(VANDAAG, VANDAAG)).hasSize(1);
            assertThat(EvaluatieNaWerkgesprek.check(VANDAAG, VANDAAG.plusDays(1))).isEmpty();
        }

        @Test
        void a_conversation_today_is_fine_tomorrow_is_not() {
            assertThat(GesprekNietInToekomst.check(VANDAAG, VANDAAG)).isEmpty();
            assertThat(GesprekNietInToekomst.check(VANDAAG.plusDays(1), VANDAAG)).hasSize(1);
        }

        @Test
        void one_plan_per_statushouder() {
            EenPlanPerStatushouder.check(dossier(0));
            assertThatThrownBy(() -> EenPlanPerStatushouder.check(dossier(1))).isInstanceOf(ConflictException.class);
        }

        @Test
        void startgesprek_comes_first_and_not_later_than_the_werkgesprek() {
            assertThat(StartgesprekVoorWerkgesprek.check(null, VANDAAG)).singleElement()
                    .satisfies(v -> assertThat(v.policy()).isEqualTo(StartgesprekVoorWerkgesprek.NAME));
            assertThat(StartgesprekVoorWerkgesprek.check(VANDAAG, VANDAAG)).isEmpty();
            assertThat(StartgesprekVoorWerkgesprek.check(VANDAAG, VANDAAG.minusDays(1))).hasSize(1);
        }
    }

    @Nested
    class Startgesprek {
        @Test
        void noa_needs_no_motivation() {
            assertThat(MotiveringBijAssessmentBesluit.check(AssessmentBesluit.NOA, null)).isEmpty();
        }

        @Test
        void alternatief_and_geen_need_a_motivation() {
            assertThat(MotiveringBijAssessmentBesluit.check(AssessmentBesluit.ALTERNATIEF, " ")).hasSize(1);
            assertThat(MotiveringBijAssessmentBesluit.check(AssessmentBesluit.GEEN, null)).hasSize(1);
            assertThat(MotiveringBijAssessmentBesluit.check(AssessmentBesluit.GEEN, "Werkt al fulltime")).isEmpty();
        }
    }

    @Nested
    class PlanVersies {
        @Test
        void a_revision_needs_a_plan() {
            assertThatThrownBy(() -> PlanVersiesOpvolgend.volgendeVersie(dossier(0), null))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void the_next_version_follows_the_current_one() {
            assertThat(PlanVersiesOpvolgend.volgendeVersie(dossier(2), null)).isEqualTo(3);
            assertThat(PlanVersiesOpvolgend.volgendeVersie(dossier(2), 2)).isEqualTo(3);
        }

        @Test
        void a_stale_if_match_fails_the_precondition() {
            assertThatThrownBy(() -> PlanVersiesOpvolgend.volgendeVersie(dossier(2), 1))
                    .isInstanceOf(PreconditionFailedException.class);
        }
    }
}
