package nl.statushouders.werkgevers;

import nl.statushouders.testsupport.TestPostgres;

/** What the werkgevers database holds, read straight from PostgreSQL. */
public record StoreCounts(long events, long outbox, long werkgevers, long plaatsen, long matches, long taalvouchers,
                          long bijeenkomsten) {

    public static StoreCounts now() {
        TestPostgres pg = TestPostgres.get();
        return new StoreCounts(pg.count("werkgevers", "select count(*) from event_store"),
                pg.count("werkgevers", "select count(*) from outbox"),
                pg.count("werkgevers", "select count(*) from werkgever"),
                pg.count("werkgevers", "select count(*) from plaats"),
                pg.count("werkgevers", "select count(*) from matching"),
                pg.count("werkgevers", "select count(*) from taalvoucher"),
                pg.count("werkgevers", "select count(*) from bijeenkomst"));
    }
}
