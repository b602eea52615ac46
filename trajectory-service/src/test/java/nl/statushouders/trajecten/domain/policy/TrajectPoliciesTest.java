package nl.statushouders.trajecten.domain.policy;

import nl.statushouders.platform.eventsourcing.ConflictException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.trajecten.domain.Deelnemer;
import nl.statushouders.trajecten.domain.Leerdoel;
import nl.statushouders.trajecten.domain.LeerdoelSoort;
import nl.statushouders.trajecten.domain.Soort;
import nl.statushouders.trajecten.domain.Startkwalificatie;
import nl.statushouders.trajecten.domain.Status;
import nl.statushouders.trajecten.domain.Traject;
import nl.statushouders.trajecten.domain.Uren;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each trajectory policy on its own, at its boundaries. */
class TrajectPoliciesTest {

    static final LocalDate START = LocalDate.of(2026, 12, 1);

    static Deelnemer geboren(LocalDate geboortedatum, Startkwalificatie sk) {
        return new Deelnemer(geboortedatum, sk);
    }

    @Test
    void every_policy_class_is_listed_once() throws Exception {
        String pkg = TrajectPolicies.class.getPackageName();
        List<String> classes = List.of("JongerenEerstOnderwijs", "StudieMetBehoudVanUitkering", "TaalstageMetTaalleerdoel",
                "MaximaleUrenPerWeek", "EinddatumNaStartdatum", "EenmaalStarten", "VoortgangBijActiefTraject",
                "VoortgangNietInToekomst", "AanwezigheidAlsPercentage", "EenmaalBeeindigen", "EigenStudenten");
        for (String name : classes) {
            var field = Class.forName(pkg + "." + name).getField("NAME");
            assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
            assertThat(TrajectPolicies.ALL).contains((String) field.get(null));
        }
        assertThat(TrajectPolicies.ALL).hasSameSizeAs(classes).doesNotHaveDuplicates();
    }

    @Nested
    class JongerenEerstOnderwijsRegel {
        final Deelnemer jong = geboren(START.minusYears(30).plusDays(1), Startkwalificatie.NEE);

        @Test
        void one_day_before_the_30th_birthday_without_qualification_a_werkervaringsplek_needs_a_motivering() {
            assertThat(JongerenEerstOnderwijs.check(Soort.WERKERVARINGSPLEK, jong, START, null))
                    .extracting(Violation::field).containsExactly("motivering");
            assertThat(JongerenEerstOnderwijs.check(Soort.WERKERVARINGSPLEK, jong, START, "  ")).hasSize(1);
            assertThat(JongerenEerstOnderwijs.check(Soort.WERKERVARINGSPLEK, jong, START, "Wil eerst werken")).isEmpty();
        }

        @Test
        void on_the_30th_birthday_the_rule_no_longer_applies() {
            assertThat(JongerenEerstOnderwijs.check(Soort.WERKERVARINGSPLEK,
                    geboren(START.minusYears(30), Startkwalificatie.NEE), START, null)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Soort.class, names = {"OPLEIDING", "PRE_BACHELOR", "INBURGERING"})
        void education_and_inburgering_are_always_allowed(Soort soort) {
            assertThat(JongerenEerstOnderwijs.check(soort, jong, START, null)).isEmpty();
        }

        @Test
        void unknown_qualification_counts_as_none_and_a_qualification_lifts_the_rule() {
            assertThat(JongerenEerstOnderwijs.check(Soort.TAALSTAGE,
                    geboren(jong.geboortedatum(), Startkwalificatie.ONBEKEND), START, null)).hasSize(1);
            assertThat(JongerenEerstOnderwijs.check(Soort.TAALSTAGE,
                    geboren(jong.geboortedatum(), Startkwalificatie.JA), START, null)).isEmpty();
        }

        @Test
        void unknown_birth_date_counts_as_young() {
            assertThat(JongerenEerstOnderwijs.check(Soort.BETAALD_WERK, geboren(null, Startkwalificatie.NEE), START, null))
                    .hasSize(1);
        }

        @Test
        void the_age_is_taken_at_the_start_date() {
            Deelnemer wordtDertig = geboren(LocalDate.of(1996, 12, 1), Startkwalificatie.NEE);
            assertThat(JongerenEerstOnderwijs.check(Soort.TAALSTAGE, wordtDertig, LocalDate.of(2026, 11, 30), null)).hasSize(1);
            assertThat(JongerenEerstOnderwijs.check(Soort.TAALSTAGE, wordtDertig, LocalDate.of(2026, 12, 1), null)).isEmpty();
        }
    }

