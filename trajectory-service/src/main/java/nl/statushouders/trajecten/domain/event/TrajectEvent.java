package nl.statushouders.trajecten.domain.event;

import java.util.UUID;

/** Everything that can happen to a trajectory. Every event names the statushouder and the tenant. */
public sealed interface TrajectEvent permits TrajectPlanned, TrajectStarted, TrajectProgressReported, TrajectEnded {

    UUID trajectId();

    UUID statushouderId();

    String gemeente();
}
