-- The kernel's tables, the same in every service database.

-- Append-only event store. position orders all events of this service; (stream_id, version) is
-- the optimistic-concurrency guard: a stale append violates it and is rejected.
create table event_store (
    position        bigint generated always as identity primary key,
    stream_id       text        not null,
    stream_type     text        not null,
    version         bigint      not null,
    event_id        uuid        not null unique,
    event_type      text        not null,
    schema_version  int         not null,
    payload         text        not null,
    gemeente        text        not null,
    actor           text,
    correlation_id  uuid,
    causation_id    uuid,
    recorded_at     timestamptz not null,
    constraint event_store_stream_version unique (stream_id, version)
);
create index event_store_type on event_store (stream_type, position);

-- Transactional outbox: written in the same transaction as the events; the relay publishes
-- rows in id order and stamps published_at once Kafka acknowledged them.
create table outbox (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    topic         text        not null,
    record_key    text        not null,
    cloud_event   text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

-- One relay at a time per database: a lease keeps two service instances from interleaving.
create table outbox_lease (
    name        text primary key,
    owner       text        not null,
    expires_at  timestamptz not null
);
insert into outbox_lease (name, owner, expires_at) values ('outbox', 'nobody', '1970-01-01T00:00:00Z');

-- Idempotent consumers: ids of applied events, written in the consumer's own transaction.
create table processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
