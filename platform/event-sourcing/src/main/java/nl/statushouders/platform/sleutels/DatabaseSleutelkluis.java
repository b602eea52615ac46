package nl.statushouders.platform.sleutels;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link Sleutelkluis} on its own database ({@code sleutelkluis}, datasource of the same name), apart
 * from every service's business data. A data key is 32 random bytes, stored wrapped with AES-GCM under
 * the master key from configuration; unwrapped keys are cached briefly in memory.
 */
@ApplicationScoped
public class DatabaseSleutelkluis implements Sleutelkluis {

    private static final int IV = 12;

    // Made if absent and not destroyed; the outer select sees the row made before, the CTE the new one.
    private static final String SLEUTEL_VOOR = """
            with nieuw as (
                insert into persoonssleutel (persoon, sleutel, hoofdsleutel_id)
                select $1, $2, $3 where not exists (select 1 from vernietigde_sleutel where persoon = $1)
                on conflict (persoon) do nothing returning persoon, sleutel, hoofdsleutel_id)
            select * from nieuw union all select persoon, sleutel, hoofdsleutel_id from persoonssleutel where persoon = $1""";

    private static final String DOELSLEUTEL = """
            with nieuw as (
                insert into doelsleutel (doel, sleutel, hoofdsleutel_id) values ($1, $2, $3)
                on conflict (doel) do nothing returning sleutel, hoofdsleutel_id)
            select * from nieuw union all select sleutel, hoofdsleutel_id from doelsleutel where doel = $1""";

    private static final String VERNIETIG = """
            with weg as (delete from persoonssleutel where persoon = $1 returning persoon),
                 graf as (insert into vernietigde_sleutel (persoon) values ($1) on conflict do nothing)
            select count(*) from weg""";

    private final Pool pool;
    private final byte[] hoofdsleutel;
    private final String hoofdsleutelId;
    private final Cache<UUID, byte[]> cache;
    private final Map<String, byte[]> doelsleutels = new java.util.concurrent.ConcurrentHashMap<>();

    public DatabaseSleutelkluis(@ReactiveDataSource("sleutelkluis") Pool pool, SleutelkluisConfig config) {
        this.pool = pool;
        this.hoofdsleutel = Base64.getDecoder().decode(config.hoofdsleutel().trim());
        if (hoofdsleutel.length != 32) {
            throw new IllegalStateException("platform.sleutelkluis.hoofdsleutel must be 32 bytes in base64");
        }
        this.hoofdsleutelId = config.hoofdsleutelId();
        this.cache = Caffeine.newBuilder().expireAfterWrite(config.cacheDuur()).maximumSize(config.cacheOmvang()).build();
    }

    @Override
    public Uni<byte[]> sleutelVoor(UUID persoon) {
        byte[] cached = cache.getIfPresent(persoon);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        byte[] nieuw = Veldversleuteling.random(32);
        return pool.preparedQuery(SLEUTEL_VOOR)
                .execute(Tuple.of(persoon, io.vertx.core.buffer.Buffer.buffer(wrap("persoonssleutel/" + persoon, nieuw)), hoofdsleutelId))
                .map(rows -> {
                    var it = rows.iterator();
                    return it.hasNext() ? remember(it.next()) : null;
                });
    }

    @Override
    public Uni<Map<UUID, byte[]>> bestaande(Collection<UUID> personen) {
        Map<UUID, byte[]> found = new HashMap<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID p : personen) {
            byte[] cached = cache.getIfPresent(p);
            if (cached != null) {
                found.put(p, cached);
            } else if (!missing.contains(p)) {
                missing.add(p);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return pool.preparedQuery("select persoon, sleutel, hoofdsleutel_id from persoonssleutel where persoon = any($1)")
                .execute(Tuple.of(missing.toArray(UUID[]::new)))
                .map(rows -> {
                    rows.forEach(row -> found.put(row.getUUID("persoon"), remember(row)));
                    return found;
                });
    }

    @Override
    public Uni<Boolean> vernietig(UUID persoon) {
        cache.invalidate(persoon);
        return pool.preparedQuery(VERNIETIG).execute(Tuple.of(persoon))
                .map(rows -> rows.iterator().next().getLong(0) > 0)
                .invoke(() -> cache.invalidate(persoon));
    }

    @Override
    public Uni<byte[]> doelsleutel(String doel) {
        byte[] cached = doelsleutels.get(doel);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        String aad = "doelsleutel/" + doel;
        return pool.preparedQuery(DOELSLEUTEL)
                .execute(Tuple.of(doel, io.vertx.core.buffer.Buffer.buffer(wrap(aad, Veldversleuteling.random(32))), hoofdsleutelId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    byte[] key = unwrap(aad, row.getString("hoofdsleutel_id"), row.getBuffer("sleutel").getBytes());
                    doelsleutels.put(doel, key);
                    return key;
                });
    }

    @Override
    public void vergeet(UUID persoon) {
        cache.invalidate(persoon);
    }

    private byte[] remember(Row row) {
        UUID persoon = row.getUUID("persoon");
        byte[] key = unwrap("persoonssleutel/" + persoon, row.getString("hoofdsleutel_id"), row.getBuffer("sleutel").getBytes());
        cache.put(persoon, key);
        return key;
    }

    private byte[] wrap(String wat, byte[] key) {
        byte[] iv = Veldversleuteling.random(IV);
        byte[] ct = Veldversleuteling.aes(Cipher.ENCRYPT_MODE, hoofdsleutel, iv, aad(wat, hoofdsleutelId), key);
        return ByteBuffer.allocate(IV + ct.length).put(iv).put(ct).array();
    }

    private byte[] unwrap(String wat, String kekId, byte[] wrapped) {
        byte[] iv = java.util.Arrays.copyOfRange(wrapped, 0, IV);
        byte[] ct = java.util.Arrays.copyOfRange(wrapped, IV, wrapped.length);
        return Veldversleuteling.aes(Cipher.DECRYPT_MODE, hoofdsleutel, iv, aad(wat, kekId), ct);
    }

    /** What a wrapped key is for and under which master key: a key moved to another row does not unwrap. */
    private static byte[] aad(String wat, String kekId) {
        return (wat + "/" + kekId).getBytes(StandardCharsets.UTF_8);
    }
}
