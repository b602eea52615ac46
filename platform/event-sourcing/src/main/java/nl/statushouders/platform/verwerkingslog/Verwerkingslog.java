package nl.statushouders.platform.verwerkingslog;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The processing log's store: schema {@code verwerkingslog}, apart from the business tables, append-only
 * (a trigger refuses updates and deletes). Written with the plain reactive client outside any business
 * transaction: an entry is confirmed before the answer leaves, whatever the request did.
 */
@ApplicationScoped
public class Verwerkingslog {

    private static final String INSERT = """
            insert into verwerkingslog.verwerking (trace_id, span_id, handeling, status_code, http_status, start_tijd,
                eind_tijd, activiteit, actor, gebruikersnaam, organisatie, rollen, gemeenten, betrokkenen)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)""";

    private static final String OVER = """
            select * from verwerkingslog.verwerking
            where betrokkenen @> array[$1]::uuid[] and gemeenten && $2 and id > $3
            order by id limit $4""";

    private final Pool pool;

    public Verwerkingslog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> leg(Logregel r) {
        Tuple values = Tuple.from(Arrays.asList(r.traceId(), r.spanId(), r.handeling(), (short) r.statusCode(),
                (short) r.httpStatus(), r.start().atOffset(ZoneOffset.UTC), r.eind().atOffset(ZoneOffset.UTC),
                r.activiteit(), r.actor(), r.gebruikersnaam(), r.organisatie(), r.rollen().toArray(String[]::new),
                r.gemeenten().toArray(String[]::new), r.betrokkenen().toArray(UUID[]::new)));
        return pool.preparedQuery(INSERT).execute(values).replaceWithVoid();
    }

    /** The entries about one statushouder made by callers acting for one of these gemeenten, after {@code naId}. */
    public Uni<List<Logregel>> over(UUID statushouderId, Set<String> gemeenten, long naId, int maximum) {
        return pool.preparedQuery(OVER)
                .execute(Tuple.of(statushouderId, gemeenten.toArray(String[]::new), naId, maximum))
                .map(rows -> {
                    List<Logregel> regels = new ArrayList<>();
                    rows.forEach(row -> regels.add(regel(row)));
                    return regels;
                });
    }

    private static Logregel regel(Row row) {
        return new Logregel(row.getLong("id"), row.getString("trace_id"), row.getString("span_id"),
                row.getString("handeling"), row.getShort("status_code"), row.getShort("http_status"),
                row.getOffsetDateTime("start_tijd").toInstant(), row.getOffsetDateTime("eind_tijd").toInstant(),
                row.getString("activiteit"), row.getString("actor"), row.getString("gebruikersnaam"),
                row.getString("organisatie"), List.of(row.getArrayOfStrings("rollen")),
                List.of(row.getArrayOfStrings("gemeenten")), List.of(row.getArrayOfUUIDs("betrokkenen")));
    }
}
