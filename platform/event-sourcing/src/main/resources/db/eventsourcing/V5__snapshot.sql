-- Snapshots of large aggregates (an employer with hundreds of places and matches): the state at a
-- version, so a command folds only the events after it. Derived data, never the record: a snapshot
-- of another state version (the fold changed) is ignored, and the table may be emptied at any time.
create table snapshot (
    stream_id      text primary key,
    version        bigint      not null,
    state_version  text        not null,
    state          text        not null,
    taken_at       timestamptz not null
);
