package nl.statushouders.localstack;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/** One statushouder's route through the services, as far as the phase chosen for them. */
final class DemoRoute {

    enum Fase { AANGEMELD, STARTGESPREK, ASSESSMENT, WERKGESPREK, IN_TRAJECT, UITGESTROOMD }

    private static final String[] VOORNAMEN = {"Amira", "Yonas", "Samir", "Lina", "Dawit", "Fatima", "Omar", "Selam",
            "Hassan", "Nour", "Ahmad", "Rahel", "Karim", "Huda", "Tesfay", "Mariam"};
    private static final String[] ACHTERNAMEN = {"Haddad", "Tesfay", "Nasser", "Gebre", "Alhassan", "Mohammed", "Kidane",
            "Saleh", "Berhane", "Darwish", "Yousef", "Haile"};
    private static final String[][] TALEN = {{"Arabisch"}, {"Tigrinya"}, {"Arabisch", "Engels"}, {"Dari"}, {"Turks", "Koerdisch"}};
    private static final String[] BEROEPEN = {"Verpleegkundige", "Kok", "Magazijnmedewerker", "Elektricien", "Leraar", "Kapper",
            "Apotheker", "Timmerman", "Verkoper", "Boer"};
    private static final String[] OPLEIDING = {"GEEN", "BASISONDERWIJS", "VMBO", "MBO2", "MBO4", "HAVO", "HBO", "WO"};
    private static final String[] NIVEAUS = {"A0", "A1", "A1", "A2", "A2", "B1"};

    private final DemoApi api;
    private final List<DemoWerkgevers.Plaats> plaatsen;
    private int volgende;

    DemoRoute(DemoApi api, List<DemoWerkgevers.Plaats> plaatsen) {
        this.api = api;
        this.plaatsen = plaatsen;
    }

