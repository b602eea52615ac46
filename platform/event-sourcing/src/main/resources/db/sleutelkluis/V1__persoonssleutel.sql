-- The local key store: one data key per statushouder, wrapped (AES-GCM) under the master key. A
-- destroyed key leaves only a tombstone, so that it is never made again for that person.
create table persoonssleutel (
    persoon         uuid primary key,
    sleutel         bytea       not null,
    hoofdsleutel_id text        not null,
    aangemaakt_op   timestamptz not null default now()
);

create table vernietigde_sleutel (
    persoon       uuid primary key,
    vernietigd_op timestamptz not null default now()
);
