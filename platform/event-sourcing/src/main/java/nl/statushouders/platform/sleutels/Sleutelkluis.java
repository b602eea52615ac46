package nl.statushouders.platform.sleutels;

import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The key store for crypto-shredding: one data key per statushouder. Locally a PostgreSQL table under
 * envelope encryption ({@link DatabaseSleutelkluis}); in production a KMS or Vault behind this same
 * interface. Destroying a person's key makes every encrypted field about them, wherever it was copied
 * (event store, outbox, Kafka, dead letters, consumers' history), unreadable for good.
 */
public interface Sleutelkluis {

    /** The person's data key, made on first use; none (null) once destroyed: nothing new is written about them. */
    Uni<byte[]> sleutelVoor(UUID persoon);

    /** The data keys that exist for these persons; a destroyed (or never made) key is absent. */
    Uni<Map<UUID, byte[]>> bestaande(Collection<UUID> personen);

    /** Destroys the person's key for good; true if there was one. A destroyed key is never made again. */
    Uni<Boolean> vernietig(UUID persoon);

    /**
     * A service-wide key for one purpose ({@code "intake/bsn-zoekindex"}): 32 bytes, made on first use,
     * the same on every instance and never destroyed. For what belongs to no single person, such as a
     * search index over a column; a KMS provides it as a named key.
     */
    Uni<byte[]> doelsleutel(String doel);

    /** Forgets a cached copy of the key (it was destroyed elsewhere); the next use asks the store. */
    void vergeet(UUID persoon);
}
