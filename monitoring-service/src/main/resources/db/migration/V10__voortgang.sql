-- Every event monitoring received, in arrival order: the history its projections are rebuilt from.
create table ontvangen_event (
    positie          bigint generated always as identity primary key,
    event_id         uuid        not null unique,
    statushouder_id  uuid        not null,
    gemeente         text        not null,
    source           text        not null,
    type             text        not null,
    subject          text        not null,
    sequence         bigint      not null,
    tijd             timestamptz not null,
    data             text        not null
);
create index ontvangen_event_statushouder on ontvangen_event (statushouder_id, positie);

-- Progress per statushouder: a few columns to filter on, the full view as JSON.
create table voortgang (
    statushouder_id  uuid primary key,
    gemeente         text        not null,
    fase             text        not null,
    werkmatcher      text,
    document         text        not null,
    bijgewerkt_op    timestamptz not null
);
create index voortgang_gemeente_fase on voortgang (gemeente, fase);