    @Nested
    class StudieMetBehoud {
        final Deelnemer dertig = geboren(START.minusYears(30), Startkwalificatie.NEE);

        @Test
        void from_30_for_at_most_12_months() {
            assertThat(StudieMetBehoudVanUitkering.check(Soort.STUDIE_MET_BEHOUD_VAN_UITKERING, dertig, START,
                    START.plusMonths(12))).isEmpty();
        }

        @Test
        void one_day_over_12_months_is_refused_on_the_end_date() {
            assertThat(StudieMetBehoudVanUitkering.check(Soort.STUDIE_MET_BEHOUD_VAN_UITKERING, dertig, START,
                    START.plusMonths(12).plusDays(1))).extracting(Violation::field).containsExactly("geplandeEinddatum");
        }

        @Test
        void one_day_before_the_30th_birthday_is_refused_on_the_kind() {
            assertThat(StudieMetBehoudVanUitkering.check(Soort.STUDIE_MET_BEHOUD_VAN_UITKERING,
                    geboren(START.minusYears(30).plusDays(1), Startkwalificatie.NEE), START, START.plusMonths(6)))
                    .extracting(Violation::field).containsExactly("soort");
        }

        @Test
        void unknown_age_is_refused_and_other_kinds_are_not_concerned() {
            assertThat(StudieMetBehoudVanUitkering.check(Soort.STUDIE_MET_BEHOUD_VAN_UITKERING,
                    geboren(null, Startkwalificatie.NEE), START, START.plusMonths(6))).hasSize(1);
            assertThat(StudieMetBehoudVanUitkering.check(Soort.OPLEIDING, geboren(START.minusYears(20), Startkwalificatie.NEE),
                    START, START.plusYears(4))).isEmpty();
        }
    }

    @Nested
    class Taalstage {
        @Test
        void needs_a_language_goal() {
            assertThat(TaalstageMetTaalleerdoel.check(Soort.TAALSTAGE,
                    List.of(new Leerdoel(LeerdoelSoort.VAKKENNIS, "Zorgtaken")))).extracting(Violation::field)
                    .containsExactly("leerdoelen");
            assertThat(TaalstageMetTaalleerdoel.check(Soort.TAALSTAGE, List.of())).hasSize(1);
            assertThat(TaalstageMetTaalleerdoel.check(Soort.TAALSTAGE, List.of(
                    new Leerdoel(LeerdoelSoort.VAKKENNIS, "Zorgtaken"), new Leerdoel(LeerdoelSoort.TAAL, "Gesprekken")))).isEmpty();
        }

        @Test
        void other_kinds_need_no_language_goal() {
            assertThat(TaalstageMetTaalleerdoel.check(Soort.WERKERVARINGSPLEK, List.of())).isEmpty();
        }
    }

    @Nested
    class MaximaleUren {
        @Test
        void exactly_the_maximum_is_allowed_one_hour_more_is_not() {
            assertThat(MaximaleUrenPerWeek.check(16, new Uren(24, 40))).isEmpty();
            assertThat(MaximaleUrenPerWeek.check(17, new Uren(24, 40))).extracting(Violation::field)
                    .containsExactly("urenPerWeek");
        }

        @Test
        void the_maximum_is_configurable() {
            assertThat(MaximaleUrenPerWeek.check(16, new Uren(24, 36))).hasSize(1);
        }
    }

