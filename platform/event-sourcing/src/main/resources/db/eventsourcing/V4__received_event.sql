-- What a consumer kept of other services' events: the claim that makes it idempotent (one row
-- per consumer and event, inserted first in the consumer's transaction) and the history its read
-- models are rebuilt from. processed_event stays readable until its rows age out, so an event
-- applied before this table existed is still recognised as a duplicate.
create table received_event (
    position        bigint generated always as identity primary key,
    consumer        text        not null,
    event_id        uuid        not null,
    record_key      text        not null,
    source          text        not null,
    type            text        not null,
    subject         text        not null,
    sequence        bigint      not null,
    gemeente        text        not null,
    dataschema      text,
    correlation_id  uuid,
    event_time      timestamptz not null,
    data            text        not null,
    received_at     timestamptz not null,
    constraint received_event_once unique (consumer, event_id)
);
create index received_event_key on received_event (consumer, record_key, position);

-- A rebuild pages through the streams of one type in stream-id order.
create index event_store_type_stream on event_store (stream_type, stream_id);
