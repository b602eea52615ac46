package nl.statushouders.monitoring.fouten;

import nl.statushouders.testsupport.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A werkmatcher at the desk, on repeat: registers a statushouder in intake and records the
 * startgesprek, at a steady rate, against whatever intake instance is current. Remembers which
 * commands were accepted (201): those must all have their effect in monitoring, once, in order.
 */
final class Belasting implements AutoCloseable {

    private final AtomicReference<String> intake;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token = Tokens.withRoles("werkmatcher");
    private final Queue<UUID> geregistreerd = new ConcurrentLinkedQueue<>();
    private final Queue<UUID> startgesprekken = new ConcurrentLinkedQueue<>();
    final AtomicInteger nietAangenomen = new AtomicInteger();
    /** Answers other than 201 by status code; 0 for no answer (intake down). */
    final java.util.Map<Integer, AtomicInteger> antwoorden = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** One desk at most {@code perSecond} pairs of commands a second. */
    Belasting(AtomicReference<String> intake, int perSecond) {
        this(intake, 1, 1_000 / perSecond);
    }

    /** {@code desks} desks, each as fast as intake answers (pauseMillis 0). */
    Belasting(AtomicReference<String> intake, int desks, long pauseMillis) {
        this.intake = intake;
        for (int i = 0; i < desks; i++) {
            Thread thread = new Thread(() -> run(pauseMillis), "belasting-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Statushouders whose registration was accepted, so far. */
    List<UUID> geregistreerd() {
        return new ArrayList<>(geregistreerd);
    }

    /** Statushouders whose startgesprek was accepted too. */
    List<UUID> startgesprekken() {
        return new ArrayList<>(startgesprekken);
    }

    private void run(long pauseMillis) {
        while (running) {
            long start = System.currentTimeMillis();
            UUID id = post("/api/intake/v1/statushouders", registratie());
            if (id != null) {
                geregistreerd.add(id);
                if (post("/api/intake/v1/statushouders/" + id + "/startgesprekken", STARTGESPREK) != null) {
                    startgesprekken.add(id);
                }
            }
            long rest = pauseMillis - (System.currentTimeMillis() - start);
            if (rest > 0) {
                sleep(rest);
            }
        }
    }

    /** The id of the statushouder when the command was accepted, else null (counted). */
    private UUID post(String path, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(intake.get() + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            antwoorden.computeIfAbsent(response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElseThrow();
                String[] parts = location.split("/api/intake/v1/statushouders/")[1].split("/");
                return UUID.fromString(parts[0]);
            }
        } catch (java.io.IOException e) {
            // intake is down: the command was not accepted; a client waits a moment and tries again
            antwoorden.computeIfAbsent(0, k -> new AtomicInteger()).incrementAndGet();
            sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        nietAangenomen.incrementAndGet();
        return null;
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final String STARTGESPREK = "{\"datum\":\"" + LocalDate.now() + "\",\"werkmatcher\":\"werkmatcher.utrecht\","
            + "\"assessmentBesluit\":\"GEEN\",\"motivering\":\"Heeft al een baanaanbod\"}";

    private static String registratie() {
        return "{\"bsn\":\"" + bsn() + "\",\"voornaam\":\"Test\",\"achternaam\":\"Persoon\",\"geboortedatum\":\"1990-05-01\","
                + "\"talen\":[\"Arabisch\"],\"huisvesting\":{\"status\":\"WONING\"},\"datumVerblijfsvergunning\":\"2026-06-01\"}";
    }

    /** A random BSN that passes the elfproef. */
    static String bsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(i == 0 ? 1 : 0, 10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9) {
                d[8] = last;
                StringBuilder b = new StringBuilder();
                for (int digit : d) {
                    b.append(digit);
                }
                return b.toString();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
