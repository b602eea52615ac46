-- Caseload, KPIs and the meeting agenda are filtered, sorted, paged and aggregated in PostgreSQL
-- (issue #10) over narrow rows: what they need of each projection, beside its document. The
-- document (1 to 3 kB, kept inline by PostgreSQL below 2 kB) stays in voortgang and is read only
-- for the rows of a page. One entity over both tables (a secondary table), written together.
create table voortgang_lijst (
    statushouder_id      uuid primary key references voortgang on delete cascade,
    gemeente             text not null,
    fase                 text not null,
    werkmatcher          text,
    -- the surname lower-cased without accents, compared byte by byte: the agenda sorts a hundred
    -- thousand rows by it, which a linguistic collation makes ten times slower
    sorteernaam          text collate "C",
    fase_sinds           date,
    laatst_gewijzigd     timestamptz,
    -- one entry per signal, in four parallel arrays (cheaper to scan than JSON): a signal holds
    -- today when vanaf <= today < tot ('-infinity' and 'infinity' when open)
    signaal_soort        text[] not null default '{}',
    signaal_sinds        date[] not null default '{}',
    signaal_vanaf        date[] not null default '{}',
    signaal_tot          date[] not null default '{}',
    aangemeld_op         date,
    cohort               text,
    startgesprek_op      date,
    werkgesprek_op       date,
    in_traject_op        date,
    -- the signals as they stand on the days [stand_van, stand_tot): how many, the oldest, which.
    -- Written with the row for the day of writing; a row whose period has passed is brought up to
    -- date from the arrays above (VoortgangQueries.BIJWERKEN) before a list is read.
    stand_aantal         int    not null default 0,
    stand_eerste         date,
    stand_soorten        text[] not null default '{}',
    stand_van            date   not null default 'infinity',
    stand_tot            date   not null default '-infinity',
    -- registration plus 6, 12 and 24 months (Kpis.UITSTROOM_MAANDEN), as Java adds months
    uitstroom_grenzen    date[] not null default '{}',
    -- the first day paid work, an enterprise or education had started (for outflow shares)
    werk_of_opleiding_op date,
    -- the kind of each trajectory: {TAALSTAGE,OPLEIDING,...}
    trajectsoorten       text[] not null default '{}'
);
create index voortgang_lijst_werkmatcher on voortgang_lijst (gemeente, werkmatcher, fase);
create index voortgang_lijst_fase on voortgang_lijst (gemeente, fase);
create index voortgang_lijst_cohort on voortgang_lijst (gemeente, cohort);
create index voortgang_lijst_stand_tot on voortgang_lijst (stand_tot);
create index voortgang_lijst_stand_van on voortgang_lijst (stand_van);

-- Rows written before this version: the filter columns now, the rest by the rebuild monitoring
-- starts by itself when the stored version of the projection differs (VoortgangVersie).
insert into voortgang_lijst (statushouder_id, gemeente, fase, werkmatcher)
select statushouder_id, gemeente, fase, werkmatcher from voortgang;

-- Which version of the projection (and of the signal thresholds) the stored rows were written by.
create table leesmodel_versie (
    leesmodel  text primary key,
    versie     text        not null,
    sinds      timestamptz not null
);
