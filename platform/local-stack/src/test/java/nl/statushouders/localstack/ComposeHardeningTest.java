package nl.statushouders.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml is production-shaped: no default passwords or client secrets (issue #11). */
class ComposeHardeningTest {

    private static final Path ROOT = Path.of("../..");

    @Test
    void the_compose_file_has_no_written_or_defaulted_secrets_and_publishes_only_the_gateway() throws Exception {
        assertThat(ComposeHardening.problemen(Files.readString(ROOT.resolve("docker-compose.yml")))).isEmpty();
    }

    @Test
    void the_production_realm_has_no_people_passwords_or_client_secrets_and_brute_force_protection() throws Exception {
        assertThat(ComposeHardening.realmProblemen(Files.readString(ROOT.resolve("docker/keycloak/statushouders-realm.json")),
                Files.readString(Path.of("src/main/resources/keycloak/statushouders-realm.json")))).isEmpty();
    }

    @Test
    void the_database_roles_get_their_passwords_from_the_environment() throws Exception {
        String init = Files.readString(ROOT.resolve("docker/postgres/init.sh"));
        assertThat(init).doesNotContainPattern("password '[^']").contains("$INTAKE_DB_PASSWORD");
    }

    @Test
    void kafka_init_grants_each_service_exactly_what_the_local_stack_and_the_tests_grant() throws Exception {
        java.util.Map<String, nl.statushouders.processes.KafkaRechten> inCompose = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^dienst (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)$")
                .matcher(Files.readString(ROOT.resolve("docker/kafka/init.sh")));
        while (m.find()) {
            inCompose.put(m.group(1), new nl.statushouders.processes.KafkaRechten(m.group(1), geen(m.group(2)),
                    m.group(3).equals("-") ? java.util.List.of() : java.util.List.of(m.group(3).split(",")),
                    geen(m.group(4)), geen(m.group(5))));
        }
        assertThat(inCompose).isEqualTo(nl.statushouders.processes.KafkaRechten.DIENSTEN);
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
                .contains("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: \"false\"", "KAFKA_LISTENERS: SASL_PLAINTEXT://:9092,CONTROLLER://:9093")
                .doesNotContain("PLAINTEXT:PLAINTEXT");
    }

    private static String geen(String waarde) {
        return waarde.equals("-") ? null : waarde;
    }

    @Test
    void the_check_finds_what_the_old_compose_file_had() throws Exception {
        String old = """
                x-service-env: &service-env
                  DB_PASSWORD: statushouders
                  SLEUTELKLUIS_HOOFDSLEUTEL: ${SLEUTELKLUIS_HOOFDSLEUTEL:-AAAA}
                services:
                  keycloak:
                    command: ["start-dev", "--import-realm"]
                    environment:
                      KC_BOOTSTRAP_ADMIN_PASSWORD: admin
                    volumes:
                      - ./platform/local-stack/src/main/resources/keycloak/statushouders-realm.json:/opt/keycloak/data/import/r.json:ro
                    ports: ["8180:8180"]
                  gateway:
                    ports: ["8080:8080"]
                """;
        assertThat(ComposeHardening.problemen(old)).hasSize(7)
                .contains("DB_PASSWORD is not required from the environment: statushouders", "service keycloak publishes a port",
                        "Keycloak runs in development mode", "SLEUTELKLUIS_HOOFDSLEUTEL has a default");
        assertThat(ComposeHardening.realmProblemen(Files.readString(Path.of("src/main/resources/keycloak/statushouders-realm.json")),
                Files.readString(Path.of("src/main/resources/keycloak/statushouders-realm.json"))))
                .contains("brute-force protection is off", "user werkmatcher.utrecht is in the realm",
                        "client coa has a secret in the file", "public client staff-portal allows the password grant");
    }
}
