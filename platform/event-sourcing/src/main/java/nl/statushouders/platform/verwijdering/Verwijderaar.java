package nl.statushouders.platform.verwijdering;

import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * What one service removes or anonymises when a statushouder's data is erased: its read-model rows
 * about the person. Runs in the transaction that records the erasure; must be idempotent (an erasure
 * event can be delivered again).
 */
public interface Verwijderaar {

    Uni<Void> verwijder(UUID statushouderId, String gemeente);
}
