package nl.statushouders.trajecten;

import nl.statushouders.testsupport.TestPostgres;

/** What the trajecten database holds, read straight from PostgreSQL. */
public record StoreCounts(long events, long outbox, long trajecten) {

    public static StoreCounts now() {
        TestPostgres pg = TestPostgres.get();
        return new StoreCounts(pg.count("trajecten", "select count(*) from event_store"),
                pg.count("trajecten", "select count(*) from outbox"),
                pg.count("trajecten", "select count(*) from traject"));
    }
}
