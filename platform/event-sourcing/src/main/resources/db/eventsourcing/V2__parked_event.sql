-- Events a consumer could not apply, kept for re-drive: a permanent failure, and every later
-- event with the same record key (the same person), parked behind it so nothing is applied out of
-- order. The raw record is kept as received; event_id is null for a record that was unreadable.
create table parked_event (
    id             bigint generated always as identity primary key,
    event_id       uuid,
    record_key     text        not null,
    topic          text        not null,
    kafka_partition int        not null,
    kafka_offset   bigint      not null,
    event_type     text,
    reason         text        not null,
    record_value   text        not null,
    parked_at      timestamptz not null,
    attempts       int         not null default 1,
    redriven_at    timestamptz
);
create unique index parked_event_once on parked_event (event_id) where event_id is not null;
-- The check every consumed event makes: is anything of this key still parked?
create index parked_event_open on parked_event (record_key, id) where redriven_at is null and event_id is not null;

-- Pruning of processed-event markers by age.
create index processed_event_age on processed_event (processed_at);
