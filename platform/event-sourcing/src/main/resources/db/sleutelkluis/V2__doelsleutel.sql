-- Service-wide keys for one purpose each (a column's encryption, a search index's keyed hash), wrapped
-- under the master key like the persons' keys. Never destroyed: rows encrypted or indexed with one
-- would become unreadable or unfindable. Rolling in a new master key re-wraps them; the key itself stays.
create table doelsleutel (
    doel            text primary key,
    sleutel         bytea       not null,
    hoofdsleutel_id text        not null,
    aangemaakt_op   timestamptz not null default now()
);