    @Test
    void end_date_after_start_date() {
        assertThat(EinddatumNaStartdatum.check(START, START.plusDays(1))).isEmpty();
        assertThat(EinddatumNaStartdatum.check(START, START)).extracting(Violation::field).containsExactly("geplandeEinddatum");
        assertThat(EinddatumNaStartdatum.check(START, START.minusDays(1))).hasSize(1);
    }

    @Test
    void progress_not_in_the_future() {
        assertThat(VoortgangNietInToekomst.check(START, START)).isEmpty();
        assertThat(VoortgangNietInToekomst.check(START.plusDays(1), START)).extracting(Violation::field).containsExactly("datum");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100})
    void attendance_within_0_and_100(int percentage) {
        assertThat(AanwezigheidAlsPercentage.check(percentage)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, 1000})
    void attendance_outside_0_and_100(int percentage) {
        assertThat(AanwezigheidAlsPercentage.check(percentage)).extracting(Violation::field)
                .containsExactly("aanwezigheidPercentage");
    }

    @Test
    void attendance_may_be_absent() {
        assertThat(AanwezigheidAlsPercentage.check(null)).isEmpty();
    }

    @Nested
    class Toestand {
        @Test
        void only_a_planned_trajectory_starts() {
            assertThatCode(() -> EenmaalStarten.check(traject(Status.GEPLAND))).doesNotThrowAnyException();
            assertThatThrownBy(() -> EenmaalStarten.check(traject(Status.ACTIEF))).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> EenmaalStarten.check(traject(Status.BEEINDIGD))).isInstanceOf(ConflictException.class);
        }

        @Test
        void progress_only_on_an_active_trajectory() {
            assertThatCode(() -> VoortgangBijActiefTraject.check(traject(Status.ACTIEF))).doesNotThrowAnyException();
            assertThatThrownBy(() -> VoortgangBijActiefTraject.check(traject(Status.GEPLAND))).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> VoortgangBijActiefTraject.check(traject(Status.BEEINDIGD))).isInstanceOf(ConflictException.class);
        }

        @Test
        void end_only_once() {
            assertThatCode(() -> EenmaalBeeindigen.check(traject(Status.GEPLAND))).doesNotThrowAnyException();
            assertThatCode(() -> EenmaalBeeindigen.check(traject(Status.ACTIEF))).doesNotThrowAnyException();
            assertThatThrownBy(() -> EenmaalBeeindigen.check(traject(Status.BEEINDIGD))).isInstanceOf(ConflictException.class);
        }

        Traject traject(Status status) {
            return new Traject(UUID.randomUUID(), UUID.randomUUID(), "0344", Soort.TAALSTAGE, "Aanbieder", null, START,
                    START.plusMonths(6), 16, List.of(), null, status);
        }
    }

    @Test
    void own_students_only_when_the_organisation_matches() {
        assertThat(EigenStudenten.eigen("taalschool-utrecht", "taalschool-utrecht")).isTrue();
        assertThat(EigenStudenten.eigen("taalschool-utrecht", "uaf")).isFalse();
        assertThat(EigenStudenten.eigen(null, "uaf")).isFalse();
    }

    @Test
    void startkwalificatie_from_the_education_level() {
        assertThat(Startkwalificatie.vanOpleidingsniveau("MBO2")).isEqualTo(Startkwalificatie.JA);
        assertThat(Startkwalificatie.vanOpleidingsniveau("HAVO")).isEqualTo(Startkwalificatie.JA);
        assertThat(Startkwalificatie.vanOpleidingsniveau("MBO1")).isEqualTo(Startkwalificatie.NEE);
        assertThat(Startkwalificatie.vanOpleidingsniveau("ONBEKEND")).isEqualTo(Startkwalificatie.ONBEKEND);
        assertThat(Startkwalificatie.vanOpleidingsniveau(null)).isEqualTo(Startkwalificatie.ONBEKEND);
    }
}
