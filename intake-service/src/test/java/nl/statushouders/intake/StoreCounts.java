package nl.statushouders.intake;

import nl.statushouders.testsupport.TestPostgres;

/** What the intake database holds, read straight from PostgreSQL. */
public record StoreCounts(long events, long outbox, long statushouders) {

    public static StoreCounts now() {
        TestPostgres pg = TestPostgres.get();
        return new StoreCounts(pg.count("intake", "select count(*) from event_store"),
                pg.count("intake", "select count(*) from outbox"),
                pg.count("intake", "select count(*) from statushouder"));
    }
}
