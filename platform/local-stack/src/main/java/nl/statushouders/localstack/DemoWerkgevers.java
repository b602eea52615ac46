package nl.statushouders.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Employers brought in by the Werkgeversservicepunt (larger firms) and Social Impact Factory
 * (small businesses and social enterprises), each offering places.
 */
final class DemoWerkgevers {

    /** A place with the account manager who accepts matches on it and how many are still free. */
    record Plaats(String id, String werkgeverId, String soort, String accountbeheerder, int uren, AtomicInteger vrij) {
        boolean neem() {
            return vrij.getAndUpdate(v -> v > 0 ? v - 1 : v) > 0;
        }
    }

    private record Sector(String sector, String functie, String beroep) {
    }

    private static final Sector[] SECTOREN = {
            new Sector("Zorg", "Zorgassistent", "Verpleegkundige"),
            new Sector("Horeca", "Keukenhulp", "Kok"),
            new Sector("Logistiek", "Orderpicker", "Magazijnmedewerker"),
            new Sector("Techniek", "Assistent-monteur", "Elektricien"),
            new Sector("Onderwijs", "Onderwijsassistent", "Leraar"),
            new Sector("Persoonlijke verzorging", "Kapper in opleiding", "Kapper"),
            new Sector("Gezondheidszorg", "Apothekersassistent", "Apotheker"),
            new Sector("Bouw", "Timmerman", "Timmerman"),
            new Sector("Detailhandel", "Verkoopmedewerker", "Verkoper"),
            new Sector("Schoonmaak", "Schoonmaker", "Schoonmaker")};
    private static final String[] NAMEN = {"De Groene Keuken", "Zorggroep Lunetten", "Transport Utrecht", "Techniek Overvecht",
            "Kapsalon Knip", "Apotheek Zuilen", "Bouwbedrijf Vleuten", "Supermarkt Kanaleneiland", "Schoonmaak Centraal",
            "Basisschool De Regenboog"};
    private static final String[] SOORTEN = {"TAALSTAGE", "WERKERVARINGSPLEK", "PROEFPLAATSING", "BETAALDE_BAAN"};

    private final DemoApi api;

    DemoWerkgevers(DemoApi api) {
        this.api = api;
    }

    List<Plaats> load(int count) {
        List<Plaats> plaatsen = new ArrayList<>();
        Random r = new Random(42);
        for (int i = 0; i < count; i++) {
            boolean wsp = i % 5 < 3;
            String client = wsp ? "werkgeversservicepunt" : "social-impact-factory";
            Sector s = SECTOREN[i % SECTOREN.length];
            String soort = wsp ? (i % 2 == 0 ? "GROOTBEDRIJF" : "MKB") : (i % 2 == 0 ? "SOCIALE_ONDERNEMING" : "MKB");
            String werkgever = api.send("POST", "/api/werkgevers/v1/werkgevers", api.client(client), String.format(
                    "{\"naam\":\"%s %d\",\"kvkNummer\":\"%08d\",\"sector\":\"%s\",\"soort\":\"%s\",\"accountbeheerder\":\"%s\"}",
                    NAMEN[i % NAMEN.length], i + 1, ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000), s.sector(), soort,
                    wsp ? "WERKGEVERSSERVICEPUNT" : "SOCIAL_IMPACT_FACTORY"), 201);
            for (int p = 0; p < 2; p++) {
                String plaatsSoort = SOORTEN[(i + p) % SOORTEN.length];
                int uren = plaatsSoort.equals("BETAALDE_BAAN") ? 24 : 16 + 4 * r.nextInt(3);
                int aantal = 2 + r.nextInt(4);
                String leerdoelen = plaatsSoort.equals("TAALSTAGE")
                        ? "[{\"soort\":\"TAAL\",\"omschrijving\":\"Vakwoorden en werkoverleg in het Nederlands\"},"
                        + "{\"soort\":\"WERKNEMERSVAARDIGHEDEN\",\"omschrijving\":\"Vragen stellen aan de leidinggevende\"}]"
                        : "[{\"soort\":\"VAKKENNIS\",\"omschrijving\":\"Werken volgens de protocollen van het bedrijf\"}]";
                String plaats = api.send("POST", "/api/werkgevers/v1/werkgevers/" + werkgever + "/plaatsen", api.client(client),
                        String.format("{\"soort\":\"%s\",\"functie\":\"%s\",\"beroep\":\"%s\",\"urenPerWeek\":%d,"
                                        + "\"minimaalTaalniveau\":\"%s\",\"aantal\":%d,\"leerdoelen\":%s}", plaatsSoort, s.functie(),
                                s.beroep(), uren, plaatsSoort.equals("TAALSTAGE") ? "A0" : "A2", aantal, leerdoelen), 201);
                plaatsen.add(new Plaats(plaats, werkgever, plaatsSoort, client, uren, new AtomicInteger(aantal)));
            }
        }
        return plaatsen;
    }
}
