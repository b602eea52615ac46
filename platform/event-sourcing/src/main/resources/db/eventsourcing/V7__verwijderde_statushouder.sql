-- Statushouders whose data is erased (intake's statushouder-verwijderd): an id and a date, nothing
-- more. A later event about them is not applied, so nothing about them is written again.
create table verwijderde_statushouder (
    statushouder_id uuid primary key,
    gemeente        text        not null,
    verwijderd_op   timestamptz not null default now()
);
