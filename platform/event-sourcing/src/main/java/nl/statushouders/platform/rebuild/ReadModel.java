package nl.statushouders.platform.rebuild;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * A read model of a service, rebuilt key by key from history (the service's own event store, or
 * what it kept of others' events in {@link ReceivedEvents}). One bean per read model; the kernel's
 * {@link Rebuilds} pages through the keys, each page in its own short transaction.
 *
 * <p>{@link #rebuild} must lock the rows of its keys before it reads their history, the same rows
 * the live path locks: then a command or an event for one of those keys either committed before
 * (and its events are in the history read) or waits for the page and applies to the rebuilt row.
 */
public interface ReadModel {

    /** Short name, for status and metrics. */
    String name();

    /** How many events the history holds, for progress. */
    Uni<Long> events();

    /** Up to {@code limit} keys after {@code after} ({@code null}: from the start), in order. */
    Uni<List<String>> keys(String after, int limit);

    /** Locks, refolds and writes the rows of these keys in the current transaction; returns the events read. */
    Uni<Long> rebuild(List<String> keys);
}
