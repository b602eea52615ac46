package nl.statushouders.monitoring.domain;

import java.time.Instant;

/** A language level (A0..C2, CEFR) for one skill, with when it was measured. */
public record Taalniveau(String niveau, Instant gemeten) {

    static final java.util.List<String> SCHAAL = java.util.List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");

    public boolean tenminste(String ander) {
        return SCHAAL.indexOf(niveau) >= SCHAAL.indexOf(ander);
    }

    static boolean geldig(String niveau) {
        return SCHAAL.contains(niveau);
    }
}
