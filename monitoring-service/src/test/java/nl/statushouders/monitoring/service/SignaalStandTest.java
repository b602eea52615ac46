package nl.statushouders.monitoring.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.monitoring.domain.Drempels;
import nl.statushouders.monitoring.domain.Kenmerken;
import nl.statushouders.monitoring.domain.Voortgang;
import nl.statushouders.monitoring.domain.VoortgangProjector;
import nl.statushouders.platform.consumer.CloudEvent;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signal standing the database brings up to date when days pass (VoortgangQueries.BIJWERKEN) is
 * the one the projection computes in Java for that day: on the day of writing, a month later, and
 * more than a year later, when signals have begun and young people have turned thirty.
 */
@QuarkusTest
class SignaalStandTest {

    static final String GEMEENTE = "0365";

    @Inject
    VoortgangService voortgang;
    @Inject
    VoortgangQueries queries;
    @Inject
    Drempels drempels;
    @Inject
    ObjectMapper json;

    @Test
    void the_database_brings_the_standing_up_to_date_as_java_computes_it() throws Throwable {
        TestPostgres.get().execute("monitoring", "delete from voortgang where gemeente = '" + GEMEENTE + "'");
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        for (int i = 0; i < 120; i++) {
            List<CloudEvent> events = OverzichtOpSchaalTest.persoon(i, vandaag);
            UUID id = UUID.fromString(events.get(0).data().get("statushouderId").asText());
            VoortgangRecord record = new VoortgangRecord();
            voortgang.write(record, VoortgangProjector.fold(id, GEMEENTE, events));
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(record::persist));
        }
        int veranderd = 0;
        for (LocalDate dag : List.of(vandaag, vandaag.plusDays(30), vandaag.plusDays(400), vandaag.plusYears(12))) {
            VertxContextSupport.subscribeAndAwait(() -> queries.caseload(Set.of(GEMEENTE), null, null, null, dag, 0, 1));
            for (String[] rij : rijen()) {
                Voortgang v = json.readValue(rij[0], Voortgang.class);
                Kenmerken.Stand stand = Kenmerken.van(v, drempels).standOp(dag);
                String verwacht = stand.aantal() + "|" + stand.eerste() + "|" + stand.soorten().stream().map(Enum::name)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")) + "|"
                        + (stand.van() == null ? "-infinity" : stand.van()) + "|" + (stand.tot() == null ? "infinity" : stand.tot());
                assertThat(rij[1]).as("standing on %s of %s", dag, v.statushouderId()).isEqualTo(verwacht);
                if (!dag.equals(vandaag) && !rij[1].startsWith("0|")) {
                    veranderd++;
                }
            }
        }
        assertThat(veranderd).as("later days bring signals the day of writing did not have").isPositive();
    }

    private static List<String[]> rijen() throws Exception {
        TestPostgres pg = TestPostgres.get();
        List<String[]> rijen = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("monitoring"), pg.user(), pg.password());
             ResultSet rs = c.createStatement().executeQuery("select v.document, l.stand_aantal || '|' || coalesce(l.stand_eerste::text, 'null')"
                     + " || '|' || l.stand_soorten::text || '|' || l.stand_van || '|' || l.stand_tot"
                     + " from voortgang v join voortgang_lijst l using (statushouder_id) where v.gemeente = '" + GEMEENTE + "'")) {
            while (rs.next()) {
                rijen.add(new String[]{rs.getString(1), rs.getString(2)});
            }
        }
        return rijen;
    }
}