    /** Takes statushouder {@code n} to the phase its number gives; returns the phase reached. */
    Fase volg(int n) throws InterruptedException {
        Random r = new Random(n * 7919L + System.nanoTime());
        boolean utrecht = n % 4 != 3;
        String werkmatcher = utrecht ? "werkmatcher.utrecht" : "werkmatcher.amersfoort";
        String token = api.user(werkmatcher);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate geboren = today.minusYears(19 + r.nextInt(38)).minusDays(r.nextInt(365));
        String id = api.send("POST", "/api/intake/v1/statushouders", token, String.format("{\"bsn\":\"%s\",\"voornaam\":\"%s\","
                        + "\"achternaam\":\"%s\",\"geboortedatum\":\"%s\",\"talen\":%s,\"huisvesting\":%s,\"datumVerblijfsvergunning\":\"%s\"}",
                bsn(r), VOORNAMEN[r.nextInt(VOORNAMEN.length)], ACHTERNAMEN[r.nextInt(ACHTERNAMEN.length)], geboren,
                json(TALEN[r.nextInt(TALEN.length)]),
                r.nextBoolean() ? "{\"status\":\"WONING\"}" : "{\"status\":\"AZC\",\"azcLocatie\":\"AZC Utrecht\"}",
                today.minusDays(20 + r.nextInt(400))), 201);
        String file = "/api/intake/v1/statushouders/" + id;
        int stap = n % 10;
        if (stap < 2) {
            return Fase.AANGEMELD;
        }
        api.send("PUT", file + "/werkmatcher", token, "{\"werkmatcher\":\"" + werkmatcher + "\"}", 200);
        String besluit = stap == 2 ? "GEEN" : r.nextInt(10) < 7 ? "NOA" : "ALTERNATIEF";
        api.send("POST", file + "/startgesprekken", token, String.format("{\"datum\":\"%s\",\"werkmatcher\":\"%s\","
                + "\"assessmentBesluit\":\"%s\",\"motivering\":\"%s\"}", today, werkmatcher, besluit, switch (besluit) {
                    case "NOA" -> "";
                    case "ALTERNATIEF" -> "Kan niet lezen of met een computer werken";
                    default -> "Heeft een Nederlands diploma en werkervaring; assessment voegt niets toe";
                }), 201);
        if (stap == 2) {
            return Fase.STARTGESPREK;
        }
        // Intake's StartgesprekHeld made assessment-service invite the statushouder.
        String assessment = api.awaitId("/api/assessment/v1/assessments?statushouderId=" + id, token);
        api.send("POST", "/api/assessment/v1/assessments/" + assessment + "/sessies", api.client("coa"), String.format(
                "{\"datum\":\"%s\",\"locatie\":\"%s\",\"begeleiding\":%s}", today, utrecht ? "Stadskantoor Utrecht" : "AZC Amersfoort",
                besluit.equals("ALTERNATIEF")), 201);
        if (stap == 3) {
            return Fase.ASSESSMENT;
        }
        String spreken = NIVEAUS[r.nextInt(NIVEAUS.length)];
        String beroep = BEROEPEN[r.nextInt(BEROEPEN.length)];
        api.send("POST", "/api/assessment/v1/assessments/" + assessment + "/resultaat", api.client("noa-assessment"), String.format(
                "{\"datum\":\"%s\",\"opleidingsniveau\":\"%s\",\"werkervaring\":[{\"beroep\":\"%s\",\"jaren\":%d,\"land\":\"Syrie\"}],"
                        + "\"taalniveau\":{\"lezen\":\"%s\",\"luisteren\":\"%s\",\"spreken\":\"%s\",\"schrijven\":\"%s\"},"
                        + "\"competenties\":[\"Zorgvuldig\",\"Samenwerken\"],\"kansen\":[\"Ervaring als %s\"],"
                        + "\"belemmeringen\":[\"Nederlandse taal\"],\"advies\":\"Taalstage in de eigen sector\"}",
                today, OPLEIDING[r.nextInt(OPLEIDING.length)], beroep, 1 + r.nextInt(15), spreken, spreken, spreken,
                NIVEAUS[r.nextInt(3)], beroep.toLowerCase(java.util.Locale.ROOT)), 201);
        if (stap == 4) {
            return Fase.ASSESSMENT;
        }
        String plan = String.format("{\"leerroute\":\"%s\",\"doelen\":[\"Nederlands op B1-niveau\",\"Werkervaring opdoen\"],"
                        + "\"afspraken\":[{\"activiteit\":\"Sollicitatietraining\",\"verantwoordelijke\":\"GEMEENTE\"},"
                        + "{\"activiteit\":\"Maatschappelijke begeleiding\",\"verantwoordelijke\":\"VLUCHTELINGENWERK\"},"
                        + "{\"activiteit\":\"Inburgeringscursus volgen\",\"verantwoordelijke\":\"STATUSHOUDER\"}],"
                        + "\"trajectvoorstellen\":[{\"soort\":\"TAALSTAGE\"}],\"evaluatiedatum\":\"%s\"}",
                n % 3 == 0 ? "ONDERWIJS" : "B1", today.plusMonths(3));
        api.send("POST", file + "/werkgesprekken", token, String.format("{\"datum\":\"%s\",\"deelnemers\":[{\"rol\":\"WERKMATCHER\"},"
                + "{\"rol\":\"VLUCHTELINGENWERK\"},{\"rol\":\"STATUSHOUDER\"}],\"assessmentId\":\"%s\",\"planVanAanpak\":%s}",
                today, assessment, plan), 201);
        if (n % 20 == 15) {
            api.send("PUT", file + "/plan-van-aanpak", token, "{\"reden\":\"Taalniveau sneller gestegen dan verwacht\","
                    + "\"planVanAanpak\":" + plan + "}", 200);
        }
        if (stap == 5) {
            return Fase.WERKGESPREK;
        }
        boolean betaald = stap == 9;
        if (!betaald) {
            inburgering(id, token, utrecht, today, r);
        }
        String traject = utrecht ? viaMatch(id, token, betaald, today) : direct(id, token, betaald, today);
        if (traject == null) {
            return Fase.WERKGESPREK;
        }
        api.send("POST", "/api/trajecten/v1/trajecten/" + traject + "/start", token,
                "{\"motivering\":\"Afgesproken in het plan van aanpak\"}", 200);
        if (!betaald) {
            api.send("POST", "/api/trajecten/v1/trajecten/" + traject + "/voortgang", token, String.format(
                    "{\"datum\":\"%s\",\"aanwezigheidPercentage\":%d,\"taalniveau\":{\"spreken\":\"%s\"},"
                            + "\"toelichting\":\"Goed gestart, stelt vragen aan collega's\"}", today, 70 + r.nextInt(31), spreken), 201);
        }
        return betaald ? Fase.UITGESTROOMD : Fase.IN_TRAJECT;
    }

