package nl.statushouders.assessment;

import nl.statushouders.testsupport.TestPostgres;

/** What the assessment database holds, read straight from PostgreSQL. */
public record StoreCounts(long events, long outbox, long assessments, long statushouders) {

    public static StoreCounts now() {
        TestPostgres pg = TestPostgres.get();
        return new StoreCounts(pg.count("assessment", "select count(*) from event_store"),
                pg.count("assessment", "select count(*) from outbox"),
                pg.count("assessment", "select count(*) from assessment"),
                pg.count("assessment", "select count(*) from statushouder"));
    }
}
