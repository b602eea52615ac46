package nl.statushouders.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a realistic data set through the public APIs, as the demo users and partner systems
 * would: employers with places, then statushouders in two gemeenten spread over every phase of
 * the route, from registration to paid work.
 */
final class DemoData {

    private final DemoApi api;
    private final Progress progress;

    DemoData(boolean gateway, Progress progress) {
        this.api = new DemoApi(gateway);
        this.progress = progress;
    }

    void load(int werkgevers, int statushouders) throws Exception {
        progress.step("Loading demo data: " + werkgevers + " employers with places, " + statushouders + " statushouders");
        List<DemoWerkgevers.Plaats> plaatsen = new DemoWerkgevers(api).load(werkgevers);
        DemoRoute route = new DemoRoute(api, plaatsen);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<DemoRoute.Fase>> work = new ArrayList<>();
        for (int i = 0; i < statushouders; i++) {
            int n = i;
            work.add(pool.submit(() -> route.volg(n)));
        }
        int[] perFase = new int[DemoRoute.Fase.values().length];
        try {
            for (Future<DemoRoute.Fase> f : work) {
                perFase[f.get().ordinal()]++;
            }
        } finally {
            pool.shutdownNow();
        }
        StringBuilder s = new StringBuilder();
        for (DemoRoute.Fase fase : DemoRoute.Fase.values()) {
            s.append(s.isEmpty() ? "" : ", ").append(fase.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(perFase[fase.ordinal()]);
        }
        progress.done("Demo data loaded: " + plaatsen.size() + " places at " + werkgevers + " employers; statushouders per phase: " + s);
    }
}
