package nl.statushouders.trajecten.service;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.statushouders.testsupport.Parallel.parallel;
import static nl.statushouders.trajecten.Fixtures.TRAJECTEN;
import static nl.statushouders.trajecten.Fixtures.as;
import static nl.statushouders.trajecten.Fixtures.gepland;
import static nl.statushouders.trajecten.Fixtures.plan;
import static nl.statushouders.trajecten.Fixtures.statushouder;
import static nl.statushouders.trajecten.Fixtures.werkmatcher;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hours limit spans a statushouder's trajectories (separate streams): only the row lock on the
 * statushouder keeps parallel plans from all reading the same old total and slipping under it.
 */
@QuarkusTest
class ConcurrencyTest {

    @Test
    void parallel_plans_for_one_statushouder_never_exceed_the_hours_maximum() throws Exception {
        UUID statushouder = statushouder();
        List<Integer> statuses = parallel(8, i -> as(werkmatcher()).body(plan(statushouder)).post(TRAJECTEN));
        // 16 hours each, maximum 40: two fit, a third would make 48.
        assertThat(statuses).isSubsetOf(201, 422);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
        assertThat(count("select count(*) from traject where statushouder_id = ?", statushouder)).isEqualTo(2);
        assertThat(count("select coalesce(sum(uren_per_week), 0) from traject where statushouder_id = ?", statushouder))
                .isEqualTo(32);
        assertThat(count("select count(*) from event_store e join traject t on t.id::text = e.stream_id "
                + "where t.statushouder_id = ? and e.event_type = 'TrajectPlanned'", statushouder)).isEqualTo(2);
    }

    @Test
    void parallel_starts_of_one_trajectory_start_it_once() throws Exception {
        String id = gepland(plan(statushouder()));
        List<Integer> statuses = parallel(6, i -> as(werkmatcher()).body(Map.of()).post(TRAJECTEN + "/" + id + "/start"));
        assertThat(statuses).isSubsetOf(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(count("select count(*) from event_store where stream_id = ?", id)).isEqualTo(2);
        assertThat(count("select versie from traject where id = ?", UUID.fromString(id))).isEqualTo(2);
    }

    @Test
    void parallel_progress_reports_are_each_kept_or_refused_never_lost() throws Exception {
        String id = nl.statushouders.trajecten.Fixtures.gestart(plan(statushouder()));
        List<Integer> statuses = parallel(6, i -> as(werkmatcher()).body(nl.statushouders.trajecten.Fixtures.voortgang())
                .post(TRAJECTEN + "/" + id + "/voortgang"));
        assertThat(statuses).isSubsetOf(201, 409);
        long kept = statuses.stream().filter(s -> s == 201).count();
        assertThat(kept).isPositive();
        assertThat(count("select count(*) from event_store where stream_id = ? and event_type = 'TrajectProgressReported'", id))
                .isEqualTo(kept);
        assertThat(count("select aantal_voortgang from traject where id = ?", UUID.fromString(id))).isEqualTo(kept);
    }

    private static long count(String sql, Object... params) {
        return TestPostgres.get().count("trajecten", sql, params);
    }
}