    /** The civic-integration course beside everything else, reported by the language school itself. */
    private void inburgering(String id, String token, boolean utrecht, LocalDate today, Random r) throws InterruptedException {
        String traject = api.sendAboutStatushouder("POST", "/api/trajecten/v1/trajecten", token, String.format("{\"statushouderId\":\"%s\","
                        + "\"soort\":\"INBURGERING\",\"aanbieder\":\"%s\",%s\"startdatum\":\"%s\",\"geplandeEinddatum\":\"%s\","
                        + "\"urenPerWeek\":12,\"leerdoelen\":[{\"soort\":\"TAAL\",\"omschrijving\":\"Inburgeringsexamen op B1\"}],"
                        + "\"motivering\":\"Inburgeringsplicht\"}", id, utrecht ? "Taalschool Utrecht" : "Taalhuis Amersfoort",
                utrecht ? "\"aanbiederOrganisatie\":\"taalschool-utrecht\"," : "", today, today.plusYears(2)), 201);
        api.send("POST", "/api/trajecten/v1/trajecten/" + traject + "/start", token, "{}", 200);
        String reporter = utrecht ? api.client("taalschool-utrecht") : token;
        api.send("POST", "/api/trajecten/v1/trajecten/" + traject + "/voortgang", reporter, String.format(
                "{\"datum\":\"%s\",\"aanwezigheidPercentage\":%d,\"toelichting\":\"Lessen gevolgd\"}", today,
                r.nextInt(10) < 2 ? 60 + r.nextInt(19) : 80 + r.nextInt(21)), 201);
    }

    /** Utrecht: a place through the employer services; the accepted match makes trajecten plan the trajectory. */
    private String viaMatch(String id, String token, boolean betaald, LocalDate today) throws InterruptedException {
        DemoWerkgevers.Plaats plaats = vrijePlaats(betaald);
        if (plaats == null) {
            return null;
        }
        String match = api.sendAboutStatushouder("POST", "/api/werkgevers/v1/matches", token, String.format("{\"statushouderId\":\"%s\","
                + "\"plaatsId\":\"%s\",\"motivering\":\"Past bij werkervaring en wens\"}", id, plaats.id()), 201);
        api.send("POST", "/api/werkgevers/v1/matches/" + match + "/acceptatie", api.client(plaats.accountbeheerder()),
                String.format("{\"startdatum\":\"%s\"}", today), 200);
        return api.awaitId("/api/trajecten/v1/trajecten?statushouderId=" + id, token,
                betaald ? "BETAALD_WERK" : plaats.soort());
    }

    /** Amersfoort has no employers in the demo: the werkmatcher plans a place found elsewhere. */
    private String direct(String id, String token, boolean betaald, LocalDate today) throws InterruptedException {
        return api.sendAboutStatushouder("POST", "/api/trajecten/v1/trajecten", token, String.format("{\"statushouderId\":\"%s\",\"soort\":\"%s\","
                        + "\"aanbieder\":\"%s\",\"startdatum\":\"%s\",\"geplandeEinddatum\":\"%s\",\"urenPerWeek\":%d,"
                        + "\"leerdoelen\":[{\"soort\":\"VAKKENNIS\",\"omschrijving\":\"Werken in een Nederlands team\"}],"
                        + "\"motivering\":\"Eigen netwerk; past bij werkervaring\"}", id,
                betaald ? "BETAALD_WERK" : "WERKERVARINGSPLEK", betaald ? "Kringloop Amersfoort" : "Stadsboerderij Amersfoort",
                today, today.plusMonths(6), betaald ? 32 : 20), 201);
    }

    /** Spreads the matches over the employers, round robin. */
    private synchronized DemoWerkgevers.Plaats vrijePlaats(boolean betaald) {
        for (int i = 0; i < plaatsen.size(); i++) {
            DemoWerkgevers.Plaats p = plaatsen.get(volgende++ % plaatsen.size());
            if (p.soort().equals("BETAALDE_BAAN") == betaald && p.neem()) {
                return p;
            }
        }
        return null;
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
