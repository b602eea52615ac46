package nl.statushouders.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a realistic data set through the public APIs, as the demo users would: statushouders in
 * two gemeenten spread over the intake phases (registered, startgesprek, werkgesprek with a plan,
 * some plans revised). Services that do not exist yet add nothing.
 */
final class DemoData {

    private static final String[] VOORNAMEN = {"Amira", "Yonas", "Samir", "Lina", "Dawit", "Fatima", "Omar", "Selam",
            "Hassan", "Nour", "Ahmad", "Rahel", "Karim", "Huda", "Tesfay", "Mariam"};
    private static final String[] ACHTERNAMEN = {"Haddad", "Tesfay", "Nasser", "Gebre", "Alhassan", "Mohammed", "Kidane",
            "Saleh", "Berhane", "Darwish", "Yousef", "Haile"};
    private static final String[][] TALEN = {{"Arabisch"}, {"Tigrinya"}, {"Arabisch", "Engels"}, {"Dari"}, {"Turks", "Koerdisch"}};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String base;
    private final Progress progress;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoData(String base, Progress progress) {
        this.base = base;
        this.progress = progress;
    }

    void load(int count) throws Exception {
        progress.step("Loading demo data: " + count + " statushouders through the APIs");
        String utrecht = token("werkmatcher.utrecht");
        String amersfoort = token("werkmatcher.amersfoort");
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                statushouder(n, n % 4 == 3 ? amersfoort : utrecht, n % 4 == 3 ? "werkmatcher.amersfoort" : "werkmatcher.utrecht");
                done.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        progress.done("Demo data loaded: " + done.get() + " statushouders");
    }

    private void statushouder(int n, String token, String werkmatcher) throws IOException, InterruptedException {
        Random r = new Random(n * 7919L + System.nanoTime());
        LocalDate today = LocalDate.now();
        LocalDate aangemeld = today.minusDays(20 + r.nextInt(400));
        String body = String.format("{\"bsn\":\"%s\",\"voornaam\":\"%s\",\"achternaam\":\"%s\",\"geboortedatum\":\"%s\","
                        + "\"talen\":%s,\"huisvesting\":%s,\"datumVerblijfsvergunning\":\"%s\"}",
                bsn(r), VOORNAMEN[r.nextInt(VOORNAMEN.length)], ACHTERNAMEN[r.nextInt(ACHTERNAMEN.length)],
                today.minusYears(18 + r.nextInt(40)).minusDays(r.nextInt(365)), json(TALEN[r.nextInt(TALEN.length)]),
                r.nextBoolean() ? "{\"status\":\"WONING\"}" : "{\"status\":\"AZC\",\"azcLocatie\":\"AZC Utrecht\"}",
                aangemeld.minusDays(r.nextInt(60)));
        String created = send("POST", "/api/intake/v1/statushouders", token, body, 201);
        Matcher m = ID.matcher(created);
        if (!m.find()) {
            return;
        }
        String file = "/api/intake/v1/statushouders/" + m.group(1);
        int fase = n % 10;
        if (fase < 3) {
            return;
        }
        send("PUT", file + "/werkmatcher", token, "{\"werkmatcher\":\"" + werkmatcher + "\"}", 200);
        LocalDate start = aangemeld.plusDays(3 + r.nextInt(14));
        if (start.isAfter(today)) {
            start = today;
        }
        String besluit = r.nextInt(10) < 7 ? "NOA" : "ALTERNATIEF";
        send("POST", file + "/startgesprekken", token, String.format("{\"datum\":\"%s\",\"werkmatcher\":\"%s\","
                + "\"assessmentBesluit\":\"%s\",\"motivering\":\"%s\"}", start, werkmatcher, besluit,
                besluit.equals("NOA") ? "" : "Kan niet lezen of met een computer werken"), 201);
        if (fase < 5) {
            return;
        }
        LocalDate werkgesprek = start.plusDays(7 + r.nextInt(30));
        if (werkgesprek.isAfter(today)) {
            werkgesprek = today;
        }
        String plan = String.format("{\"leerroute\":\"%s\",\"doelen\":[\"Nederlands op B1-niveau\",\"Werkervaring opdoen\"],"
                        + "\"afspraken\":[{\"activiteit\":\"Sollicitatietraining\",\"verantwoordelijke\":\"GEMEENTE\"},"
                        + "{\"activiteit\":\"Maatschappelijke begeleiding\",\"verantwoordelijke\":\"VLUCHTELINGENWERK\"},"
                        + "{\"activiteit\":\"Inburgeringscursus volgen\",\"verantwoordelijke\":\"STATUSHOUDER\"}],"
                        + "\"trajectvoorstellen\":[{\"soort\":\"TAALSTAGE\"}],\"evaluatiedatum\":\"%s\"}",
                n % 3 == 0 ? "ONDERWIJS" : "B1", werkgesprek.plusMonths(3));
        send("POST", file + "/werkgesprekken", token, String.format("{\"datum\":\"%s\",\"deelnemers\":[{\"rol\":\"WERKMATCHER\"},"
                + "{\"rol\":\"VLUCHTELINGENWERK\"},{\"rol\":\"STATUSHOUDER\"}],\"planVanAanpak\":%s}", werkgesprek, plan), 201);
        if (n % 20 == 9) {
            send("PUT", file + "/plan-van-aanpak", token, "{\"reden\":\"Taalniveau sneller gestegen dan verwacht\","
                    + "\"planVanAanpak\":" + plan + "}", 200);
        }
    }

    private String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=staff-portal&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=demo";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(Components.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No token for " + user + " (HTTP " + r.statusCode() + ")");
        }
        return m.group(1);
    }

    private String send(String method, String path, String token, String body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        // The gateway's rate limit applies to us too: wait as it asks, then try again.
        for (int attempt = 0; r.statusCode() == 429 && attempt < 30; attempt++) {
            Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path.replaceAll("[0-9a-f-]{36}", "{id}") + " gave HTTP " + r.statusCode());
        }
        return r.body();
    }

    private static String json(String[] values) {
        return "[\"" + String.join("\",\"", values) + "\"]";
    }

    private static String bsn(Random r) {
        while (true) {
            int[] d = new int[8];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = r.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] > 0) {
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.append(last).toString();
            }
        }
    }
}
