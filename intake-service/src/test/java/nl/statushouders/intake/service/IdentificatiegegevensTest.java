package nl.statushouders.intake.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static nl.statushouders.intake.Fixtures.STATUSHOUDERS;
import static nl.statushouders.intake.Fixtures.as;
import static nl.statushouders.intake.Fixtures.bsn;
import static nl.statushouders.intake.Fixtures.registratie;
import static nl.statushouders.intake.Fixtures.registreer;
import static nl.statushouders.intake.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** BSN and V-nummer at rest: encrypted, found and kept unique by a keyed hash, readable only through the service. */
@QuarkusTest
class IdentificatiegegevensTest {

    static final String ZOEK = STATUSHOUDERS + "/_zoek";

    @Inject
    Identificatiegegevens identificatie;

    @Inject
    @io.quarkus.reactive.datasource.ReactiveDataSource("sleutelkluis")
    io.vertx.mutiny.sqlclient.Pool sleutelkluisPool;

    @Inject
    nl.statushouders.platform.sleutels.SleutelkluisConfig sleutelkluisConfig;

    @Test
    void another_instance_gets_the_same_purpose_keys_from_the_key_store_where_they_are_stored_wrapped() throws Throwable {
        var andereInstantie = new nl.statushouders.platform.sleutels.DatabaseSleutelkluis(sleutelkluisPool, sleutelkluisConfig);
        var anders = new Identificatiegegevens(andereInstantie, new com.fasterxml.jackson.databind.ObjectMapper());
        VertxContextSupport.subscribeAndAwait(anders::laadSleutels);
        String bsn = bsn();
        assertThat(anders.zoekwaarde(bsn)).isEqualTo(identificatie.zoekwaarde(bsn));

        TestPostgres pg = TestPostgres.get();
        assertThat(pg.count("sleutelkluis", "select count(*) from doelsleutel where doel in (?, ?) and length(sleutel) > 32",
                Identificatiegegevens.ZOEKINDEX, Identificatiegegevens.KOLOMMEN)).isEqualTo(2);
    }

    @Test
    void the_database_holds_neither_bsn_nor_v_nummer_yet_the_service_finds_shows_and_guards_them() {
        String bsn = bsn();
        String id = registreer(bsn);
        TestPostgres pg = TestPostgres.get();

        String rij = pg.text("intake", "select s::text from statushouder s where id = cast(? as uuid)", id);
        assertThat(rij).doesNotContain(bsn).doesNotContain("1234567890");
        String hash = pg.text("intake", "select bsn_hash from statushouder where id = cast(? as uuid)", id);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(identificatie.zoekwaarde(bsn))
                .as("keyed: not the plain SHA-256 anyone can compute").isNotEqualTo(sha256(bsn));

        as(werkmatcher()).get(STATUSHOUDERS + "/" + id).then().statusCode(200)
                .body("bsn", equalTo(bsn)).body("vNummer", equalTo("1234567890"));
        as(werkmatcher()).body(Map.of("bsn", bsn)).post(ZOEK).then().statusCode(200).body("id", contains(id));
        as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString(id));
        assertThat(pg.count("intake", "select count(*) from statushouder where bsn_hash = ?", hash)).isEqualTo(1);
    }

    @Test
    void the_same_bsn_encrypts_differently_each_time_and_a_value_copied_to_another_file_does_not_read() {
        String bsn = bsn();
        String a = registreer(bsn);
        as(nl.statushouders.testsupport.Tokens.token().roles("werkmatcher").gemeenten(nl.statushouders.testsupport.Tokens.AMERSFOORT)
                .build()).body(registratie(bsn)).post(STATUSHOUDERS).then().statusCode(201);
        TestPostgres pg = TestPostgres.get();
        assertThat(pg.count("intake", "select count(distinct bsn) from statushouder where bsn_hash = ?",
                identificatie.zoekwaarde(bsn))).isEqualTo(2);

        StatushouderRecord kopie = new StatushouderRecord();
        kopie.id = UUID.randomUUID();
        kopie.bsn = pg.text("intake", "select bsn from statushouder where id = cast(? as uuid)", a);
        assertThatThrownBy(() -> identificatie.bsn(kopie)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rows_written_before_are_encrypted_and_hashed_at_start_up_once() throws Throwable {
        String bsn = bsn();
        String id = registreer(bsn);
        TestPostgres pg = TestPostgres.get();
        // As the row was before V13: plain BSN and V-nummer, no hash.
        pg.execute("intake", "update statushouder set bsn = '" + bsn + "', v_nummer = '1234567890', bsn_hash = null "
                + "where id = '" + id + "'");
        as(werkmatcher()).body(Map.of("bsn", bsn)).post(ZOEK).then().statusCode(200).body("$", org.hamcrest.Matchers.empty());

        int rijen = VertxContextSupport.subscribeAndAwait(() -> identificatie.beveiligOudeRijen(0));

        assertThat(rijen).isGreaterThanOrEqualTo(1);
        assertThat(pg.text("intake", "select s::text from statushouder s where id = cast(? as uuid)", id))
                .doesNotContain(bsn).doesNotContain("1234567890").contains(identificatie.zoekwaarde(bsn));
        as(werkmatcher()).body(Map.of("bsn", bsn)).post(ZOEK).then().statusCode(200)
                .body("id", contains(id)).body("[0].vNummer", equalTo("1234567890"));
        as(werkmatcher()).body(registratie(bsn)).post(STATUSHOUDERS).then().statusCode(409);
        String versleuteld = pg.text("intake", "select bsn from statushouder where id = cast(? as uuid)", id);
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> identificatie.beveiligOudeRijen(0))).isZero();
        assertThat(pg.text("intake", "select bsn from statushouder where id = cast(? as uuid)", id))
                .as("a second pass leaves an encrypted row alone").isEqualTo(versleuteld);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
