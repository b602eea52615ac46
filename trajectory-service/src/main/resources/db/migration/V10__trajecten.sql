-- What this service knows about statushouders, from intake and assessment events (and werkgevers'
-- match-accepted, which may arrive first). Nothing personal beyond the birth date the rules need.
-- The row is also the lock that serialises hours checks across one statushouder's trajectories.
create table statushouder (
    id                 uuid primary key,
    gemeente           text    not null,
    geboortedatum      date,
    opleidingsniveau   text,
    geregistreerd      boolean not null default false
);

-- Read model of trajectories, updated in the same transaction as the events.
create table traject (
    id                     uuid primary key,
    statushouder_id        uuid        not null,
    gemeente               text        not null,
    soort                  text        not null,
    aanbieder              text        not null,
    aanbieder_organisatie  text,
    plaats_id              uuid,
    match_id               uuid,
    startdatum             date        not null,
    geplande_einddatum     date        not null,
    uren_per_week          int         not null,
    leerdoelen             text        not null,
    motivering             text,
    status                 text        not null,
    gestart_op             date,
    beeindigd_op           date,
    reden_beeindiging      text,
    laatste_voortgang      text,
    aantal_voortgang       int         not null default 0,
    versie                 bigint      not null,
    gepland_op             timestamptz not null
);
create index traject_statushouder on traject (statushouder_id, status);
create index traject_gemeente on traject (gemeente);
