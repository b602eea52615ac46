package nl.statushouders.platform.eventsourcing;

import java.util.List;

/** A loaded stream: its events in order and the version the next append must expect. */
public record EventStream<E>(String streamId, long version, List<RecordedEvent<E>> events) {

    public List<E> domainEvents() {
        return events.stream().map(RecordedEvent::event).toList();
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
