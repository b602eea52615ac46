package nl.statushouders.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local stack's ports (DESIGN section 1), and which of them are taken. */
final class Ports {

    static final int GATEWAY = 8080;
    static final int INTAKE = 8081;
    static final int MONITORING = 8085;
    static final int POSTGRES = 5432;
    static final int KAFKA = 9092;
    static final int KAFKA_CONTROLLER = 9093;
    static final int KEYCLOAK = 8180;
    static final int KEYCLOAK_MANAGEMENT = 9000;

    private static final Map<Integer, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put(POSTGRES, "PostgreSQL");
        USERS.put(KAFKA, "Kafka");
        USERS.put(KAFKA_CONTROLLER, "the Kafka controller");
        USERS.put(KEYCLOAK, "Keycloak");
        USERS.put(KEYCLOAK_MANAGEMENT, "Keycloak's health endpoint");
        USERS.put(GATEWAY, "the API gateway");
        for (ServiceModule s : ServiceModule.values()) {
            USERS.put(s.port(), s.module());
        }
    }

    private Ports() {
    }

    /** Instance 1 of a service on its own port, instance 2 a thousand above it, instance 3 two thousand. */
    static int instance(ServiceModule module, int instance) {
        return module.port() + (instance - 1) * 1000;
    }

    /** One line per port that is already in use. */
    static List<String> busy(int instances) {
        Map<Integer, String> users = new LinkedHashMap<>(USERS);
        for (ServiceModule s : ServiceModule.values()) {
            for (int i = 2; i <= instances; i++) {
                users.put(instance(s, i), s.module() + " instance " + i);
            }
        }
        List<String> busy = new ArrayList<>();
        users.forEach((port, user) -> {
            if (!free(port)) {
                busy.add("port " + port + " (needed for " + user + ") is already in use");
            }
        });
        return busy;
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
