-- Read model of intake files, updated in the same transaction as the events. The BSN and
-- V-nummer live only here: they are never part of an event, so they never leave this service.
create table statushouder (
    id                         uuid primary key,
    gemeente                   text        not null,
    bsn                        char(9)     not null,
    v_nummer                   text,
    voornaam                   text        not null,
    achternaam                 text        not null,
    geboortedatum              date        not null,
    talen                      text        not null,
    huisvesting_status         text        not null,
    azc_locatie                text,
    datum_verblijfsvergunning  date        not null,
    werkmatcher                text,
    werkgesprek_datum          date,
    plan_van_aanpak            text,
    plan_versie                int         not null default 0,
    versie                     bigint      not null,
    aangemeld_op               timestamptz not null,
    constraint statushouder_gemeente_bsn unique (gemeente, bsn)
);
create index statushouder_gemeente on statushouder (gemeente);
