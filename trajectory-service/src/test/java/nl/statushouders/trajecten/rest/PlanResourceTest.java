package nl.statushouders.trajecten.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.Tokens;
import nl.statushouders.trajecten.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.vandaag;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static nl.statushouders.trajecten.Fixtures.werkmatcherAmersfoort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PlanResourceTest {

    @Test
    void a_werkmatcher_plans_a_trajectory_201_with_location_and_the_plan() {
        UUID statushouder = statushouder();
        var response = as(werkmatcher()).body(plan(statushouder)).post(TRAJECTEN)
                .then().statusCode(201)
                .header("Location", containsString(TRAJECTEN + "/"))
                .header("API-Version", equalTo("1.0.0"))
                .body("status", equalTo("GEPLAND"))
                .body("soort", equalTo("TAALSTAGE"))
                .body("statushouderId", equalTo(statushouder.toString()))
                .body("gemeente", equalTo("0344"))
                .body("plan.aanbieder", equalTo("Zorgcentrum De Linde"))
                .body("plan.urenPerWeek", equalTo(16))
                .body("plan.startdatum", equalTo(vandaag().toString()))
                .body("plan.leerdoelen[0].soort", equalTo("TAAL"))
                .body("laatsteVoortgang", nullValue())
                .body("aantalVoortgangsmeldingen", equalTo(0))
                .extract();
        String location = response.header("Location");
        as(werkmatcher()).get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("status", equalTo("GEPLAND"));
    }

    @Test
    void without_token_401_and_nothing_stored() {
        StoreCounts before = StoreCounts.now();
        given().contentType("application/json").body(plan(UUID.randomUUID())).post(TRAJECTEN).then().statusCode(401);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vluchtelingenwerk", "taalschool", "uaf", "teamleider", "werkgeversservicepunt"})
    void other_roles_403(String role) {
        UUID statushouder = statushouder();
        StoreCounts before = StoreCounts.now();
        as(Tokens.token().roles(role).organisatie("taalschool-utrecht").build()).body(plan(statushouder)).post(TRAJECTEN)
                .then().statusCode(403);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_statushouder_of_another_gemeente_is_unknown_422_on_statushouderId() {
        UUID utrechter = statushouder();
        StoreCounts before = StoreCounts.now();
        as(werkmatcherAmersfoort()).body(plan(utrechter)).post(TRAJECTEN)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem("statushouderId"))
                .body("invalidParams.reason.toString()", containsString("onbekend in uw gemeente"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void an_unknown_statushouder_is_422_on_statushouderId() {
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(plan(UUID.randomUUID())).post(TRAJECTEN)
                .then().statusCode(422).body("invalidParams.name", hasItem("statushouderId"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"statushouderId", "soort", "aanbieder", "startdatum", "geplandeEinddatum", "urenPerWeek", "leerdoelen"})
    void a_missing_field_is_400_naming_it_and_nothing_stored(String field) {
        UUID statushouder = statushouder();
        Map<String, Object> body = plan(statushouder);
        body.remove(field);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", hasItem(field));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void malformed_values_are_400_naming_the_field() {
        UUID statushouder = statushouder();
        StoreCounts before = StoreCounts.now();
        Map<String, Object> body = plan(statushouder);
        body.put("soort", "ZWEMLES");
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(400).body("invalidParams.name", hasItem("soort"));
        body = plan(statushouder);
        body.put("startdatum", "1-12-2026");
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(400).body("invalidParams.name", hasItem("startdatum"));
        body = plan(statushouder);
        body.put("urenPerWeek", 0);
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(400).body("invalidParams.name", hasItem("urenPerWeek"));
        body = plan(statushouder);
        body.put("leerdoelen", List.of(Map.of("soort", "KOKEN", "omschrijving", "x")));
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(400);
        as(werkmatcher()).body("{not json").post(TRAJECTEN).then().statusCode(400);
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void a_young_person_without_startkwalificatie_needs_a_motivering_for_a_taalstage() {
        UUID jongere = statushouder("0344", vandaag().minusYears(22));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(plan(jongere)).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("motivering"))
                .body("invalidParams.reason.toString()", containsString("jongeren-eerst-onderwijs"));
        assertThat(StoreCounts.now()).isEqualTo(before);

        Map<String, Object> opleiding = plan(jongere);
        opleiding.put("soort", "OPLEIDING");
        opleiding.put("aanbieder", "ROC Midden Nederland");
        as(werkmatcher()).body(opleiding).post(TRAJECTEN).then().statusCode(201);

        Map<String, Object> gemotiveerd = plan(jongere);
        gemotiveerd.put("motivering", "Eerst taal op de werkvloer, opleiding volgt na de zomer");
        gemotiveerd.put("urenPerWeek", 8);
        as(werkmatcher()).body(gemotiveerd).post(TRAJECTEN).then().statusCode(201)
                .body("plan.motivering", equalTo("Eerst taal op de werkvloer, opleiding volgt na de zomer"));
    }

    @Test
    void a_young_person_with_startkwalificatie_from_the_assessment_needs_no_motivering() {
        UUID jongere = statushouder("0344", vandaag().minusYears(22));
        nl.statushouders.trajecten.Fixtures.assessment(jongere, "0344", "MBO4");
        as(werkmatcher()).body(plan(jongere)).post(TRAJECTEN).then().statusCode(201);
    }

    @Test
    void a_taalstage_without_a_language_goal_is_422() {
        Map<String, Object> body = plan(statushouder());
        body.put("leerdoelen", List.of(Map.of("soort", "VAKKENNIS", "omschrijving", "Zorgtaken")));
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("leerdoelen"));
        assertThat(StoreCounts.now()).isEqualTo(before);
    }

    @Test
    void studie_met_behoud_van_uitkering_under_30_or_longer_than_12_months_is_422() {
        UUID jongere = statushouder("0344", vandaag().minusYears(25));
        Map<String, Object> body = plan(jongere);
        body.put("soort", "STUDIE_MET_BEHOUD_VAN_UITKERING");
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(422).body("invalidParams.name", hasItem("soort"));

        Map<String, Object> teLang = plan(statushouder());
        teLang.put("soort", "STUDIE_MET_BEHOUD_VAN_UITKERING");
        teLang.put("geplandeEinddatum", vandaag().plusMonths(13).toString());
        as(werkmatcher()).body(teLang).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("geplandeEinddatum"));
    }

    @Test
    void an_end_date_before_the_start_is_422() {
        Map<String, Object> body = plan(statushouder());
        body.put("geplandeEinddatum", vandaag().minusDays(1).toString());
        as(werkmatcher()).body(body).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("geplandeEinddatum"))
                .body("invalidParams.reason.toString()", containsString("einddatum-na-startdatum"));
    }

    @Test
    void the_hours_of_planned_and_active_trajectories_stay_within_40() {
        UUID statushouder = statushouder();
        Map<String, Object> inburgering = plan(statushouder);
        inburgering.put("soort", "INBURGERING");
        inburgering.put("urenPerWeek", 24);
        gepland(inburgering);
        Map<String, Object> taalstage = plan(statushouder);
        taalstage.put("urenPerWeek", 17);
        StoreCounts before = StoreCounts.now();
        as(werkmatcher()).body(taalstage).post(TRAJECTEN).then().statusCode(422)
                .body("invalidParams.name", hasItem("urenPerWeek"))
                .body("invalidParams.reason.toString()", containsString("maximale-uren-per-week"));
        assertThat(StoreCounts.now()).isEqualTo(before);
        taalstage.put("urenPerWeek", 16);
        as(werkmatcher()).body(taalstage).post(TRAJECTEN).then().statusCode(201);
    }

    @Test
    void an_ended_trajectory_no_longer_counts_for_the_hours() {
        UUID statushouder = statushouder();
        Map<String, Object> groot = plan(statushouder);
        groot.put("urenPerWeek", 36);
        String id = gepland(groot);
        as(werkmatcher()).body(plan(statushouder)).post(TRAJECTEN).then().statusCode(422);
        as(werkmatcher()).body(nl.statushouders.trajecten.Fixtures.beeindiging()).post(TRAJECTEN + "/" + id + "/beeindiging")
                .then().statusCode(200);
        as(werkmatcher()).body(plan(statushouder)).post(TRAJECTEN).then().statusCode(201);
    }
}
