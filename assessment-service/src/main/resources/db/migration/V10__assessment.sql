-- Statushouders this service knows, from intake's statushouder-registered: id and gemeente only
-- (no names, no BSN), enough to scope requests to the caller's gemeenten.
create table statushouder (
    id        uuid primary key,
    gemeente  text not null
);

-- Read model of assessments, updated in the same transaction as the events.
create table assessment (
    id                     uuid primary key,
    statushouder_id        uuid        not null,
    gemeente               text        not null,
    soort                  text        not null,
    locatie                text        not null,
    status                 text        not null,
    sessies                text        not null,
    niet_verschenen        text        not null,
    resultaat              text,
    startgesprek_event_id  uuid,
    versie                 bigint      not null,
    uitgenodigd_op         timestamptz not null
);
create index assessment_statushouder on assessment (statushouder_id, gemeente);
-- Policy een-open-assessment-per-statushouder: two invitations racing, the index decides.
create unique index assessment_een_open on assessment (statushouder_id) where status <> 'AFGEROND';
