package nl.statushouders.platform.eventsourcing;

/**
 * When an aggregate keeps snapshots of its state: every {@code every} events, as JSON of
 * {@code type}. {@code stateVersion} names the shape and the fold that made it; change it whenever
 * the state record or {@code evolve} changes, and older snapshots are ignored (folded from the start).
 */
public record Snapshots<S>(int every, Class<S> type, String stateVersion) {

    public Snapshots {
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1");
        }
    }

    public static <S> Snapshots<S> every(int events, Class<S> type, String stateVersion) {
        return new Snapshots<>(events, type, stateVersion);
    }

    boolean due(long versionBefore, long versionAfter) {
        return versionAfter / every > versionBefore / every;
    }
}
