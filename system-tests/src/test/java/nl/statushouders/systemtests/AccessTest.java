package nl.statushouders.systemtests;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static nl.statushouders.systemtests.Platform.as;
import static nl.statushouders.systemtests.Platform.bsn;
import static nl.statushouders.systemtests.Platform.client;
import static nl.statushouders.systemtests.Platform.id;
import static nl.statushouders.systemtests.Platform.intake;
import static nl.statushouders.systemtests.Platform.monitoring;
import static nl.statushouders.systemtests.Platform.user;
import static org.awaitility.Awaitility.await;

/** Tenant separation and roles with the realm's real tokens. */
class AccessTest {

    @Test
    void another_gemeente_cannot_see_a_statushouder_and_roles_are_enforced() {
        String location = as(user("werkmatcher.utrecht")).body(Map.of("bsn", bsn(), "voornaam", "Huda", "achternaam", "Darwish",
                        "geboortedatum", "1988-11-30", "talen", List.of("Arabisch"), "huisvesting", Map.of("status", "WONING"),
                        "datumVerblijfsvergunning", "2026-06-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(user("werkmatcher.utrecht")).get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(200));

        String amersfoort = user("werkmatcher.amersfoort");
        as(amersfoort).get(intake() + "/statushouders/" + id).then().statusCode(404);
        as(amersfoort).get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(404);

        as(user("beleid.utrecht")).get(monitoring() + "/statushouders/" + id + "/voortgang").then().statusCode(403);
        as(client("taalschool-utrecht")).get(intake() + "/statushouders/" + id).then().statusCode(403);
        as(client("coa")).get(intake() + "/statushouders/" + id).then().statusCode(403);
        RestAssured.given().get(intake() + "/statushouders/" + id).then().statusCode(401);
        RestAssured.given().auth().oauth2("not-a-token").get(intake() + "/statushouders/" + id).then().statusCode(401);
    }

    @Test
    void only_platform_beheer_sees_the_parked_events_of_every_consuming_service() {
        String beheer = user("beheer");
        String werkmatcher = user("werkmatcher.utrecht");
        for (String service : List.of(Platform.assessment(), Platform.trajecten(), Platform.werkgevers(), monitoring())) {
            as(beheer).get(service + "/geparkeerde-events").then().statusCode(200);
            as(werkmatcher).get(service + "/geparkeerde-events").then().statusCode(403);
            as(werkmatcher).body(Map.of()).post(service + "/geparkeerde-events/herverwerking").then().statusCode(403);
            RestAssured.given().get(service + "/geparkeerde-events").then().statusCode(401);
        }
    }

    @Test
    void a_partner_sees_its_own_gemeente_only() {
        String amersfoort = id(as(user("werkmatcher.amersfoort")).body(Map.of("bsn", bsn(), "voornaam", "Tesfay",
                        "achternaam", "Haile", "geboortedatum", "1993-04-04", "talen", List.of("Tigrinya"),
                        "huisvesting", Map.of("status", "WONING"), "datumVerblijfsvergunning", "2026-04-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));
        String utrecht = id(as(user("werkmatcher.utrecht")).body(Map.of("bsn", bsn(), "voornaam", "Nour",
                        "achternaam", "Yousef", "geboortedatum", "1995-05-05", "talen", List.of("Arabisch"),
                        "huisvesting", Map.of("status", "WONING"), "datumVerblijfsvergunning", "2026-04-01"))
                .post(intake() + "/statushouders").then().statusCode(201).extract().header("Location"));

        // VluchtelingenWerk's consultant in Utrecht: Utrecht's statushouder yes, Amersfoort's not (as if unknown).
        String vwn = user("vwn.utrecht");
        as(vwn).get(intake() + "/statushouders/" + utrecht).then().statusCode(200);
        as(vwn).get(intake() + "/statushouders/" + amersfoort).then().statusCode(404);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(vwn).get(monitoring() + "/statushouders/" + utrecht + "/voortgang").then().statusCode(200));
        as(vwn).get(monitoring() + "/statushouders/" + amersfoort + "/voortgang").then().statusCode(404);
    }
}
