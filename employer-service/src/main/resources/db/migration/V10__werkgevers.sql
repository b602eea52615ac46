-- Read models of the employer service, updated in the same transaction as the events.
create table werkgever (
    id                            uuid primary key,
    gemeente                      text        not null,
    naam                          text        not null,
    kvk_nummer                    char(8)     not null,
    sector                        text        not null,
    soort                         text        not null,
    accountbeheerder              text        not null,
    accountbeheerder_organisatie  text        not null,
    versie                        bigint      not null,
    geregistreerd_op              timestamptz not null,
    constraint werkgever_gemeente_kvk unique (gemeente, kvk_nummer)
);

-- Places carry their employer's account manager so "own employers' places" is one query.
create table plaats (
    id                            uuid primary key,
    werkgever_id                  uuid        not null references werkgever (id),
    gemeente                      text        not null,
    soort                         text        not null,
    functie                       text        not null,
    beroep                        text,
    uren_per_week                 int         not null,
    minimaal_taalniveau           text        not null,
    aantal                        int         not null,
    bezet                         int         not null,
    open                          boolean     not null,
    leerdoelen                    text        not null,
    accountbeheerder              text        not null,
    accountbeheerder_organisatie  text        not null,
    aangeboden_op                 timestamptz not null
);
create index plaats_gemeente on plaats (gemeente, soort);
create index plaats_werkgever on plaats (werkgever_id);

create table matching (
    id              uuid primary key,
    werkgever_id    uuid        not null references werkgever (id),
    plaats_id       uuid        not null references plaats (id),
    statushouder_id uuid        not null,
    gemeente        text        not null,
    status          text        not null,
    motivering      text,
    startdatum      date,
    reden           text,
    voorgesteld_op  timestamptz not null
);
create index matching_statushouder on matching (statushouder_id);
create index matching_plaats on matching (plaats_id);

create table taalvoucher (
    id              uuid primary key,
    werkgever_id    uuid        not null references werkgever (id),
    statushouder_id uuid        not null,
    gemeente        text        not null,
    bedrag          bigint      not null,
    maanden         int         not null,
    jaar            int         not null,
    verleend_op     timestamptz not null
);
create index taalvoucher_gemeente_jaar on taalvoucher (gemeente, jaar);

create table bijeenkomst (
    id           uuid primary key,
    gemeente     text not null,
    soort        text not null,
    datum        date not null,
    werkgever_id uuid references werkgever (id),
    locatie      text not null,
    omschrijving text not null
);

-- What other services told us about statushouders: no names, no BSN. taalniveau is the latest
-- known level per skill (JSON), gesproken_taalniveau its spoken part for ranking and vouchers.
create table statushouder (
    id                    uuid primary key,
    gemeente              text        not null,
    geboortedatum         date,
    taalniveau            text,
    gesproken_taalniveau  text,
    taalniveau_datum      date,
    werkervaring          text        not null default '[]',
    werkervaring_datum    date,
    opleidingsniveau      text,
    bijgewerkt_op         timestamptz not null
);
create index statushouder_gemeente on statushouder (gemeente);
