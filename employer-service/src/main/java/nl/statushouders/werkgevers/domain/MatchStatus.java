package nl.statushouders.werkgevers.domain;

public enum MatchStatus {
    VOORGESTELD, GEACCEPTEERD, AFGEWEZEN;

    /** Proposed or accepted: the statushouder holds (or may get) this place. */
    public boolean lopend() {
        return this != AFGEWEZEN;
    }
}
