package nl.statushouders.assessment.domain.policy;

import nl.statushouders.assessment.domain.Assessment;
import nl.statushouders.assessment.domain.Opleidingsniveau;
import nl.statushouders.assessment.domain.Profiel;
import nl.statushouders.assessment.domain.Soort;
import nl.statushouders.assessment.domain.Status;
import nl.statushouders.assessment.domain.Taalniveau;
import nl.statushouders.assessment.domain.Werkervaring;
import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each assessment policy on its own, at its boundaries. */
class AssessmentPoliciesTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 29);

    static Assessment assessment(Status status, LocalDate sessie) {
        return new Assessment(UUID.randomUUID(), UUID.randomUUID(), "0344", Soort.NOA, status, sessie);
    }

    @Test
    void every_policy_is_listed_once() {
        assertThat(AssessmentPolicies.ALL).doesNotHaveDuplicates().hasSize(9).allMatch(n -> n.matches("[a-z]+(-[a-z]+)*"));
    }

    @Nested
    class Bekend {
        @Test
        void unknown_is_422_on_statushouder_id() {
            assertThatThrownBy(() -> BekendeStatushouder.check(false)).isInstanceOfSatisfying(PolicyViolationException.class,
                    e -> assertThat(e.violations()).containsExactly(
                            new Violation(BekendeStatushouder.NAME, "statushouderId", "onbekend in uw gemeente")));
            assertThatCode(() -> BekendeStatushouder.check(true)).doesNotThrowAnyException();
        }
    }

    @Nested
    class EenOpen {
        @Test
        void an_open_assessment_blocks_a_second_with_a_link_to_it() {
            UUID open = UUID.randomUUID();
            assertThatThrownBy(() -> EenOpenAssessmentPerStatushouder.check(open)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(open.toString()).hasMessageContaining(EenOpenAssessmentPerStatushouder.NAME);
            assertThatCode(() -> EenOpenAssessmentPerStatushouder.check(null)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Definitief {
        @Test
        void only_afgerond_is_final() {
            assertThatThrownBy(() -> AfgerondIsDefinitief.check(assessment(Status.AFGEROND, null)))
                    .isInstanceOf(ConflictException.class);
            for (Status s : new Status[]{Status.UITGENODIGD, Status.GEPLAND, Status.NIET_VERSCHENEN}) {
                assertThatCode(() -> AfgerondIsDefinitief.check(assessment(s, VANDAAG))).doesNotThrowAnyException();
            }
        }
    }

    @Nested
    class Sessie {
        @Test
        void today_and_later_are_fine_yesterday_is_not() {
            assertThat(SessieNietInVerleden.check(VANDAAG, VANDAAG)).isEmpty();
            assertThat(SessieNietInVerleden.check(VANDAAG.plusDays(30), VANDAAG)).isEmpty();
            assertThat(SessieNietInVerleden.check(VANDAAG.minusDays(1), VANDAAG)).extracting(Violation::field)
                    .containsExactly("datum");
        }
    }

    @Nested
    class NietVerschenen {
        @Test
        void needs_a_planned_session_that_took_place() {
            assertThat(NietVerschenenNaSessie.check(assessment(Status.GEPLAND, VANDAAG), VANDAAG, VANDAAG)).isEmpty();
            assertThat(NietVerschenenNaSessie.check(assessment(Status.GEPLAND, VANDAAG.minusDays(3)), VANDAAG.minusDays(3), VANDAAG)).isEmpty();
            assertThat(NietVerschenenNaSessie.check(assessment(Status.GEPLAND, VANDAAG.plusDays(1)), VANDAAG, VANDAAG)).hasSize(1);
            assertThat(NietVerschenenNaSessie.check(assessment(Status.UITGENODIGD, null), VANDAAG, VANDAAG)).hasSize(1);
            assertThat(NietVerschenenNaSessie.check(assessment(Status.NIET_VERSCHENEN, null), VANDAAG, VANDAAG)).hasSize(1);
        }

        @Test
        void the_date_lies_between_the_session_and_today() {
            Assessment a = assessment(Status.GEPLAND, VANDAAG.minusDays(3));
            assertThat(NietVerschenenNaSessie.check(a, VANDAAG.minusDays(4), VANDAAG)).hasSize(1);
            assertThat(NietVerschenenNaSessie.check(a, VANDAAG.plusDays(1), VANDAAG)).hasSize(1);
        }
    }

    @Nested
    class Resultaat {
        @Test
        void not_in_the_future() {
            assertThat(ResultaatNietInToekomst.check(VANDAAG, VANDAAG)).isEmpty();
            assertThat(ResultaatNietInToekomst.check(VANDAAG.plusDays(1), VANDAAG)).hasSize(1);
        }
    }

    @Nested
    class VolledigProfiel {
        Profiel profiel(Opleidingsniveau o, Taalniveau t) {
            return new Profiel(o, List.of(), t, List.of(), List.of(), List.of(), "advies");
        }

        @Test
        void noa_needs_education_and_four_skills() {
            assertThat(VolledigProfielBijNoa.check(Soort.NOA, profiel(Opleidingsniveau.VMBO, new Taalniveau("A0", "A1", "A0", "A0")))).isEmpty();
            assertThat(VolledigProfielBijNoa.check(Soort.NOA, profiel(null, null))).extracting(Violation::field)
                    .containsExactly("opleidingsniveau", "taalniveau.lezen", "taalniveau.luisteren", "taalniveau.spreken",
                            "taalniveau.schrijven");
        }

        @Test
        void alternatief_takes_what_is_known() {
            assertThat(VolledigProfielBijNoa.check(Soort.ALTERNATIEF, profiel(null, null))).isEmpty();
            assertThat(VolledigProfielBijNoa.check(Soort.ALTERNATIEF, profiel(null, new Taalniveau(null, "A1", null, null)))).isEmpty();
        }
    }

    @Nested
    class Taal {
        @ParameterizedTest
        @ValueSource(strings = {"A0", "A1", "A2", "B1", "B2", "C1", "C2"})
        void cefr_levels_are_valid(String niveau) {
            assertThat(GeldigTaalniveau.check(new Taalniveau(niveau, niveau, niveau, niveau))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"D1", "A3", "B", "", "a1x", "C3"})
        void others_are_not(String niveau) {
            assertThat(GeldigTaalniveau.check(new Taalniveau(null, niveau, null, null))).extracting(Violation::field)
                    .containsExactly("taalniveau.luisteren");
        }

        @Test
        void missing_skills_are_for_the_profile_rule() {
            assertThat(GeldigTaalniveau.check(Taalniveau.ONBEKEND)).isEmpty();
            assertThat(GeldigTaalniveau.check(null)).isEmpty();
        }
    }

    @Nested
    class Werkjaren {
        @Test
        void zero_to_sixty_years() {
            assertThat(PlausibeleWerkervaring.check(List.of(new Werkervaring("a", 0, "x"), new Werkervaring("b", 60, "y")))).isEmpty();
            assertThat(PlausibeleWerkervaring.check(List.of(new Werkervaring("a", 5, "x"), new Werkervaring("b", 61, "y"),
                    new Werkervaring("c", -1, "z")))).extracting(Violation::field)
                    .containsExactly("werkervaring[1].jaren", "werkervaring[2].jaren");
        }
    }

    @ParameterizedTest
    @EnumSource(Opleidingsniveau.class)
    void every_education_level_passes_the_noa_profile_rule(Opleidingsniveau niveau) {
        assertThat(VolledigProfielBijNoa.check(Soort.NOA, new Profiel(niveau, List.of(), new Taalniveau("B1", "B1", "B1", "B1"),
                List.of(), List.of(), List.of(), "advies"))).isEmpty();
    }
}
